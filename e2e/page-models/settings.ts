import { expect, type Locator, type Page } from '@playwright/test';
import type { AppShell } from './app-shell';
import type { Lang, Ui } from './ui';

export type LanguageChoice = 'system' | Lang;

/** Settings: UI language, the person's name, database facts, backup and restore. */
export class SettingsPage {
  constructor(
    private readonly ui: Ui,
    private readonly shell: AppShell,
  ) {}

  private get page(): Page {
    return this.ui.page;
  }

  async open(): Promise<void> {
    await this.shell.goTo('settings');
  }

  languageSelect(): Locator {
    return this.page.getByRole('combobox', { name: this.ui.t.settings.language, exact: true });
  }

  /**
   * Picks a language and waits until the UI speaks it. `system` follows the browser's locale,
   * which the caller passes as `systemLang`.
   */
  async chooseLanguage(choice: LanguageChoice, systemLang: Lang = 'en'): Promise<void> {
    const s = this.ui.t.settings;
    const label = choice === 'system' ? s.languageSystem : choice === 'lv' ? s.languageLv : s.languageEn;
    await this.languageSelect().selectOption({ label });
    this.ui.lang = choice === 'system' ? systemLang : choice;
    await expect(this.page.getByRole('status').filter({ hasText: this.ui.t.settings.languageSaved })).toBeVisible();
    await this.shell.expectLanguage(this.ui.lang);
    await expect(this.shell.heading()).toHaveText(this.ui.t.settings.title);
  }

  yourName(): Locator {
    return this.page.getByRole('textbox', { name: this.ui.t.settings.you, exact: true });
  }

  dbPath(): Locator {
    return this.page.getByTestId('db-path');
  }

  schemaVersion(): Locator {
    return this.page.getByTestId('schema-version');
  }

  backupForm(): Locator {
    return this.page.getByRole('form', { name: this.ui.t.settings.backupTitle, exact: true });
  }

  backupFolder(): Locator {
    return this.backupForm().getByRole('textbox', { name: this.ui.t.settings.backupFolder, exact: true });
  }

  /** Backs up into `folder`, or into the folder already shown (the default) when none is given. */
  async backUp(folder?: string): Promise<void> {
    if (folder !== undefined) await this.backupFolder().fill(folder);
    const button = this.backupForm().getByRole('button', { name: this.ui.t.settings.backupNow, exact: true });
    await button.click();
    await expect(this.backupResult()).toBeVisible();
  }

  /** The success line or the error of the last backup, whichever came. */
  backupResult(): Locator {
    return this.backupDone().or(this.backupError());
  }

  backupDone(): Locator {
    return this.backupForm().getByRole('status');
  }

  backupError(): Locator {
    return this.backupForm().getByRole('alert');
  }

  restoreForm(): Locator {
    return this.page.getByRole('form', { name: this.ui.t.settings.restoreTitle, exact: true });
  }

  restoreFile(): Locator {
    return this.restoreForm().getByRole('textbox', { name: this.ui.t.settings.restoreFile, exact: true });
  }

  restoreConfirmation(): Locator {
    return this.restoreForm().getByRole('alertdialog', { name: this.ui.t.settings.restoreTitle, exact: true });
  }

  /** Asks to restore `file`, checks the inline question names it, and answers it. */
  async restore(file: string, answer: 'yes' | 'no' = 'yes'): Promise<void> {
    await this.restoreFile().fill(file);
    await this.restoreForm().getByRole('button', { name: this.ui.t.settings.restoreNow, exact: true }).click();
    const dialog = this.restoreConfirmation();
    await expect(dialog).toContainText(file);
    await dialog.getByRole('button', { name: answer === 'yes' ? this.ui.t.form.yes : this.ui.t.form.no, exact: true }).click();
    await expect(dialog).toBeHidden();
    if (answer === 'yes') await expect(this.restoreDone().or(this.restoreError())).toBeVisible();
  }

  restoreDone(): Locator {
    return this.restoreForm().getByRole('status');
  }

  restoreError(): Locator {
    return this.restoreForm().getByRole('alert');
  }
}
