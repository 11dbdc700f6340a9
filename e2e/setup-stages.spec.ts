import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** Service stages, stage reason codes and repair codes, through the generic Setup screens. */

async function openSection(page: Page, section: string, sub?: string): Promise<void> {
  const sections = page.getByRole('navigation', { name: /^(Setup sections|Iestatīšanas sadaļas)$/ });
  if (!(await sections.isVisible())) await page.getByRole('link', { name: /^(Setup|Iestatīšana)$/ }).click();
  await sections.getByRole('link', { name: section, exact: true }).click();
  if (sub) await page.getByRole('navigation', { name: section, exact: true }).getByRole('link', { name: sub, exact: true }).click();
}

/** Fills the code and description every entity of this group has, then the rest. */
async function fillCoded(form: Locator, code: string, description: string, codeLabel = 'Code', descriptionLabel = 'Description'): Promise<void> {
  await form.getByLabel(codeLabel, { exact: true }).fill(code);
  await form.getByLabel(descriptionLabel, { exact: true }).fill(description);
}

async function save(form: Locator, label = 'Save'): Promise<void> {
  await form.getByRole('button', { name: label, exact: true }).click();
}

async function confirmDelete(form: Locator): Promise<void> {
  await form.getByRole('button', { name: 'Delete', exact: true }).click();
  await form.getByRole('alertdialog').getByRole('button', { name: 'Yes', exact: true }).click();
}

test.describe('Setup > Service stages and repair codes', () => {
  test.beforeEach(async ({ app }) => {
    await app.firstStart.startEmpty();
  });

  test('build the stage tree, search, edit, refuse a second root, a moved parent and deleting the root', async ({ page, host }) => {
    await openSection(page, 'Service stages');
    const stages = page.getByRole('table', { name: 'Service stages' });
    const row = (code: string) => stages.getByRole('row').filter({ has: page.getByRole('button', { name: code, exact: true }) });
    const newStage = page.getByRole('form', { name: 'New service stage' });

    // The first stage is the root: no parent.
    await page.getByRole('button', { name: 'New service stage' }).click();
    await fillCoded(newStage, 'JAUNS', 'Jauns');
    await newStage.getByLabel('Sort order').fill('10');
    await expect(newStage.getByLabel('Order may be changed')).toBeChecked();
    await save(newStage);
    await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
    await expect(row('JAUNS')).toContainText('Jauns');
    await page.getByRole('form', { name: 'Code: JAUNS' }).getByRole('button', { name: 'Close' }).click();

    await page.getByRole('button', { name: 'New service stage' }).click();
    await fillCoded(newStage, 'PLANOTS', 'Plānots');
    await newStage.getByLabel('Parent stage').selectOption({ label: 'JAUNS — Jauns' });
    await newStage.getByLabel('Sort order').fill('10');
    await save(newStage);
    await expect(row('PLANOTS')).toContainText('JAUNS');
    await page.getByRole('form', { name: 'Code: PLANOTS' }).getByRole('button', { name: 'Close' }).click();

    // A second stage without parent is refused, naming the parent field and the existing root.
    await page.getByRole('button', { name: 'New service stage' }).click();
    await fillCoded(newStage, 'ATCELTS', 'Atcelts');
    await newStage.getByLabel('Sort order').fill('90');
    await newStage.getByLabel('Reason code required').check();
    await save(newStage);
    await expect(newStage.getByRole('alert')).toHaveText(
      'Parent stage: only one stage may be without a parent, and "JAUNS" already is the first stage. Choose a parent stage.',
    );
    await expect(newStage.getByLabel('Parent stage')).toHaveAttribute('aria-invalid', 'true');
    expect((await host.apiValue('stages.list', {})).total).toBe(2);
    await newStage.getByLabel('Parent stage').selectOption({ label: 'JAUNS — Jauns' });
    await save(newStage);
    const cancelled = page.getByRole('form', { name: 'Code: ATCELTS' });
    await expect(cancelled).toBeVisible();
    await expect(stages.getByRole('row').filter({ has: page.getByRole('cell') })).toHaveCount(3);

    // Search folds diacritics in the database.
    await page.getByRole('searchbox', { name: 'Search' }).fill('planots');
    await expect(row('PLANOTS')).toBeVisible();
    await expect(row('JAUNS')).toBeHidden();
    await page.getByRole('searchbox', { name: 'Search' }).fill('');
    await expect(row('JAUNS')).toBeVisible();

    // A saved stage keeps its parent: moving ATCELTS under PLANOTS is refused.
    await cancelled.getByLabel('Parent stage').selectOption({ label: 'PLANOTS — Plānots' });
    await save(cancelled);
    await expect(cancelled.getByRole('alert')).toHaveText('Parent stage: cannot be changed after the record is saved.');
    expect((await host.apiValue('stages.get', { id: 3 })).refLabels.parentId).toBe('JAUNS');

    // Editing the other fields is fine.
    await row('PLANOTS').getByRole('button', { name: 'PLANOTS' }).click();
    const planned = page.getByRole('form', { name: 'Code: PLANOTS' });
    await planned.getByLabel('Description', { exact: true }).fill('Plānots darbs');
    await planned.getByLabel('Stops the SLA clock').check();
    await save(planned);
    await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
    await expect(row('PLANOTS')).toContainText('Plānots darbs');
    await expect(row('PLANOTS')).toContainText('Yes');
    expect(await host.apiValue('stages.get', { id: 2 })).toMatchObject({ description: 'Plānots darbs', stopsSlaClock: true, version: 1 });

    // The root goes last, and a stage with children cannot be deleted either.
    await row('JAUNS').getByRole('button', { name: 'JAUNS' }).click();
    const root = page.getByRole('form', { name: 'Code: JAUNS' });
    await confirmDelete(root);
    await expect(root.getByRole('alert')).toHaveText(
      'Parent stage: this is the first stage (it has no parent); it cannot be deleted before the other stages (2).',
    );
    await host.apiValue('stages.create', { code: 'PROCESA', description: 'Procesā', parentId: 2, sortOrder: 10 });
    await page.reload();
    await row('PLANOTS').getByRole('button', { name: 'PLANOTS' }).click();
    const withChild = page.getByRole('form', { name: 'Code: PLANOTS' });
    await confirmDelete(withChild);
    await expect(withChild.getByRole('alert')).toHaveText('This record cannot be deleted while 1 service stages refer to it.');

    // A leaf stage can be deleted.
    await row('ATCELTS').getByRole('button', { name: 'ATCELTS' }).click();
    await confirmDelete(page.getByRole('form', { name: 'Code: ATCELTS' }));
    await expect(page.getByRole('status').filter({ hasText: 'Deleted.' })).toBeVisible();
    await expect(row('ATCELTS')).toBeHidden();
    expect((await host.apiValue('stages.list', {})).total).toBe(3);
  });

  test('reason codes and symptom codes within their area', async ({ page, host }) => {
    await openSection(page, 'Service stages', 'Stage reason codes');
    await page.getByRole('button', { name: 'New reason code' }).click();
    const reason = page.getByRole('form', { name: 'New reason code' });
    await fillCoded(reason, 'KLIENTS', 'Klienta lūgums');
    await save(reason);
    await expect(page.getByRole('table', { name: 'Stage reason codes' }).getByRole('row', { name: /KLIENTS/ })).toContainText('Klienta lūgums');

    await openSection(page, 'Repair codes', 'Symptom areas');
    await page.getByRole('button', { name: 'New symptom area' }).click();
    const newArea = page.getByRole('form', { name: 'New symptom area' });
    await fillCoded(newArea, 'APKURE', 'Apkure');
    await save(newArea);
    await expect(page.getByRole('form', { name: 'Code: APKURE' })).toBeVisible();

    // Codes belong to their area and are edited inside its form.
    const codes = page.getByRole('region', { name: 'Symptom codes' });
    await codes.getByRole('button', { name: 'Add symptom code' }).click();
    let code = codes.getByRole('form', { name: 'Add symptom code' });
    await fillCoded(code, 'NESILDA', 'Nesilda');
    await save(code);
    await expect(codes.getByRole('row', { name: /NESILDA/ })).toContainText('Nesilda');

    await codes.getByRole('button', { name: 'Add symptom code' }).click();
    code = codes.getByRole('form', { name: 'Add symptom code' });
    await fillCoded(code, 'NESILDA', 'Vēlreiz');
    await save(code);
    await expect(code.getByRole('alert')).toHaveText('Code: "NESILDA" is already used by another record.');
    await expect(code.getByLabel('Code', { exact: true })).toHaveAttribute('aria-invalid', 'true');

    // The same code in another area is a different symptom.
    const other = await host.apiValue('symptomAreas.create', { code: 'ELEKTR', description: 'Elektrība' });
    await host.apiValue('symptomCodes.create', { symptomAreaId: other.id, code: 'NESILDA', description: 'Sildelements nesilda' });
    expect((await host.apiValue('symptomCodes.list', {})).total).toBe(2);
  });

  test('the stage and repair stage screens speak Latvian', async ({ page, host }) => {
    await page.getByRole('link', { name: 'Settings' }).click();
    await page.getByRole('combobox', { name: 'Language' }).selectOption('lv');
    await openSection(page, 'Servisa stadijas');
    const newStage = page.getByRole('form', { name: 'Jauna servisa stadija' });
    await page.getByRole('button', { name: 'Jauna servisa stadija' }).click();
    await fillCoded(newStage, 'JAUNS', 'Jauns', 'Kods', 'Apraksts');
    await newStage.getByLabel('Kārtas numurs').fill('10');
    await save(newStage, 'Saglabāt');
    await expect(page.getByRole('table', { name: 'Servisa stadijas' }).getByRole('row', { name: /JAUNS/ })).toContainText('Jauns');
    await page.getByRole('form', { name: 'Kods: JAUNS' }).getByRole('button', { name: 'Aizvērt' }).click();

    await page.getByRole('button', { name: 'Jauna servisa stadija' }).click();
    await fillCoded(newStage, 'OTRS', 'Otrs sākums', 'Kods', 'Apraksts');
    await newStage.getByLabel('Kārtas numurs').fill('20');
    await save(newStage, 'Saglabāt');
    await expect(newStage.getByRole('alert')).toHaveText(
      'Iepriekšējā stadija: tikai viena stadija drīkst būt bez iepriekšējās stadijas, un „JAUNS” jau ir sākuma stadija. Izvēlieties iepriekšējo stadiju.',
    );

    await openSection(page, 'Remonta kodi', 'Remonta stadijas');
    await page.getByRole('button', { name: 'Jauna remonta stadija' }).click();
    const repairStage = page.getByRole('form', { name: 'Jauna remonta stadija' });
    await fillCoded(repairStage, 'PABEIGTS', 'Pabeigts', 'Kods', 'Apraksts');
    await repairStage.getByLabel('Pabeigta (noslēdz remonta rindu)').check();
    await save(repairStage, 'Saglabāt');
    await expect(page.getByRole('table', { name: 'Remonta stadijas' }).getByRole('row', { name: /PABEIGTS/ })).toContainText('Jā');
    expect((await host.apiValue('repairStages.list', {})).rows[0]).toMatchObject({ code: 'PABEIGTS', finished: true });
  });
});
