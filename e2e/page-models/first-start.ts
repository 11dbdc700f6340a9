import { expect, type Locator } from '@playwright/test';
import type { AppShell } from './app-shell';
import type { Ui } from './ui';

/** The card an empty database opens with: demo company or a clean start. */
export class FirstStartPage {
  constructor(
    private readonly ui: Ui,
    private readonly shell: AppShell,
  ) {}

  heading(): Locator {
    return this.ui.page.getByRole('heading', { level: 1, name: this.ui.t.firstStart.title, exact: true });
  }

  loadDemoButton(): Locator {
    return this.ui.page.getByRole('button', { name: this.ui.t.firstStart.loadDemo, exact: true });
  }

  startEmptyButton(): Locator {
    return this.ui.page.getByRole('button', { name: this.ui.t.firstStart.startEmpty, exact: true });
  }

  async expectShown(): Promise<void> {
    await expect(this.heading()).toBeVisible();
    await expect(this.loadDemoButton()).toBeEnabled();
    await expect(this.startEmptyButton()).toBeEnabled();
  }

  async loadDemo(): Promise<void> {
    await this.loadDemoButton().click();
    // The demo company is one transaction of a few thousand rows: allow it more than a click.
    await expect(this.shell.nav()).toBeVisible({ timeout: 30_000 });
    await expect(this.heading()).toBeHidden();
  }

  async startEmpty(): Promise<void> {
    await this.startEmptyButton().click();
    await expect(this.shell.nav()).toBeVisible();
    await expect(this.heading()).toBeHidden();
  }
}
