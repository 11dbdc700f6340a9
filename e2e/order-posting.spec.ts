import type { Page } from '@playwright/test';
import { orderLinesEntity } from '../electron/contract/order-entities';
import { expect, openInNewContext, test, type App, type Host } from './fixtures';
import { EntityPage } from './page-models/entity-page';
import { TEXTS } from './page-models/ui';

/**
 * Posting service orders: one order posted through its page (then read-only, then one transaction
 * reversed), and a period posted from the batch page in Latvian. The root stage allows posting,
 * so orders made through the API can be posted at once.
 */

async function orderWithLines(host: Host, customerId: number, description: string, preferredDate: string): Promise<number> {
  const order = await host.apiValue('orders.create', { description, customerId, preferredDate });
  for (const [n, text] of ['Diagnostika', 'Remonts'].entries()) {
    await host.apiValue('orderLines.create', {
      orderId: order.id, transactionType: 'hour', description: text, quantityX100: 150 + n * 50, costPriceCents: 2000, salesPriceCents: 4000,
    });
  }
  return order.id;
}

async function masterData(host: Host) {
  const customer = await host.apiValue('customers.create', { name: 'SIA Cēsu Ūdens', city: 'Cēsis' });
  await host.apiValue('stages.create', { code: 'PABEIGTS', description: 'Pabeigts', sortOrder: 10, postingAllowed: true });
  return customer.id;
}

async function openOrder(app: App, page: Page, description: string) {
  await app.shell.goTo('orders');
  await page.getByRole('table', { name: app.t.orders.title, exact: true }).locator('tbody tr').filter({ hasText: description }).getByRole('button').first().click();
}

test.describe('Posting service orders', () => {
  test('post an order from its page, its lines become read-only, reverse one transaction', async ({ app, host }) => {
    const customerId = await masterData(host);
    await orderWithLines(host, customerId, 'Katla apkope', '2026-03-10');
    await app.firstStart.startEmpty();
    const page = app.page;
    const t = app.t;
    await openOrder(app, page, 'Katla apkope');

    const posting = page.getByRole('region', { name: t.posting.title, exact: true });
    await posting.getByLabel(t.posting.postingDate).fill('2026-03-10');
    await posting.getByRole('button', { name: t.posting.postAll }).click();
    await expect(posting.getByRole('status')).toHaveText('Lines posted: 2.');
    const facts = page.getByRole('region', { name: t.orders.facts, exact: true });
    await expect(facts.getByText(t.orders.progressNames.posted, { exact: true })).toBeVisible();
    const journal = posting.getByRole('table', { name: t.posting.journal });
    await expect(journal.locator('tbody tr')).toHaveCount(2);
    await expect(journal.locator('tbody tr').first()).toContainText('60.00'); // 1.5 h × 40.00

    // A posted line can no longer be changed.
    const lines = new EntityPage(app.ui, app.shell, orderLinesEntity, page.getByRole('region', { name: t.orders.lines, exact: true }));
    const form = await lines.openRecord('1');
    await lines.fillFields(form, { description: 'Labota diagnostika' });
    await lines.save(form);
    await expect(lines.formError(form)).toContainText('line 1 is posted, so it can no longer be changed');

    await posting.getByRole('button', { name: 'Reverse line 1' }).click();
    await expect(posting.getByRole('status')).toHaveText(t.posting.reversed);
    await expect(facts.getByText(t.orders.progressNames.in_process, { exact: true })).toBeVisible();
    await expect(journal.locator('tbody tr')).toHaveCount(3);
    await expect(journal.locator('tbody tr').nth(2)).toContainText('-60.00');
    await expect(journal.getByText(t.posting.isReversal, { exact: true })).toBeVisible();
    await expect(posting.getByRole('button', { name: 'Reverse line 1' })).toHaveCount(0);
    await expect(posting.getByRole('checkbox', { name: 'Choose line 1' })).toBeVisible();
  });

  test('batch posting of a period from the service orders page, in Latvian', async ({ browser, host }) => {
    const customerId = await masterData(host);
    await orderWithLines(host, customerId, 'Marta apkope', '2026-03-12');
    await orderWithLines(host, customerId, 'Aprīļa apkope', '2026-04-12');
    await host.apiValue('system.startEmpty', {});
    const { context, page, app } = await openInNewContext(browser, host, { locale: 'lv-LV', lang: 'lv' });
    try {
      const t = TEXTS.lv;
      await app.shell.goTo('orders');
      await page.getByRole('button', { name: t.posting.batchButton }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.posting.batchTitle);
      await page.getByLabel(t.posting.from).fill('2026-03-01');
      await page.getByLabel(t.posting.to).fill('2026-03-31');
      await page.getByLabel(t.posting.postingDate).fill('2026-03-31');
      await page.getByRole('button', { name: t.posting.start, exact: true }).click();
      const summary = page.getByRole('region', { name: t.posting.summary });
      await expect(summary).toContainText('Grāmatoti 1 no 1 pasūtījumiem (2 rindas).');
      await expect(summary).toContainText('Izlaisti, jo stadija neļauj grāmatot: 0');
      await summary.getByRole('table', { name: t.posting.postedOrders }).getByRole('link').click();
      await expect(page.getByRole('region', { name: t.orders.facts, exact: true }).getByText(t.orders.progressNames.posted, { exact: true })).toBeVisible();
      await expect(page.getByRole('region', { name: t.posting.title, exact: true })).toContainText(t.posting.nothingOpen);
    } finally {
      await context.close();
    }
  });
});
