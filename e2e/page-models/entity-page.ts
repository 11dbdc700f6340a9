import { expect, type Locator, type Page } from '@playwright/test';
import type { AppShell } from './app-shell';
import { fill, type Texts, type Ui } from './ui';

/** The parts of an entity definition (electron/contract/setup/*) the generic screens are drawn from. */
export interface EntityDefLike {
  name: string;
  labelField: string;
  fields: Record<string, { kind: string; enumName?: string }>;
  labels: Record<'en' | 'lv', { title: string; create: string; fields: Record<string, string>; enums?: Record<string, Record<string, string>> }>;
}

export type SetupSection = keyof Texts['setup'];

/**
 * One master-data entity on the generic Setup screens (renderer/setup/entity): its list, search,
 * form and delete confirmation. Texts come from the entity's own labels in the UI's current
 * language, so the same model works in Latvian and English. A child entity (edited inside its
 * parent's form) is reached through `child()`, scoped to its section of the parent's form.
 */
export class EntityPage {
  constructor(
    private readonly ui: Ui,
    private readonly shell: AppShell,
    readonly def: EntityDefLike,
    /** Where the list and its forms are: the page, or a child's section in the parent's form. */
    private readonly scope?: Locator,
  ) {}

  private get page(): Page {
    return this.ui.page;
  }

  private get root(): Page | Locator {
    return this.scope ?? this.page;
  }

  get labels() {
    return this.def.labels[this.ui.lang];
  }

  label(field: string): string {
    return this.labels.fields[field] ?? field;
  }

  enumLabel(field: string, value: string): string {
    const enumName = this.def.fields[field]?.enumName;
    return (enumName && this.labels.enums?.[enumName]?.[value]) || value;
  }

  /** Setup > the section tab named `section`, then this entity's sub-tab when the section has several. */
  async open(section: SetupSection): Promise<void> {
    await this.shell.goTo('setup');
    const tab = this.page.getByRole('navigation', { name: this.ui.t.setup.sections, exact: true }).getByRole('link', {
      name: this.ui.t.setup[section],
      exact: true,
    });
    await tab.click();
    await expect(tab).toHaveAttribute('aria-current', 'page');
    const subTabs = this.page.getByRole('navigation', { name: this.ui.t.setup[section], exact: true });
    if ((await subTabs.count()) > 0) {
      const sub = subTabs.getByRole('link', { name: this.labels.title, exact: true });
      await sub.click();
      await expect(sub).toHaveAttribute('aria-current', 'page');
    }
    await expect(this.table()).toBeVisible();
  }

  table(): Locator {
    return this.root.getByRole('table', { name: this.labels.title, exact: true });
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

  search(): Locator {
    return this.page.getByRole('searchbox', { name: this.ui.t.list.search, exact: true });
  }

  sortButton(field: string): Locator {
    return this.table().getByRole('button', { name: fill(this.ui.t.list.sortBy, { column: this.label(field) }), exact: true });
  }

  columnHeader(field: string): Locator {
    return this.table().getByRole('columnheader', { name: this.label(field) });
  }

  newButton(): Locator {
    return this.root.getByRole('button', { name: this.labels.create, exact: true });
  }

  newForm(): Locator {
    return this.root.getByRole('form', { name: this.labels.create, exact: true });
  }

  /** The form of a saved record is named after its label field: "Code: STANDARTS". */
  editForm(labelValue: string): Locator {
    return this.root.getByRole('form', { name: `${this.label(this.def.labelField)}: ${labelValue}`, exact: true });
  }

  async startNew(): Promise<Locator> {
    await this.newButton().click();
    const form = this.newForm();
    await expect(form).toBeVisible();
    return form;
  }

  /** Opens a record from the list by the text of its first column (the label field). */
  async openRecord(firstColumnText: string, formName = firstColumnText): Promise<Locator> {
    await this.table().getByRole('button', { name: firstColumnText, exact: true }).click();
    const form = this.editForm(formName);
    await expect(form).toBeVisible();
    return form;
  }

  field(form: Locator, field: string): Locator {
    const kind = this.def.fields[field]?.kind;
    // A wrapping <label>'s text also holds a select's options, so selects are found by role and name.
    if (kind === 'enum' || kind === 'ref') return form.getByRole('combobox', { name: this.label(field), exact: true });
    return form.getByLabel(this.label(field), { exact: true });
  }

  /**
   * Fills fields by key. Enum values are given as stored ('mon') and chosen by their label; a
   * reference is chosen by the start of its option text (the referred record's code).
   */
  async fillFields(form: Locator, values: Record<string, string | boolean>): Promise<void> {
    for (const [key, value] of Object.entries(values)) {
      const control = this.field(form, key);
      const kind = this.def.fields[key]?.kind;
      if (typeof value === 'boolean') await control.setChecked(value);
      else if (kind === 'enum') await control.selectOption({ label: this.enumLabel(key, value) });
      else if (kind === 'ref') {
        const option = control.locator('option').filter({ hasText: value }).first();
        await expect(option).toBeAttached();
        await control.selectOption((await option.getAttribute('value')) ?? '');
      } else await control.fill(value);
    }
  }

  async save(form: Locator): Promise<void> {
    await form.getByRole('button', { name: this.ui.t.form.save, exact: true }).click();
  }

  async close(form: Locator): Promise<void> {
    await form.getByRole('button', { name: this.ui.t.form.close, exact: true }).click();
  }

  /** "Saved." / "Deleted." above the list. */
  notice(text: 'saved' | 'deleted'): Locator {
    return this.root.getByRole('status').filter({ hasText: this.ui.t.form[text] });
  }

  formError(form: Locator): Locator {
    return form.getByRole('alert');
  }

  /** Delete from the open form with the inline confirmation, which names the record as the form title does. */
  async delete(form: Locator, labelValue: string): Promise<void> {
    await form.getByRole('button', { name: this.ui.t.form.delete, exact: true }).click();
    const dialog = form.getByRole('alertdialog', { name: this.ui.t.form.delete, exact: true });
    const name = `${this.label(this.def.labelField)}: ${labelValue}`;
    await expect(dialog).toContainText(fill(this.ui.t.form.deleteConfirm, { name }));
    await dialog.getByRole('button', { name: this.ui.t.form.yes, exact: true }).click();
  }

  /** A child entity's list and forms inside this entity's open record (its own titled section). */
  child(childDef: EntityDefLike): EntityPage {
    const section = this.page.getByRole('region', { name: childDef.labels[this.ui.lang].title, exact: true });
    return new EntityPage(this.ui, this.shell, childDef, section);
  }
}
