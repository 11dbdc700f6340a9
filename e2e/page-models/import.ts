import { expect, type Locator, type Page } from '@playwright/test';
import type { AppShell } from './app-shell';
import { fill, type Ui } from './ui';

/** Setup > Import and export: kind, file, check, import, and the export download. */
export class ImportExportPage {
  constructor(
    private readonly ui: Ui,
    private readonly shell: AppShell,
  ) {}

  private get page(): Page {
    return this.ui.page;
  }

  private get t() {
    return this.ui.t.transfer;
  }

  async open(): Promise<void> {
    await this.shell.goTo('setup');
    const sections = this.page.getByRole('navigation', { name: this.ui.t.setup.sections, exact: true });
    const tab = sections.getByRole('link', { name: this.ui.t.setup.import, exact: true });
    await tab.click();
    await expect(tab).toHaveAttribute('aria-current', 'page');
    await expect(this.importForm()).toBeVisible();
  }

  kind(): Locator {
    return this.page.getByRole('combobox', { name: this.t.kind, exact: true });
  }

  importForm(): Locator {
    return this.page.getByRole('form', { name: this.t.importTitle, exact: true });
  }

  fileInput(): Locator {
    return this.importForm().getByLabel(this.t.file, { exact: true });
  }

  async chooseFile(name: string, text: string): Promise<void> {
    await this.fileInput().setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') });
  }

  checkButton(): Locator {
    return this.importForm().getByRole('button', { name: this.t.preview, exact: true });
  }

  importButton(): Locator {
    return this.importForm().getByRole('button', { name: this.t.import, exact: true });
  }

  /** "Rows in the file: 3 — new: 3, changed: 0. ..." after a clean check. */
  checkedStatus(counts: { rows: number; creates: number; updates: number }): Locator {
    return this.importForm().getByRole('status').filter({ hasText: fill(this.t.previewOk, counts) });
  }

  importedStatus(counts: { rows: number; creates: number; updates: number }): Locator {
    return this.importForm().getByRole('status').filter({ hasText: fill(this.t.imported, counts) });
  }

  problemsAlert(count: number): Locator {
    return this.importForm().getByRole('alert').filter({ hasText: fill(this.t.previewBad, { count }) });
  }

  problemsTable(): Locator {
    return this.importForm().getByRole('table', { name: this.t.issues, exact: true });
  }

  /** Data rows of the problems table, each "row number | field | message". */
  problemRows(): Locator {
    return this.problemsTable().getByRole('row').filter({ has: this.page.getByRole('cell') });
  }

  exportButton(): Locator {
    return this.page.getByRole('button', { name: this.t.export, exact: true });
  }
}
