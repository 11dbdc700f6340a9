import { expect, test, type Host } from './fixtures';

/**
 * The order list filtered by stage and technician, and lines moved from one generated order to
 * another of the same agreement through the "Move lines…" dialog. Master data and orders come
 * through the API as a script would make them.
 */

async function world(host: Host) {
  const customer = await host.apiValue('customers.create', { name: 'SIA Cēsu Ūdens', city: 'Cēsis' });
  const root = await host.apiValue('stages.create', { code: 'JAUNS', description: 'Jauns', sortOrder: 10 });
  const planned = await host.apiValue('stages.create', { code: 'PLANOTS', description: 'Plānots', sortOrder: 20, parentId: root.id });
  await host.apiValue('workers.create', { code: 'D001', name: 'Jānis Bērziņš', costPriceCents: 2500, salesPriceCents: 4500 });
  const other = await host.apiValue('workers.create', { code: 'D002', name: 'Pēteris Ozols', costPriceCents: 2500, salesPriceCents: 4500 });
  const monthly = await host.apiValue('intervals.create', { code: 'M1', description: 'Reizi mēnesī', unit: 'month', frequency: 1 });
  const agreement = await host.apiValue('agreements.create', { description: 'Ūdens sistēmas apkope', customerId: customer.id, status: 'active', validFrom: '2026-01-01' });
  await host.apiValue('agreementLines.create', {
    agreementId: agreement.id, transactionType: 'hour', description: 'Sistēmas apkope', quantityX100: 150, intervalId: monthly.id,
  });
  // A manual order of the same agreement for the other technician, moved on to the next stage.
  const manual = await host.apiValue('orders.create', {
    description: 'Sūkņa remonts', customerId: customer.id, agreementId: agreement.id, preferredWorkerId: other.id, preferredDate: '2026-06-15',
  });
  await host.apiValue('orders.changeStage', { orderId: manual.id, version: manual.version, toStageId: planned.id });
  await host.apiValue('system.startEmpty', {});
  const { jobId } = await host.apiValue('generation.start', { scope: {}, from: '2026-04-01', to: '2026-05-31', transactionTypes: ['hour'], dryRun: false });
  await expect.poll(async () => (await host.apiValue('jobs.status', { jobId })).state).toBe('done');
}

test.describe('Order list filters and moving lines', () => {
  test('filter by stage and technician; move a generated line to the next generated order', async ({ app, host }) => {
    await world(host);
    const page = app.page;
    const t = app.t.orderMove;
    // The database was started through the API after the page opened: load the app again.
    await page.reload();
    await app.shell.goTo('orders');
    const rows = page.getByRole('table', { name: app.t.orders.title, exact: true }).locator('tbody tr');
    await expect(rows).toHaveCount(3);

    const stage = page.getByRole('combobox', { name: t.stage, exact: true });
    await stage.selectOption({ label: 'PLANOTS — Plānots' });
    await expect(rows).toHaveCount(1);
    await expect(rows.first()).toContainText('Sūkņa remonts');
    await stage.selectOption({ label: 'JAUNS — Jauns' });
    await expect(rows).toHaveCount(2);
    await stage.selectOption('');

    const technician = page.getByRole('combobox', { name: t.technician, exact: true });
    await technician.selectOption({ label: 'D002 — Pēteris Ozols' });
    await expect(rows).toHaveCount(1);
    await expect(rows.first()).toContainText('Sūkņa remonts');
    await page.getByRole('combobox', { name: t.workerMatch, exact: true }).selectOption({ label: t.workerMatchNames.assigned });
    // Nobody assigned D002: the order only names him as preferred.
    await expect(rows).toHaveText([app.t.list.noRows]);
    await page.getByRole('combobox', { name: t.workerMatch, exact: true }).selectOption({ label: t.workerMatchNames.either });
    await technician.selectOption('');
    await expect(rows).toHaveCount(3);

    // The April order: move its line to the May order of the same agreement.
    await rows.filter({ hasText: '2026-04-01' }).getByRole('button').first().click();
    await page.getByRole('button', { name: t.button, exact: true }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('checkbox', { name: '1. Sistēmas apkope' }).check();
    const target = dialog.getByRole('combobox', { name: t.target, exact: true });
    const may = await target.locator('option', { hasText: '2026-05-01' }).getAttribute('value');
    await target.selectOption(may ?? '');
    await dialog.getByRole('button', { name: t.move, exact: true }).click();
    await expect(dialog).toBeHidden();

    const lines = page.getByRole('region', { name: app.t.orders.lines, exact: true });
    await expect(lines.getByText('Sistēmas apkope')).toHaveCount(0);
    await expect(page.getByRole('region', { name: app.t.orders.facts, exact: true }).getByText('0.00', { exact: true })).toBeVisible();

    // The May order now has both lines, numbered 1 and 2.
    await app.shell.goTo('orders');
    await rows.filter({ hasText: '2026-05-01' }).getByRole('button').first().click();
    await expect(lines.getByRole('row', { name: /Sistēmas apkope/ })).toHaveCount(2);
    await expect(page.getByRole('region', { name: app.t.orders.facts, exact: true }).getByText('3.00', { exact: true })).toBeVisible();
  });
});
