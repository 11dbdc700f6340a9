import { expect, type Locator, type Page } from '@playwright/test';
import type { AppShell } from './app-shell';
import { fill, type Texts, type Ui } from './ui';

/** Form fields by their key in the customers catalogue. */
export type CustomerField = keyof Pick<
  Texts['customers'],
  | 'code'
  | 'name'
  | 'regNo'
  | 'vatNo'
  | 'billingAddress'
  | 'city'
  | 'postcode'
  | 'country'
  | 'phone'
  | 'email'
  | 'priceGroup'
  | 'language'
  | 'notes'
  | 'active'
>;
export type CustomerColumn = 'code' | 'name' | 'city';

/** Setup > Customers: searchable, sortable list and the create/edit form beside it. */
export class CustomersPage {
  constructor(
    private readonly ui: Ui,
    private readonly shell: AppShell,
  ) {}

  private get page(): Page {
    return this.ui.page;
  }

  async open(): Promise<void> {
    await this.shell.goTo('setup');
    const sections = this.page.getByRole('navigation', { name: this.ui.t.setup.sections, exact: true });
    const tab = sections.getByRole('link', { name: this.ui.t.setup.customers, exact: true });
    await tab.click();
    await expect(tab).toHaveAttribute('aria-current', 'page');
    await expect(this.table()).toBeVisible();
  }

  search(): Locator {
    return this.page.getByRole('searchbox', { name: this.ui.t.list.search, exact: true });
  }

  table(): Locator {
    return this.page.getByRole('table', { name: this.ui.t.customers.title, exact: true });
  }

  /** Data rows (the header row excluded). */
  rows(): Locator {
    return this.table().getByRole('row').filter({ has: this.page.getByRole('cell') });
  }

  row(text: string): Locator {
    return this.rows().filter({ hasText: text });
  }

  noRows(): Locator {
    return this.table().getByRole('cell', { name: this.ui.t.list.noRows, exact: true });
  }

  /** "1–3 of 3" under the list. */
  pagerStatus(): Locator {
    return this.page.getByRole('status').filter({ hasText: /\d+–\d+/ });
  }

  sortButton(column: CustomerColumn): Locator {
    return this.table().getByRole('button', {
      name: fill(this.ui.t.list.sortBy, { column: this.ui.t.customers[column] }),
      exact: true,
    });
  }

  columnHeader(column: CustomerColumn): Locator {
    return this.table().getByRole('columnheader', { name: this.ui.t.customers[column] });
  }

  newButton(): Locator {
    return this.page.getByRole('button', { name: this.ui.t.customers.new, exact: true });
  }

  newForm(): Locator {
    return this.page.getByRole('form', { name: this.ui.t.customers.new, exact: true });
  }

  editForm(code: string): Locator {
    return this.page.getByRole('form', { name: fill(this.ui.t.customers.edit, { code }), exact: true });
  }

  /** A field of a customer form; the number's label also carries its help text, so it is matched by prefix. */
  field(form: Locator, field: CustomerField): Locator {
    return form.getByLabel(this.ui.t.customers[field], { exact: field !== 'code' });
  }

  async startNew(): Promise<Locator> {
    await this.newButton().click();
    const form = this.newForm();
    await expect(form).toBeVisible();
    return form;
  }

  async openCustomer(code: string): Promise<Locator> {
    await this.table().getByRole('button', { name: code, exact: true }).click();
    const form = this.editForm(code);
    await expect(form).toBeVisible();
    return form;
  }

  async save(form: Locator): Promise<void> {
    await form.getByRole('button', { name: this.ui.t.form.save, exact: true }).click();
  }

  close(form: Locator): Promise<void> {
    return form.getByRole('button', { name: this.ui.t.form.close, exact: true }).click();
  }

  /** "Saved." / "Deleted." above the list. */
  notice(text: 'saved' | 'deleted'): Locator {
    return this.page.getByRole('status').filter({ hasText: this.ui.t.form[text] });
  }

  formError(form: Locator): Locator {
    return form.getByRole('alert');
  }

  /** Delete from the open form with the inline confirmation, naming the customer. */
  async delete(form: Locator, name: string): Promise<void> {
    await form.getByRole('button', { name: this.ui.t.form.delete, exact: true }).click();
    const dialog = form.getByRole('alertdialog', { name: this.ui.t.form.delete, exact: true });
    await expect(dialog).toContainText(fill(this.ui.t.form.deleteConfirm, { name }));
    await dialog.getByRole('button', { name: this.ui.t.form.yes, exact: true }).click();
  }
}
