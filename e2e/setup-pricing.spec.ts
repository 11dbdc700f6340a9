import type { Locator, Page } from '@playwright/test';
import { categoriesEntity, itemsEntity, taxGroupsEntity, taxRatesEntity } from '../electron/contract/setup/pricing';
import type { App } from './fixtures';
import { expect, test } from './fixtures';
import { escapeRegExp, fill } from './page-models';

/**
 * Setup > Categories, items and tax: transaction categories, items (spare parts) and tax groups
 * with their rates over time. Labels come from the entity definitions, so the test reads what
 * people read in either language.
 */

type Labels = { title: string; create: string; fields: Record<string, string> };
type Def = { labels: Record<'en' | 'lv', Labels> };
const labelsOf = (app: App, def: Def): Labels => def.labels[app.ui.lang];
const label = (app: App, def: Def, fieldKey: string): string => labelsOf(app, def).fields[fieldKey] ?? fieldKey;

async function openPrices(app: App): Promise<void> {
  await app.shell.goTo('setup');
  const tab = app.page.getByRole('navigation', { name: app.t.setup.sections, exact: true }).getByRole('link', { name: app.t.setup.prices, exact: true });
  await tab.click();
  await expect(tab).toHaveAttribute('aria-current', 'page');
}

function subTabs(app: App): Locator {
  return app.page.getByRole('navigation', { name: app.t.setup.prices, exact: true }).getByRole('link');
}

async function openSubTab(app: App, def: Def): Promise<void> {
  const tab = subTabs(app).filter({ hasText: labelsOf(app, def).title });
  await tab.click();
  await expect(tab).toHaveAttribute('aria-current', 'page');
  await expect(table(app.page, app, def)).toBeVisible();
}

const table = (scope: Page | Locator, app: App, def: Def) => scope.getByRole('table', { name: labelsOf(app, def).title, exact: true });
const rows = (tbl: Locator) => tbl.getByRole('row').filter({ has: tbl.page().getByRole('cell') });
const field = (form: Locator, text: string) => form.getByLabel(text, { exact: true });
/** A drop-down's accessible name also carries its chosen option ("Transaction type Hour"), so it is matched by prefix. */
const choice = (form: Locator, text: string) => form.getByRole('combobox', { name: new RegExp(`^${escapeRegExp(text)}`) });
const searchBox = (app: App) => app.page.getByRole('searchbox', { name: app.t.list.search, exact: true });
const noRows = (app: App, tbl: Locator) => tbl.getByRole('cell', { name: app.t.list.noRows, exact: true });
const notice = (scope: Page | Locator, app: App, text: 'saved' | 'deleted') => scope.getByRole('status').filter({ hasText: app.t.form[text] });

async function startNew(scope: Page | Locator, app: App, def: Def): Promise<Locator> {
  const { create } = labelsOf(app, def);
  await scope.getByRole('button', { name: create, exact: true }).click();
  const form = scope.getByRole('form', { name: create, exact: true });
  await expect(form).toBeVisible();
  return form;
}

/** The form of a saved record is named after its label field: "Code: PVN21". */
function editForm(app: App, def: Def, value: string): Locator {
  return app.page.getByRole('form', { name: `${label(app, def, 'code')}: ${value}`, exact: true });
}

async function openRecord(app: App, def: Def, code: string): Promise<Locator> {
  await table(app.page, app, def).getByRole('button', { name: code, exact: true }).click();
  const form = editForm(app, def, code);
  await expect(form).toBeVisible();
  return form;
}

async function save(app: App, form: Locator): Promise<void> {
  await form.getByRole('button', { name: app.t.form.save, exact: true }).click();
}

async function deleteFrom(app: App, form: Locator, name: string): Promise<void> {
  await form.getByRole('button', { name: app.t.form.delete, exact: true }).click();
  const dialog = form.getByRole('alertdialog', { name: app.t.form.delete, exact: true });
  await expect(dialog).toContainText(fill(app.t.form.deleteConfirm, { name }));
  await dialog.getByRole('button', { name: app.t.form.yes, exact: true }).click();
}

/** The rates of a tax group, edited in a section below the group's form. */
function ratesSection(app: App): Locator {
  return app.page.getByRole('region', { name: labelsOf(app, taxRatesEntity).title, exact: true });
}

async function addRate(app: App, rate: string, from: string, to = ''): Promise<Locator> {
  const section = ratesSection(app);
  const form = await startNew(section, app, taxRatesEntity);
  await field(form, label(app, taxRatesEntity, 'ratePercent')).fill(rate);
  await field(form, label(app, taxRatesEntity, 'validFrom')).fill(from);
  await field(form, label(app, taxRatesEntity, 'validTo')).fill(to);
  await save(app, form);
  return form;
}

test.describe('Setup > Categories, items and tax', () => {
  test('tax groups with rates, categories and items: create, find, edit, refuse, delete', async ({ app, host, page }) => {
    await app.firstStart.startEmpty();
    await openPrices(app);
    // Categories are what people open most: they come first.
    await expect(subTabs(app)).toHaveText([categoriesEntity.labels.en.title, itemsEntity.labels.en.title, taxGroupsEntity.labels.en.title]);
    await expect(subTabs(app).first()).toHaveAttribute('aria-current', 'page');

    // A tax group, then its rates inside its form.
    await openSubTab(app, taxGroupsEntity);
    const newGroup = await startNew(page, app, taxGroupsEntity);
    await field(newGroup, label(app, taxGroupsEntity, 'code')).fill('PVN21');
    await field(newGroup, label(app, taxGroupsEntity, 'description')).fill('Standard VAT rate');
    await save(app, newGroup);
    await expect(notice(page, app, 'saved').first()).toBeVisible();
    await expect(editForm(app, taxGroupsEntity, 'PVN21')).toBeVisible();
    await expect(rows(table(page, app, taxGroupsEntity)).filter({ hasText: 'PVN21' })).toContainText('Standard VAT rate');

    const rates = table(ratesSection(app), app, taxRatesEntity);
    await addRate(app, '21', '2012-07-01');
    await expect(rows(rates)).toHaveCount(1);
    await expect(rows(rates).first()).toContainText('21.00');
    await expect(rows(rates).first()).toContainText('2012-07-01');

    // An earlier rate that runs into the open-ended one is refused, naming "Valid from".
    const overlapping = await addRate(app, '22', '2011-01-01', '2012-07-01');
    const validFrom = label(app, taxRatesEntity, 'validFrom');
    await expect(overlapping.getByRole('alert')).toHaveText(`${validFrom}: overlaps another period that starts 2012-07-01 and has no end date.`);
    await expect(field(overlapping, validFrom)).toHaveAttribute('aria-invalid', 'true');
    await expect(rows(rates)).toHaveCount(1);
    // Ending the day before is fine.
    await field(overlapping, label(app, taxRatesEntity, 'validTo')).fill('2012-06-30');
    await save(app, overlapping);
    await expect(overlapping).toBeHidden();
    await expect(rows(rates)).toHaveCount(2);
    const stored = await host.apiValue('taxRates.list', { sort: 'validFrom' });
    expect(stored.rows.map((r) => [r.ratePercent, r.validFrom, r.validTo])).toEqual([
      [2200, '2011-01-01', '2012-06-30'],
      [2100, '2012-07-01', null],
    ]);

    // A transaction category priced in euros and stored in cents, with the tax group.
    await openSubTab(app, categoriesEntity);
    const newCategory = await startNew(page, app, categoriesEntity);
    const c = (key: string) => field(newCategory, label(app, categoriesEntity, key));
    await c('code').fill('STD');
    await c('description').fill('Standard work');
    await choice(newCategory, label(app, categoriesEntity, 'transactionType')).selectOption({ label: 'Hour' });
    await c('unit').fill('h');
    await c('costPriceCents').fill('22.00');
    await c('salesPriceCents').fill('45');
    await choice(newCategory, label(app, categoriesEntity, 'taxGroupId')).selectOption({ label: 'PVN21 — Standard VAT rate' });
    await save(app, newCategory);
    const std = editForm(app, categoriesEntity, 'STD');
    await expect(std).toBeVisible();
    const categories = table(page, app, categoriesEntity);
    const stdRow = rows(categories).filter({ hasText: 'STD' });
    await expect(stdRow).toContainText('Standard work');
    await expect(stdRow).toContainText('Hour');
    await expect(stdRow).toContainText('45.00');
    await expect(stdRow).toContainText('PVN21');
    await host.apiValue('categories.create', { code: 'KM', description: 'Travel expenses, per km', transactionType: 'expense', unit: 'km', salesPriceCents: 45 });

    // Search by description, folding case; then nothing.
    await page.reload();
    await expect(rows(categories)).toHaveCount(2);
    await searchBox(app).fill('TRAVEL');
    await expect(rows(categories)).toHaveCount(1);
    await expect(rows(categories).first()).toContainText('KM');
    await searchBox(app).fill('zzz-nothing');
    await expect(noRows(app, categories)).toBeVisible();
    await searchBox(app).fill('');
    await expect(rows(categories)).toHaveCount(2);

    // Edit the sales price: 47,50 EUR is kept as 4750 cents.
    const reopened = await openRecord(app, categoriesEntity, 'STD');
    await field(reopened, label(app, categoriesEntity, 'salesPriceCents')).fill('47.50');
    await save(app, reopened);
    await expect(notice(page, app, 'saved').first()).toBeVisible();
    await expect(rows(categories).filter({ hasText: 'STD' })).toContainText('47.50');
    const saved = await host.apiValue('categories.list', { search: 'std' });
    expect(saved.rows[0]?.salesPriceCents).toBe(4750);

    // A code already used by another category is refused, naming the code.
    const duplicate = await startNew(page, app, categoriesEntity);
    await field(duplicate, label(app, categoriesEntity, 'code')).fill('KM');
    await field(duplicate, label(app, categoriesEntity, 'description')).fill('Kilometres again');
    await save(app, duplicate);
    await expect(duplicate.getByRole('alert')).toHaveText(`${label(app, categoriesEntity, 'code')}: "KM" is already used by another record.`);
    await duplicate.getByRole('button', { name: app.t.form.close, exact: true }).click();

    // Nothing refers to a category yet, so it can go.
    const km = await openRecord(app, categoriesEntity, 'KM');
    await deleteFrom(app, km, `${label(app, categoriesEntity, 'code')}: KM`);
    await expect(notice(page, app, 'deleted')).toBeVisible();
    await expect(rows(categories)).toHaveCount(1);

    // An item (spare part) in the tax group.
    await openSubTab(app, itemsEntity);
    const newItem = await startNew(page, app, itemsEntity);
    const i = (key: string) => field(newItem, label(app, itemsEntity, key));
    await i('code').fill('FLT-G4-592');
    await i('description').fill('Air filter G4, 592×592 mm');
    await i('unit').fill('pcs');
    await i('costPriceCents').fill('8.50');
    await i('salesPriceCents').fill('14.90');
    await choice(newItem, label(app, itemsEntity, 'taxGroupId')).selectOption({ label: 'PVN21 — Standard VAT rate' });
    await expect(i('active')).toBeChecked();
    await save(app, newItem);
    const filter = editForm(app, itemsEntity, 'FLT-G4-592');
    await expect(filter).toBeVisible();
    const items = table(page, app, itemsEntity);
    await expect(rows(items).filter({ hasText: 'FLT-G4-592' })).toContainText('14.90');
    await searchBox(app).fill('air filter');
    await expect(rows(items)).toHaveCount(1);
    await field(filter, label(app, itemsEntity, 'description')).fill('Air filter G4, 592×592×48 mm');
    await save(app, filter);
    await expect(rows(items).filter({ hasText: 'FLT-G4-592' })).toContainText('592×592×48 mm');

    // The tax group cannot go while the category and the item use it.
    await openSubTab(app, taxGroupsEntity);
    const pvn = await openRecord(app, taxGroupsEntity, 'PVN21');
    await deleteFrom(app, pvn, `${label(app, taxGroupsEntity, 'code')}: PVN21`);
    await expect(pvn.getByRole('alert')).toContainText('cannot be deleted while 1 transaction categories, 1 items refer to it');
    expect((await host.apiValue('taxGroups.list', {})).total).toBe(1);

    // Once nothing uses it, it goes with its rates.
    await host.apiValue('items.delete', { id: 1, version: 1 });
    await host.apiValue('categories.delete', { id: 1, version: 1 });
    await page.reload();
    const again = await openRecord(app, taxGroupsEntity, 'PVN21');
    await deleteFrom(app, again, `${label(app, taxGroupsEntity, 'code')}: PVN21`);
    await expect(notice(page, app, 'deleted')).toBeVisible();
    await expect(noRows(app, table(page, app, taxGroupsEntity))).toBeVisible();
    expect((await host.apiValue('taxRates.list', {})).total).toBe(0);
  });

  test('speaks Latvian: tabs, columns, amounts and the refusal of an overlapping rate', async ({ app, host, page }) => {
    const group = await host.apiValue('taxGroups.create', { code: 'PVN12', description: 'PVN samazinātā likme' });
    await host.apiValue('taxRates.create', { taxGroupId: group.id, ratePercent: 1200, validFrom: '2011-01-01' });
    await host.apiValue('categories.create', {
      code: 'IZSAUK',
      description: 'Izsaukuma maksa',
      transactionType: 'fee',
      salesPriceCents: 3500,
      taxGroupId: group.id,
    });

    await app.firstStart.startEmpty();
    await app.settings.open();
    await app.settings.chooseLanguage('lv');
    await openPrices(app);
    await expect(subTabs(app)).toHaveText(['Darījumu kategorijas', 'Krājumi', 'Nodokļu grupas']);

    const categories = table(page, app, categoriesEntity);
    // The sorted column also shows an arrow, so each header is matched by what it contains.
    await expect(categories.getByRole('columnheader')).toContainText(['Kods', 'Apraksts', 'Darījuma veids', 'Mērvienība', 'Pašizmaksa', 'Pārdošanas cena', 'Nodokļu grupa']);
    const fee = rows(categories).filter({ hasText: 'IZSAUK' });
    await expect(fee).toContainText('Maksa');
    await expect(fee).toContainText('35,00');
    await searchBox(app).fill('izsaukuma');
    await expect(rows(categories)).toHaveCount(1);

    await openSubTab(app, taxGroupsEntity);
    await openRecord(app, taxGroupsEntity, 'PVN12');
    await expect(rows(table(ratesSection(app), app, taxRatesEntity)).first()).toContainText('12,00');
    const form = await addRate(app, '10', '2009-01-01', '2011-01-01');
    await expect(form.getByRole('alert')).toHaveText('Derīga no: pārklājas ar citu periodu, kas sākas 2011-01-01 un kam nav beigu datuma.');
    const bad = await addRate(app, '10', '2010-12-31', '2009-01-01');
    await expect(bad.getByRole('alert')).toHaveText('Derīga līdz: nedrīkst būt agrāk par Derīga no.');
    await field(bad, 'Derīga no').fill('2009-01-01');
    await field(bad, 'Derīga līdz').fill('2010-12-31');
    await save(app, bad);
    await expect(bad).toBeHidden();
    await expect(rows(table(ratesSection(app), app, taxRatesEntity))).toHaveCount(2);
  });
});
