import type { Locator, Page } from '@playwright/test';
import { orderHeaderEntity, orderLinesEntity } from '../electron/contract/order-entities';
import { expect, openInNewContext, test, type App, type Host } from './fixtures';
import { EntityPage } from './page-models/entity-page';
import { TEXTS } from './page-models/ui';

/**
 * Editing service orders: one made by hand through the UI (header, an hour and an item line, a
 * refused line, a deleted line) and one made by generation, opened and edited the same way.
 * Master data comes through the API as a script would make it.
 */

async function masterData(host: Host) {
  const customer = await host.apiValue('customers.create', { name: 'SIA Cēsu Ūdens', city: 'Cēsis' });
  // Deletion allowed, so lines can be deleted while the order is in its first stage.
  await host.apiValue('stages.create', { code: 'JAUNS', description: 'Jauns', sortOrder: 10, deletionAllowed: true });
  await host.apiValue('workers.create', { code: 'D001', name: 'Jānis Bērziņš', costPriceCents: 2500, salesPriceCents: 4500 });
  await host.apiValue('items.create', { code: 'FILTRS', description: 'Ūdens filtrs', unit: 'gab', costPriceCents: 1200, salesPriceCents: 2000 });
  return { customerId: customer.id };
}

/** The header form of a saved order ("Order") or of a new one ("New service order"). */
function headerModel(app: App, form: Locator) {
  return new EntityPage(app.ui, app.shell, orderHeaderEntity, form);
}

function linesModel(app: App, page: Page = app.page) {
  return new EntityPage(app.ui, app.shell, orderLinesEntity, page.getByRole('region', { name: app.t.orders.lines, exact: true }));
}

test.describe('Editing service orders', () => {
  test('create an order by hand, add lines, edit the header, a refused line and a deleted line', async ({ app, host }) => {
    await masterData(host);
    await app.firstStart.startEmpty();
    const page = app.page;
    await app.shell.goTo('orders');
    await page.getByRole('button', { name: orderHeaderEntity.labels.en.create, exact: true }).click();

    const newForm = page.getByRole('form', { name: orderHeaderEntity.labels.en.create, exact: true });
    const header = headerModel(app, newForm);
    await header.fillFields(newForm, { description: 'Katls nesilda', customerId: 'SIA Cēsu Ūdens', priority: 'high', preferredDate: '2026-03-10' });
    await header.fillFields(newForm, { serviceAddress: 'Rīgas iela 12', serviceCity: 'Cēsis' });
    await header.save(newForm);

    // The order's own page: manual origin, first stage, and its lines section.
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Service order \S+$/);
    await expect(page.getByText(app.t.orders.originNames.manual, { exact: true })).toBeVisible();
    await expect(page.getByRole('region', { name: 'About this order' }).getByText('JAUNS — Jauns', { exact: true })).toBeVisible();

    // An hour line priced from the worker, and an item line with a price changed by hand.
    const lines = linesModel(app);
    let form = await lines.startNew();
    await lines.fillFields(form, { transactionType: 'hour', description: 'Diagnostika', quantityX100: '2', workerId: 'D001' });
    await lines.save(form);
    await expect(lines.row('Diagnostika')).toContainText('45.00');
    await expect(lines.row('Diagnostika')).toContainText('25.00');
    form = await lines.startNew();
    await lines.fillFields(form, { transactionType: 'item', description: 'Filtra maiņa', itemId: 'FILTRS', quantityX100: '1', salesPriceCents: '22.50' });
    await lines.save(form);
    await expect(lines.row('Filtra maiņa')).toContainText('22.50');
    await expect(lines.row('Filtra maiņa')).toContainText(app.t.form.yes);
    await expect(lines.rows()).toHaveCount(2);

    // A refused line edit names the field; corrected, it saves.
    form = await lines.openRecord('1');
    await lines.fillFields(form, { executionDate: '2026-03-10', startTime: '14:00', endTime: '13:00' });
    await lines.save(form);
    await expect(lines.formError(form)).toContainText('End time: must be later than Start time.');
    await lines.fillFields(form, { endTime: '16:30' });
    await lines.save(form);
    await expect(lines.notice('saved')).toBeVisible();

    // The header is edited in place.
    const editForm = page.getByRole('form', { name: app.t.orders.header, exact: true });
    await header.fillFields(editForm, { description: 'Katls nesilda — pārbaudīts' });
    await header.save(editForm);
    await expect(editForm.getByRole('status')).toContainText(app.t.form.saved);
    await expect(page.getByRole('heading', { level: 2, name: 'Katls nesilda — pārbaudīts', exact: true })).toBeVisible();

    // Delete the item line.
    form = await lines.openRecord('2');
    await lines.delete(form, '2');
    await expect(lines.notice('deleted')).toBeVisible();
    await expect(lines.rows()).toHaveCount(1);

    // The list finds the order by its one-off city.
    await page.getByRole('link', { name: app.t.orders.back, exact: true }).click();
    await page.getByRole('searchbox', { name: app.t.list.search, exact: true }).fill('pārbaudīts');
    await expect(page.getByRole('table', { name: app.t.orders.title, exact: true }).locator('tbody tr')).toHaveCount(1);
  });

  test('a generated order opens and is edited in Latvian', async ({ browser, host }) => {
    const { customerId } = await masterData(host);
    const monthly = await host.apiValue('intervals.create', { code: 'M1', description: 'Reizi mēnesī', unit: 'month', frequency: 1 });
    const agreement = await host.apiValue('agreements.create', { description: 'Ūdens sistēmas apkope', customerId, status: 'active', validFrom: '2026-01-01' });
    await host.apiValue('agreementLines.create', {
      agreementId: agreement.id, transactionType: 'hour', description: 'Sistēmas apkope', quantityX100: 150, intervalId: monthly.id,
    });
    await host.apiValue('system.startEmpty', {});
    const { jobId } = await host.apiValue('generation.start', { scope: {}, from: '2026-04-01', to: '2026-04-30', transactionTypes: ['hour'], dryRun: false });
    await expect.poll(async () => (await host.apiValue('jobs.status', { jobId })).state).toBe('done');

    const { context, page, app } = await openInNewContext(browser, host, { locale: 'lv-LV', lang: 'lv' });
    try {
      const t = TEXTS.lv;
      await app.shell.goTo('orders');
      await page.getByRole('table', { name: t.orders.title, exact: true }).locator('tbody tr').first().getByRole('button').click();
      await expect(page.getByText(t.orders.originNames.generated, { exact: true })).toBeVisible();

      // The generated line keeps its calculated date; its execution time is entered here.
      const lines = linesModel(app, page);
      await expect(lines.row('Sistēmas apkope')).toContainText('2026-04-01');
      const form = await lines.openRecord('1');
      await lines.fillFields(form, { executionDate: '2026-04-02', startTime: '09:00', endTime: '08:00' });
      await lines.save(form);
      await expect(lines.formError(form)).toContainText('Beigu laiks: jābūt vēlākam par Sākuma laiks.');
      await lines.fillFields(form, { endTime: '10:30' });
      await lines.save(form);
      await expect(lines.notice('saved')).toBeVisible();

      const editForm = page.getByRole('form', { name: t.orders.header, exact: true });
      await headerModel(app, editForm).fillFields(editForm, { priority: 'high' });
      await headerModel(app, editForm).save(editForm);
      await expect(editForm.getByRole('status')).toContainText(t.form.saved);
      await expect(page.getByRole('region', { name: t.orders.facts, exact: true }).getByText(t.orders.priorityNames.high, { exact: true })).toBeVisible();
    } finally {
      await context.close();
    }
  });
});
