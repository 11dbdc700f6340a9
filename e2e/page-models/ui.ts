import type { Page } from '@playwright/test';
import { en } from '../../renderer/i18n/en';
import { lv } from '../../renderer/i18n/lv';

export type Lang = 'en' | 'lv';

/** The renderer's own catalogues, so page models find controls by the exact texts people see. */
export const TEXTS = { en, lv } as const;
export type Texts = typeof en;

export { NAV_ITEMS, type NavItem } from '../../renderer/shell/nav';

/** Fills {{name}} placeholders the way i18next does for these catalogues. */
export function fill(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(params[name] ?? ''));
}

/** For building exact-match regular expressions from visible texts. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** One tab and the language its UI currently speaks; page models read texts through it. */
export class Ui {
  constructor(
    readonly page: Page,
    public lang: Lang,
  ) {}

  get t(): Texts {
    return TEXTS[this.lang];
  }
}
