import { agreementLinesEntity, agreementObjectsEntity, agreementTasksEntity, agreementsEntity } from '../electron/contract/agreements';
import { formatErrorMessage } from '../electron/contract/messages';
import { expect, openInNewContext, test, type App, type Host } from './fixtures';
import { EntityPage } from './page-models/entity-page';

/**
 * Service agreements: header, related objects and tasks, lines with default and typed prices,
 * a refused line, copying an agreement and copying lines. Texts come from the entity definitions
 * and the UI catalogue, so the test reads what people read in either language.
 */

/** The minimum master data an agreement needs, made through the API as a script would. */
async function masterData(host: Host) {
  const riga = await host.apiValue('customers.create', { name: 'Rīgas Siltums', city: 'Rīga' });
  await host.apiValue('sites.create', { customerId: riga.id, code: '01', name: 'Katlumāja', address: 'Brīvības iela 1', city: 'Rīga' });
  await host.apiValue('serviceObjects.create', { code: 'KATLS-1', description: 'Gāzes katls', customerId: riga.id });
  await host.apiValue('serviceObjects.create', { code: 'SUKNIS-1', description: 'Cirkulācijas sūknis', customerId: riga.id });
  await host.apiValue('tasks.create', { code: 'APKOPE', description: 'Ikgadējā apkope', defaultHours: 200, customerText: 'Katla apkope' });
  await host.apiValue('intervals.create', { code: 'M1', description: 'Reizi mēnesī', unit: 'month', frequency: 1 });
  await host.apiValue('categories.create', { code: 'ABON', description: 'Abonēšanas maksa', transactionType: 'fee', costPriceCents: 0, salesPriceCents: 9900 });
  await host.apiValue('workers.create', { code: 'D001', name: 'Jānis Bērziņš', costPriceCents: 2500, salesPriceCents: 4500 });
}

function pages(app: App) {
  const agreements = new EntityPage(app.ui, app.shell, agreementsEntity);
  return {
    agreements,
    objects: agreements.child(agreementObjectsEntity),
    tasks: agreements.child(agreementTasksEntity),
    lines: agreements.child(agreementLinesEntity),
  };
}

/** A success line above the agreement list (copies), as opposed to the form's own "Saved.". */
const pageNotice = (app: App, text: string) => app.page.getByRole('status').filter({ hasText: text });

async function addChild(child: EntityPage, values: Record<string, string>): Promise<void> {
  const form = await child.startNew();
  await child.fillFields(form, values);
  await child.save(form);
  await expect(form).toBeHidden();
}

test.describe('Service agreements', () => {
  test('create an agreement with objects, tasks and priced lines, refuse an unrelated object, edit, copy it and copy lines', async ({ app, host }) => {
    await masterData(host);
    await app.firstStart.startEmpty();
    await app.shell.goTo('agreements');
    const { agreements, objects, tasks, lines } = pages(app);
    await expect(agreements.noRows()).toBeVisible();

    // The header; the number is left empty and comes from the agreement sequence.
    const create = await agreements.startNew();
    await agreements.fillFields(create, { description: 'Katlu apkope 2026', customerId: 'Rīgas Siltums', validFrom: '2026-01-01', validTo: '2026-12-31' });
    await agreements.fillFields(create, { siteId: 'Katlumāja', combineBy: 'object' });
    await agreements.save(create);
    await expect(agreements.notice('saved')).toBeVisible();
    const form = agreements.editForm('L000001');
    await expect(form).toBeVisible();
    await expect(agreements.row('L000001')).toContainText('Rīgas Siltums');
    await expect(agreements.row('L000001')).toContainText(agreements.enumLabel('status', 'draft'));

    // What the agreement covers; the task's texts come along.
    await addChild(objects, { serviceObjectId: 'KATLS-1' });
    await expect(objects.row('KATLS-1')).toBeVisible();
    await addChild(tasks, { taskId: 'APKOPE' });
    await expect(tasks.row('APKOPE')).toBeVisible();

    // An hour line with the worker: prices come from the worker, nothing is marked overridden.
    await addChild(lines, { transactionType: 'hour', description: 'Ikmēneša apkope', workerId: 'Jānis Bērziņš', serviceObjectId: 'KATLS-1', taskId: 'APKOPE', intervalId: 'M1' });
    const hourRow = lines.row('Ikmēneša apkope');
    await expect(hourRow).toContainText('45.00');
    await expect(hourRow).not.toContainText(app.t.form.yes);
    // A fee line with a typed price: kept, and marked as changed by hand.
    await addChild(lines, { transactionType: 'fee', description: 'Abonēšanas maksa', categoryId: 'ABON', salesPriceCents: '80.00' });
    const feeRow = lines.row('Abonēšanas maksa');
    await expect(feeRow).toContainText('80.00');
    await expect(feeRow).toContainText(app.t.form.yes);
    await expect(lines.columnHeader('priceOverridden')).toBeVisible();
    await expect(lines.rows()).toHaveCount(2);

    // A line for an object the agreement does not cover is refused, naming the field.
    const refused = await lines.startNew();
    await lines.fillFields(refused, { transactionType: 'hour', description: 'Sūkņa pārbaude', serviceObjectId: 'SUKNIS-1' });
    await lines.save(refused);
    const message = formatErrorMessage(app.ui.lang, { key: 'invalid_value', scope: 'agreementLine', issues: [{ field: 'serviceObjectId', key: 'object_not_related' }] });
    await expect(lines.formError(refused)).toHaveText(message);
    await expect(lines.field(refused, 'serviceObjectId')).toHaveAttribute('aria-invalid', 'true');
    await lines.close(refused);
    await expect(lines.rows()).toHaveCount(2);

    // Edit the header.
    await agreements.fillFields(form, { description: 'Katlu apkope 2026. gadam', status: 'active' });
    await agreements.save(form);
    // The related objects' and tasks' lists say "Saved." too; the agreement list's comes first.
    await expect(agreements.notice('saved').first()).toBeVisible();
    await expect(agreements.row('L000001')).toContainText('Katlu apkope 2026. gadam');
    await expect(agreements.row('L000001')).toContainText(agreements.enumLabel('status', 'active'));

    // The agreement made in the UI creates its orders: preview, create, open one.
    const g = app.t.generation;
    await form.getByRole('button', { name: g.create, exact: true }).click();
    const generate = app.page.getByRole('dialog', { name: g.title, exact: true });
    await generate.getByLabel(g.from, { exact: true }).fill('2026-03-01');
    await generate.getByLabel(g.to, { exact: true }).fill('2026-05-31');
    await generate.getByRole('button', { name: g.preview, exact: true }).click();
    const planned = generate.getByRole('table', { name: g.plannedOrders, exact: true });
    await expect(planned.locator('tbody tr')).toHaveCount(3);
    await expect(planned.locator('tbody tr').first()).toContainText('Ikmēneša apkope (2026-03-01)');
    expect((await host.apiValue('orders.list', {})).total).toBe(0);
    await generate.getByRole('button', { name: g.run, exact: true }).click();
    const created = generate.getByRole('table', { name: g.createdOrders, exact: true });
    await expect(created.locator('tbody tr')).toHaveCount(3);
    await created.locator('tbody tr').first().getByRole('link').click();
    const orderLines = app.page.getByRole('table', { name: app.t.orders.lines, exact: true });
    await expect(orderLines.locator('tbody tr').first()).toContainText('Ikmēneša apkope');
    await expect(orderLines.locator('tbody tr').first()).toContainText('2026-03-01');
    expect((await host.apiValue('orders.list', {})).total).toBe(3);
    await app.shell.goTo('agreements');
    const reopened = await agreements.openRecord('L000001');
    await expect(reopened).toBeVisible();

    // Copy the agreement: a new draft with the next number and the same lines.
    await form.getByRole('button', { name: app.t.agreements.copy, exact: true }).click();
    await expect(pageNotice(app, 'L000002')).toBeVisible();
    await expect(agreements.row('L000002')).toContainText(agreements.enumLabel('status', 'draft'));
    await agreements.openRecord('L000002');
    await expect(lines.rows()).toHaveCount(2);
    await expect(lines.row('Ikmēneša apkope')).toContainText('45.00');
    await expect(objects.row('KATLS-1')).toBeVisible();

    // Copy one chosen line from the first agreement into a third one.
    const third = await agreements.startNew();
    await agreements.fillFields(third, { description: 'Sūkņu apkope', customerId: 'Rīgas Siltums', validFrom: '2026-03-01' });
    await agreements.save(third);
    const thirdForm = agreements.editForm('L000003');
    await expect(thirdForm).toBeVisible();
    await thirdForm.getByRole('button', { name: app.t.agreements.copyLines, exact: true }).click();
    const dialog = app.page.getByRole('dialog', { name: app.t.agreements.copyLinesTitle.replace('{{number}}', 'L000003') });
    await expect(dialog).toBeVisible();
    const source = dialog.getByRole('combobox', { name: agreements.label('sourceId'), exact: true });
    await source.selectOption({ label: 'L000001 — Katlu apkope 2026. gadam' });
    const lineBoxes = dialog.getByRole('checkbox');
    await expect(lineBoxes).toHaveCount(2);
    await dialog.getByRole('checkbox', { name: '2. Abonēšanas maksa' }).uncheck();
    await dialog.getByRole('button', { name: app.t.agreements.copyNow, exact: true }).click();
    await expect(dialog).toBeHidden();
    await expect(pageNotice(app, 'L000003: 1')).toBeVisible();
    await agreements.openRecord('L000003');
    await expect(lines.rows()).toHaveCount(1);
    await expect(lines.table().getByRole('button', { name: '1', exact: true })).toBeVisible();
    // The line's object came with it as a relation of the target.
    await expect(objects.row('KATLS-1')).toBeVisible();
    await expect(tasks.row('APKOPE')).toBeVisible();
  });

  test('the agreement editor speaks Latvian', async ({ browser, host }) => {
    await masterData(host);
    const customer = (await host.apiValue('customers.list', {})).rows[0];
    const agreement = await host.apiValue('agreements.create', { description: 'Katlu apkope', customerId: customer?.id ?? 0, validFrom: '2026-01-01', status: 'active' });
    await host.apiValue('agreementLines.create', { agreementId: agreement.id, transactionType: 'fee', description: 'Maksa', salesPriceCents: 5000 });
    const { context, app } = await openInNewContext(browser, host, { locale: 'lv-LV', lang: 'lv' });
    try {
      await app.shell.goTo('agreements');
      const { agreements, lines, objects, tasks } = pages(app);
      await expect(agreements.table()).toBeVisible();
      await expect(agreements.row('L000001')).toContainText('Aktīvs');
      const form = await agreements.openRecord('L000001');
      await expect(form).toHaveAccessibleName('Līguma numurs: L000001');
      for (const field of ['customerId', 'validFrom', 'validTo', 'templateGroupId', 'feeCents']) {
        await expect(agreements.field(form, field)).toBeVisible();
      }
      expect(['customerId', 'validFrom', 'validTo', 'templateGroupId', 'feeCents'].map((f) => agreements.label(f))).toEqual([
        'Klients',
        'Derīgs no',
        'Derīgs līdz',
        'Veidņu grupa',
        'Maksa',
      ]);
      await expect(agreements.field(form, 'combineBy')).toContainText('Pēc līguma');
      await expect(form.getByRole('button', { name: 'Kopēt līgumu', exact: true })).toBeVisible();
      await expect(form.getByRole('button', { name: 'Kopēt rindas no…', exact: true })).toBeVisible();
      await expect(lines.table()).toBeVisible();
      await expect(lines.columnHeader('priceOverridden')).toHaveText('Cena mainīta manuāli');
      await expect(lines.row('Maksa')).toContainText('50,00');
      await expect(lines.row('Maksa')).toContainText('Jā');
      await expect(lines.newButton()).toHaveText('Pievienot rindu');
      await expect(objects.newButton()).toHaveText('Pievienot servisa objektu');
      await expect(tasks.newButton()).toHaveText('Pievienot servisa uzdevumu');
    } finally {
      await context.close();
    }
  });
});
