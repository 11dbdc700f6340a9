import { expect, test } from './fixtures';

/** Workers, their teams and what belongs to a worker, through the generic Setup screens. */
test.describe('Setup > Workers and dispatch teams', () => {
  test.beforeEach(async ({ app }) => {
    await app.firstStart.startEmpty();
  });

  test('create a team and a worker, search, add an absence, refuse an overlap, refuse deleting a used team', async ({ page, host }) => {
    await page.getByRole('link', { name: 'Setup' }).click();
    await page.getByRole('navigation', { name: 'Setup sections' }).getByRole('link', { name: 'Dispatch teams' }).click();
    await page.getByRole('button', { name: 'New dispatch team' }).click();
    const teamForm = page.getByRole('form', { name: 'New dispatch team' });
    await teamForm.getByLabel('Code').fill('RC');
    await teamForm.getByLabel('Name').fill('Rīga Centrs');
    await teamForm.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('table', { name: 'Dispatch teams' }).getByRole('row', { name: /RC/ })).toContainText('Rīga Centrs');

    await page.getByRole('navigation', { name: 'Setup sections' }).getByRole('link', { name: 'Workers' }).click();
    await page.getByRole('button', { name: 'New worker' }).click();
    const workerForm = page.getByRole('form', { name: 'New worker' });
    await workerForm.getByLabel('Worker number').fill('T001');
    await workerForm.getByLabel('Name').fill('Jānis Bērziņš');
    await workerForm.getByLabel('Dispatch team').selectOption({ label: 'RC — Rīga Centrs' });
    await workerForm.getByLabel('Hourly cost price').fill('22,50');
    await workerForm.getByLabel('Hourly sales price').fill('45');
    await workerForm.getByRole('button', { name: 'Save' }).click();

    const workers = page.getByRole('table', { name: 'Workers' });
    await expect(workers.getByRole('row', { name: /Jānis Bērziņš/ })).toContainText('RC');
    const stored = (await host.apiValue('workers.list', {})).rows[0];
    expect(stored).toMatchObject({ costPriceCents: 2250, salesPriceCents: 4500 });

    // Search folds diacritics.
    await page.getByRole('searchbox', { name: 'Search' }).fill('berzins');
    await expect(workers.getByRole('row', { name: /Jānis Bērziņš/ })).toBeVisible();

    // Text that is not a number is refused by the main process, naming the field.
    const edit = page.getByRole('form', { name: 'Name: Jānis Bērziņš' });
    await edit.getByLabel('Hourly cost price').fill('divdesmit');
    await edit.getByRole('button', { name: 'Save' }).click();
    await expect(edit.getByRole('alert')).toContainText('Hourly cost price: enter a number.');
    await edit.getByLabel('Hourly cost price').fill('23');
    await edit.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();

    // Absences belong to the worker and are edited inside his form.
    const absences = page.getByRole('region', { name: 'Absences' });
    await absences.getByRole('button', { name: 'Add absence' }).click();
    let absenceForm = absences.getByRole('form', { name: 'Add absence' });
    await absenceForm.getByLabel('Kind').selectOption({ label: 'Vacation' });
    await absenceForm.getByLabel('From').fill('2026-07-01');
    await absenceForm.getByLabel('Until').fill('2026-07-10');
    await absenceForm.getByRole('button', { name: 'Save' }).click();
    await expect(absences.getByRole('row', { name: /2026-07-01/ })).toContainText('Vacation');

    await absences.getByRole('button', { name: 'Add absence' }).click();
    absenceForm = absences.getByRole('form', { name: 'Add absence' });
    await absenceForm.getByLabel('Kind').selectOption({ label: 'Sick leave' });
    await absenceForm.getByLabel('From').fill('2026-07-08');
    await absenceForm.getByLabel('Until').fill('2026-07-09');
    await absenceForm.getByRole('button', { name: 'Save' }).click();
    await expect(absenceForm.getByRole('alert')).toContainText('From: overlaps another period (2026-07-01 – 2026-07-10).');
    expect((await host.apiValue('absences.list', {})).total).toBe(1);

    // The team now has a worker: deleting it is refused, naming what refers to it.
    await page.getByRole('navigation', { name: 'Setup sections' }).getByRole('link', { name: 'Dispatch teams' }).click();
    await page.getByRole('table', { name: 'Dispatch teams' }).getByRole('button', { name: 'RC' }).click();
    const openTeam = page.getByRole('form', { name: 'Code: RC' });
    await openTeam.getByRole('button', { name: 'Delete' }).click();
    await openTeam.getByRole('alertdialog').getByRole('button', { name: 'Yes' }).click();
    await expect(openTeam.getByRole('alert')).toContainText('cannot be deleted while 1 workers refer to it');
    expect((await host.apiValue('teams.list', {})).total).toBe(1);
  });

  test('the worker screen speaks Latvian', async ({ page }) => {
    await page.getByRole('link', { name: 'Settings' }).click();
    await page.getByRole('combobox', { name: 'Language' }).selectOption('lv');
    await page.getByRole('link', { name: 'Iestatīšana' }).click();
    await page.getByRole('navigation', { name: 'Iestatīšanas sadaļas' }).getByRole('link', { name: 'Darbinieki' }).click();
    await page.getByRole('button', { name: 'Jauns darbinieks' }).click();
    const form = page.getByRole('form', { name: 'Jauns darbinieks' });
    await form.getByLabel('Darbinieka numurs').fill('T002');
    await form.getByRole('button', { name: 'Saglabāt' }).click();
    await expect(form.getByRole('alert')).toContainText('Vārds, uzvārds: šis lauks ir obligāts.');
    await form.getByLabel('Vārds, uzvārds').fill('Ilze Kalniņa');
    await form.getByLabel('Veids').selectOption({ label: 'Biroja darbinieks' });
    await form.getByRole('button', { name: 'Saglabāt' }).click();
    await expect(page.getByRole('table', { name: 'Darbinieki' }).getByRole('row', { name: /Ilze Kalniņa/ })).toContainText('Biroja darbinieks');
  });
});

test.describe('Setup > Skills', () => {
  test('create, search, edit, give to a worker, refuse deleting while used, then delete', async ({ app, page, host }) => {
    await app.firstStart.startEmpty();
    const worker = await host.apiValue('workers.create', { code: 'T010', name: 'Ilze Kalniņa' });
    await page.getByRole('link', { name: 'Setup' }).click();
    const sections = page.getByRole('navigation', { name: 'Setup sections' });
    await sections.getByRole('link', { name: 'Skills' }).click();

    await page.getByRole('button', { name: 'New skill' }).click();
    const form = page.getByRole('form', { name: 'New skill' });
    await form.getByLabel('Code').fill('GAS');
    await form.getByLabel('Description').fill('Gāzes iekārtas');
    await form.getByRole('button', { name: 'Save' }).click();
    const skills = page.getByRole('table', { name: 'Skills' });
    await expect(skills.getByRole('row', { name: /GAS/ })).toContainText('Gāzes iekārtas');

    await page.getByRole('searchbox', { name: 'Search' }).fill('gazes');
    await expect(skills.getByRole('row', { name: /GAS/ })).toBeVisible();
    const edit = page.getByRole('form', { name: 'Code: GAS' });
    await edit.getByLabel('Description').fill('Gāzes katli un degļi');
    await edit.getByRole('button', { name: 'Save' }).click();
    await expect(skills.getByRole('row', { name: /GAS/ })).toContainText('Gāzes katli un degļi');

    // Given to a worker in the worker's form, the skill can no longer be deleted.
    await sections.getByRole('link', { name: 'Workers' }).click();
    await page.getByRole('table', { name: 'Workers' }).getByRole('button', { name: 'Ilze Kalniņa' }).click();
    const workerSkills = page.getByRole('region', { name: 'Skills' });
    await workerSkills.getByRole('button', { name: 'Add skill' }).click();
    const add = workerSkills.getByRole('form', { name: 'Add skill' });
    await add.getByRole('combobox', { name: 'Skill' }).selectOption({ label: 'GAS — Gāzes katli un degļi' });
    await add.getByLabel('Level (1–5)').fill('4');
    await add.getByLabel('Valid until').fill('2027-12-31');
    await add.getByRole('button', { name: 'Save' }).click();
    await expect(workerSkills.getByRole('row', { name: /GAS/ })).toContainText('2027-12-31');

    await sections.getByRole('link', { name: 'Skills' }).click();
    await page.getByRole('table', { name: 'Skills' }).getByRole('button', { name: 'GAS' }).click();
    const used = page.getByRole('form', { name: 'Code: GAS' });
    await used.getByRole('button', { name: 'Delete' }).click();
    await used.getByRole('alertdialog').getByRole('button', { name: 'Yes' }).click();
    await expect(used.getByRole('alert')).toContainText('cannot be deleted');

    // Without the worker's skill it goes.
    const given = (await host.apiValue('workerSkills.list', { filter: { workerId: worker.id } })).rows[0];
    if (!given) throw new Error('the skill was not given to the worker');
    await host.apiValue('workerSkills.delete', { id: given.id, version: given.version });
    await used.getByRole('button', { name: 'Delete' }).click();
    await used.getByRole('alertdialog').getByRole('button', { name: 'Yes' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Deleted.' })).toBeVisible();
    expect((await host.apiValue('skills.list', {})).total).toBe(0);
  });
});
