import type { Locator, Page } from '@playwright/test';
import { objectGroupsEntity, serviceObjectsEntity, taskSkillsEntity, tasksEntity } from '../electron/contract/setup/objects';
import type { App } from './fixtures';
import { expect, test } from './fixtures';

/**
 * Setup > Service objects (objects and their groups) and Setup > Service tasks (tasks with their
 * required skills). Labels come from the entity definitions, so the test reads what people read.
 */

type Labels = { title: string; create: string; fields: Record<string, string> };
const objectL = (app: App): Labels => serviceObjectsEntity.labels[app.ui.lang];
const groupL = (app: App): Labels => objectGroupsEntity.labels[app.ui.lang];
const taskL = (app: App): Labels => tasksEntity.labels[app.ui.lang];
const needL = (app: App): Labels => taskSkillsEntity.labels[app.ui.lang];

async function openSection(app: App, section: 'objects' | 'tasks'): Promise<void> {
  await app.shell.goTo('setup');
  const tab = app.page.getByRole('navigation', { name: app.t.setup.sections, exact: true }).getByRole('link', { name: app.t.setup[section], exact: true });
  await tab.click();
  await expect(tab).toHaveAttribute('aria-current', 'page');
}

async function openSubTab(app: App, title: string): Promise<void> {
  const tab = app.page.getByRole('navigation', { name: app.t.setup.objects, exact: true }).getByRole('link', { name: title, exact: true });
  await tab.click();
  await expect(tab).toHaveAttribute('aria-current', 'page');
}

const table = (page: Page, labels: Labels) => page.getByRole('table', { name: labels.title, exact: true });
const rows = (scope: Locator) => scope.getByRole('row').filter({ has: scope.page().getByRole('cell') });
const field = (form: Locator, label: string) => form.getByLabel(label, { exact: true });
const searchBox = (app: App) => app.page.getByRole('searchbox', { name: app.t.list.search, exact: true });

async function startNew(scope: Locator | Page, labels: Labels): Promise<Locator> {
  await scope.getByRole('button', { name: labels.create, exact: true }).click();
  const form = scope.getByRole('form', { name: labels.create, exact: true });
  await expect(form).toBeVisible();
  return form;
}

const editForm = (page: Page, labels: Labels, labelField: string, value: string) =>
  page.getByRole('form', { name: `${labels.fields[labelField]}: ${value}`, exact: true });

async function save(app: App, form: Locator): Promise<void> {
  await form.getByRole('button', { name: app.t.form.save, exact: true }).click();
}

async function deleteFrom(app: App, form: Locator): Promise<void> {
  await form.getByRole('button', { name: app.t.form.delete, exact: true }).click();
  await form.getByRole('alertdialog', { name: app.t.form.delete, exact: true }).getByRole('button', { name: app.t.form.yes, exact: true }).click();
}

const notice = (app: App, text: 'saved' | 'deleted') => app.page.getByRole('status').filter({ hasText: app.t.form[text] });

test.describe('Setup > Service objects', () => {
  test('create a group and an object, find it by serial number, refuse wrong sites, cycles and warranty, delete', async ({ app, host, page }) => {
    const riga = await host.apiValue('customers.create', { name: 'Rīgas Siltums', city: 'Rīga' });
    const cesis = await host.apiValue('customers.create', { name: 'Cēsu Enerģija', city: 'Cēsis' });
    await host.apiValue('sites.create', { customerId: riga.id, code: '01', name: 'Birojs Brīvības ielā', address: 'Brīvības iela 1', city: 'Rīga' });
    await host.apiValue('sites.create', { customerId: cesis.id, code: '01', name: 'Katlumāja', address: 'Rīgas iela 5', city: 'Cēsis' });

    await app.firstStart.startEmpty();
    await openSection(app, 'objects');
    const o = objectL(app);
    const g = groupL(app);
    await expect(table(page, o)).toBeVisible();

    // A group first, on its own sub-tab.
    await openSubTab(app, g.title);
    const newGroup = await startNew(page, g);
    await field(newGroup, g.fields.code as string).fill('LIFTI');
    await field(newGroup, g.fields.description as string).fill('Lifti');
    await save(app, newGroup);
    await expect(notice(app, 'saved')).toBeVisible();
    await expect(rows(table(page, g)).filter({ hasText: 'LIFTI' })).toContainText('Lifti');

    // The site list offers only the chosen customer's sites.
    await openSubTab(app, o.title);
    const form = await startNew(page, o);
    await field(form, o.fields.code as string).fill('IEK-00001');
    await field(form, o.fields.description as string).fill('Pasažieru lifts, 1. kāpņu telpa');
    await field(form, o.fields.groupId as string).selectOption({ label: 'LIFTI — Lifti' });
    await field(form, o.fields.customerId as string).selectOption({ label: `${riga.code} — Rīgas Siltums` });
    await expect(field(form, o.fields.siteId as string).getByRole('option', { name: '01 — Birojs Brīvības ielā' })).toBeAttached();
    await expect(field(form, o.fields.siteId as string).getByRole('option', { name: '01 — Katlumāja' })).toHaveCount(0);
    await field(form, o.fields.manufacturer as string).fill('Kone');
    await field(form, o.fields.model as string).fill('MonoSpace 500');
    await field(form, o.fields.serialNo as string).fill('41234567');
    await field(form, o.fields.installedOn as string).fill('2021-04-15');
    await field(form, o.fields.warrantyEnd as string).fill('2023-04-15');

    // The main process refuses another customer's site all the same (a script could send one).
    const cesisSite = (await host.apiValue('sites.list', { filter: { customerId: cesis.id } })).rows[0];
    const refused = await host.api('serviceObjects.create', { code: 'IEK-X', description: 'X', customerId: riga.id, siteId: cesisSite?.id ?? 0 });
    expect(refused.ok ? null : refused.error.details.issues?.[0]?.field).toBe('siteId');
    expect((await host.apiValue('serviceObjects.list', {})).total).toBe(0);

    await field(form, o.fields.siteId as string).selectOption({ label: '01 — Birojs Brīvības ielā' });
    await save(app, form);
    await expect(notice(app, 'saved')).toBeVisible();
    const edit = editForm(page, o, 'code', 'IEK-00001');
    await expect(edit).toBeVisible();
    const lift = rows(table(page, o)).filter({ hasText: 'IEK-00001' });
    await expect(lift).toContainText('LIFTI');
    await expect(lift).toContainText('Rīgas Siltums');
    await expect(lift).toContainText('41234567');

    // Dispatchers search by the number on the plate; accents do not matter either.
    await host.apiValue('serviceObjects.create', { code: 'IEK-00002', description: 'Gāzes katls', serialNo: '7712000099' });
    await searchBox(app).fill('zzz-nothing');
    await expect(table(page, o).getByRole('cell', { name: app.t.list.noRows, exact: true })).toBeVisible();
    await searchBox(app).fill('1234567');
    await expect(rows(table(page, o))).toHaveCount(1);
    await expect(rows(table(page, o))).toContainText('IEK-00001');
    await searchBox(app).fill('pasazieru');
    await expect(rows(table(page, o))).toHaveCount(1);
    await searchBox(app).fill('');
    await expect(rows(table(page, o))).toHaveCount(2);

    // A warranty that ends before the installation is refused, naming the warranty.
    await field(edit, o.fields.warrantyEnd as string).fill('2020-12-31');
    await save(app, edit);
    await expect(edit.getByRole('alert')).toHaveText(`${o.fields.warrantyEnd}: must not be before ${o.fields.installedOn}.`);
    await field(edit, o.fields.warrantyEnd as string).fill('2026-04-15');
    await save(app, edit);
    await expect(notice(app, 'saved')).toBeVisible();
    await expect(edit.getByRole('alert')).toBeHidden();
    expect((await host.apiValue('serviceObjects.get', { id: 1 })).warrantyEnd).toBe('2026-04-15');

    // A component of the lift cannot become the lift's own parent.
    await host.apiValue('serviceObjects.create', { code: 'IEK-00001-1', description: 'Lifta piedziņa', parentId: 1, customerId: riga.id });
    await page.reload();
    await table(page, o).getByRole('button', { name: 'IEK-00001', exact: true }).click();
    const reopened = editForm(page, o, 'code', 'IEK-00001');
    await expect(reopened).toBeVisible();
    await field(reopened, o.fields.parentId as string).selectOption({ label: 'IEK-00001-1 — Lifta piedziņa' });
    await save(app, reopened);
    await expect(reopened.getByRole('alert')).toContainText(`${o.fields.parentId}:`);
    await expect(field(reopened, o.fields.parentId as string)).toHaveAttribute('aria-invalid', 'true');
    expect((await host.apiValue('serviceObjects.get', { id: 1 })).parentId).toBeNull();

    // The lift cannot go while its component refers to it; the component can.
    await deleteFrom(app, reopened);
    await expect(reopened.getByRole('alert')).toBeVisible();
    await table(page, o).getByRole('button', { name: 'IEK-00001-1', exact: true }).click();
    const component = editForm(page, o, 'code', 'IEK-00001-1');
    await deleteFrom(app, component);
    await expect(notice(app, 'deleted')).toBeVisible();
    await expect(rows(table(page, o))).toHaveCount(2);
  });
});

test.describe('Setup > Service tasks', () => {
  test('in Latvian: create a task, add a required skill, refuse it twice, search, edit, delete', async ({ app, host, page }) => {
    await host.apiValue('skills.create', { code: 'GAS', description: 'Gāzes iekārtas' });
    await app.firstStart.startEmpty();
    await app.settings.open();
    await app.settings.chooseLanguage('lv');
    await openSection(app, 'tasks');
    await expect(app.shell.heading()).toHaveText(`${app.t.setup.title}: ${app.t.setup.tasks}`);
    await expect(app.shell.heading()).toHaveText('Iestatīšana: Servisa uzdevumi');
    const tl = taskL(app);
    const nl = needL(app);
    await expect(table(page, tl).getByRole('columnheader', { name: 'Normatīvās stundas' })).toBeVisible();

    const form = await startNew(page, tl);
    await field(form, tl.fields.code as string).fill('KATLS-GADA');
    await field(form, tl.fields.description as string).fill('Katla ikgadējā apkope');
    await field(form, tl.fields.defaultHours as string).fill('1,5');
    await field(form, tl.fields.customerText as string).fill('Apkope saskaņā ar ražotāja prasībām.');
    await save(app, form);
    await expect(notice(app, 'saved')).toHaveText('Saglabāts.');
    await expect(rows(table(page, tl)).filter({ hasText: 'KATLS-GADA' })).toContainText('1,50');
    expect((await host.apiValue('tasks.get', { id: 1 })).defaultHours).toBe(150);

    // Required skills are edited inside the task's form; each skill once per task.
    const needs = page.getByRole('region', { name: nl.title, exact: true });
    const needForm = await startNew(needs, nl);
    await field(needForm, nl.fields.skillId as string).selectOption({ label: 'GAS — Gāzes iekārtas' });
    await field(needForm, nl.fields.minLevel as string).fill('3');
    await save(app, needForm);
    await expect(rows(needs)).toHaveCount(1);
    await expect(rows(needs)).toContainText('GAS');
    const again = await startNew(needs, nl);
    await field(again, nl.fields.skillId as string).selectOption({ label: 'GAS — Gāzes iekārtas' });
    await save(app, again);
    await expect(again.getByRole('alert')).toContainText('Prasme:');
    await expect(again.getByRole('alert')).toContainText('jau izmanto cits ieraksts');
    await again.getByRole('button', { name: app.t.form.close, exact: true }).click();

    // Search and edit.
    await host.apiValue('tasks.create', { code: 'DIAGNOSTIKA', description: 'Diagnostika', defaultHours: 100 });
    await page.reload();
    await expect(rows(table(page, tl))).toHaveCount(2);
    await searchBox(app).fill('ikgadeja');
    await expect(rows(table(page, tl))).toHaveCount(1);
    await table(page, tl).getByRole('button', { name: 'KATLS-GADA', exact: true }).click();
    const edit = editForm(page, tl, 'code', 'KATLS-GADA');
    await expect(edit).toBeVisible();
    await field(edit, tl.fields.defaultHours as string).fill('2');
    await field(edit, tl.fields.description as string).fill('');
    await save(app, edit);
    await expect(edit.getByRole('alert')).toContainText(`${tl.fields.description}:`);
    await field(edit, tl.fields.description as string).fill('Katla ikgadējā apkope');
    await save(app, edit);
    await expect(notice(app, 'saved')).toBeVisible();
    await expect(rows(table(page, tl))).toContainText('2,00');

    // Deleting the task takes its required skills with it.
    await deleteFrom(app, edit);
    await expect(notice(app, 'deleted')).toHaveText('Dzēsts.');
    await expect(table(page, tl).getByRole('cell', { name: app.t.list.noRows, exact: true })).toBeVisible();
    expect((await host.apiValue('taskSkills.list', { filter: { taskId: 1 } })).total).toBe(0);
  });
});
