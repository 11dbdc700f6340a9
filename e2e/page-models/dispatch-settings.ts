import { expect, type Locator, type Page } from '@playwright/test';
import type { ConflictRuleName } from '../../electron/contract/dispatch';
import { fieldLabel } from '../../electron/contract/messages';
import { fill, type Ui } from './ui';

type Priority = 'high' | 'normal' | 'low';

/** Setup > Dispatch board: block or warn per conflict rule, and the bar colour per priority. */
export class DispatchSettingsForm {
  constructor(private readonly ui: Ui) {}

  private get page(): Page {
    return this.ui.page;
  }

  /** Opens the section through Setup's tabs, as a person would. */
  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: this.ui.t.nav.label }).getByRole('link', { name: this.ui.t.nav.setup, exact: true }).click();
    await this.page.getByRole('navigation', { name: this.ui.t.setup.sections }).getByRole('link', { name: this.ui.t.setup.dispatch, exact: true }).click();
    await expect(this.choice('overlap', 'block')).toBeVisible();
  }

  form(): Locator {
    return this.page.getByRole('form', { name: this.ui.t.dispatchSettings.title, exact: true });
  }

  choice(rule: ConflictRuleName, severity: 'block' | 'warn'): Locator {
    return this.form()
      .getByRole('group', { name: fieldLabel(this.ui.lang, 'dispatch', `rules.${rule}`), exact: true })
      .getByRole('radio', { name: this.ui.t.dispatchSettings[severity], exact: true });
  }

  private colourLabel(priority: Priority): string {
    return fieldLabel(this.ui.lang, 'dispatch', `colours.${priority}`);
  }

  colourPicker(priority: Priority): Locator {
    return this.form().getByLabel(this.colourLabel(priority), { exact: true });
  }

  colourText(priority: Priority): Locator {
    return this.form().getByLabel(fill(this.ui.t.dispatchSettings.hexLabel, { colour: this.colourLabel(priority) }), { exact: true });
  }

  sample(priority: Priority): Locator {
    return this.form().getByRole('img', { name: fill(this.ui.t.dispatchSettings.sample, { colour: this.colourLabel(priority) }), exact: true });
  }

  async save(): Promise<void> {
    await this.form().getByRole('button', { name: this.ui.t.form.save, exact: true }).click();
  }

  saved(): Locator {
    return this.form().getByRole('status');
  }

  alert(): Locator {
    return this.form().getByRole('alert');
  }
}
