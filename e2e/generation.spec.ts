import type { Locator, Page } from '@playwright/test';
import { agreementsEntity } from '../electron/contract/agreements';
import { expect, openInNewContext, test, type App, type Host } from './fixtures';
import { EntityPage } from './page-models/entity-page';
import { TEXTS, fill, type Lang } from './page-models/ui';

/**
 * Creating service orders from an agreement: preview, create, open a created order, and a second
 * run that creates nothing. The agreement is made through the API as a script would; everything
 * about generation goes through the UI.
 */

/** A monthly hour line and a yearly fee from May; 1 May 2026 is a holiday in the agreement's calendar. */
async function agreementWithLines(host: Host) {
  const customer = await host.apiValue('customers.create', { name: 'SIA Rīgas Siltums', city: 'Rīga' });
  await host.apiValue('stages.create', { code: 'JAUNS', description: 'Jauns', sortOrder: 10 });
  const monthly = await host.apiValue('intervals.create', { code: 'M1', description: 'Reizi mēnesī', unit: 'month', frequency: 1 });
  const yearly = await host.apiValue('intervals.create', { code: 'Y1', description: 'Reizi gadā', unit: 'year', frequency: 1 });
  const calendar = await host.apiValue('calendars.create', { code: 'DARBA', description: 'Darba dienas', timeZone: 'Europe/Riga' });
  for (const weekday of ['mon', 'tue', 'wed', 'thu', 'fri'] as const) {
    await host.apiValue('calendarHours.create', { calendarId: calendar.id, weekday, openTime: '08:00', closeTime: '17:00' });
  }
  await host.apiValue('calendarDays.create', { calendarId: calendar.id, date: '2026-05-01', kind: 'holiday', description: 'Darba svētki' });
  const agreement = await host.apiValue('agreements.create', {
    description: 'Katlu mājas apkope', customerId: customer.id, status: 'active', validFrom: '2026-01-01', calendarId: calendar.id,
  });
  await host.apiValue('agreementLines.create', {
    agreementId: agreement.id, transactionType: 'hour', description: 'Katla apkope', quantityX100: 200, intervalId: monthly.id,
  });
  await host.apiValue('agreementLines.create', {
    agreementId: agreement.id, transactionType: 'fee', description: 'Gada maksa', quantityX100: 100, intervalId: yearly.id, validFrom: '2026-05-01',
  });
  return { number: String(agreement.number) };
}

/** The generation dialog of one agreement, opened from the agreement's form. */
async function openDialog(app: App, number: string): Promise<Locator> {
  const t = app.t.generation;
  await app.shell.goTo('agreements');
  const agreements = new EntityPage(app.ui, app.shell, agreementsEntity);
  const form = await agreements.openRecord(number);
  await form.getByRole('button', { name: t.create, exact: true }).click();
  const dialog = app.page.getByRole('dialog', { name: t.title, exact: true });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel(t.from, { exact: true }).fill('2026-04-01');
  await dialog.getByLabel(t.to, { exact: true }).fill('2026-06-30');
  return dialog;
}

function resultTable(scope: Locator | Page, lang: Lang, created: boolean): Locator {
  const t = TEXTS[lang].generation;
  return scope.getByRole('table', { name: created ? t.createdOrders : t.plannedOrders, exact: true });
}

const dataRows = (table: Locator) => table.locator('tbody tr');

test.describe('Creating service orders from an agreement', () => {
  test('preview, create, open a created order, and a second run creates nothing', async ({ app, host }) => {
    const { number } = await agreementWithLines(host);
    await app.firstStart.startEmpty();
    const t = app.t.generation;

    // A refusal names the field, and nothing starts.
    let dialog = await openDialog(app, number);
    await dialog.getByLabel(t.to, { exact: true }).fill('2026-03-01');
    await dialog.getByRole('button', { name: t.preview, exact: true }).click();
    await expect(dialog.getByRole('alert')).toContainText(`${t.to}: must not be before ${t.from}.`);
    await dialog.getByLabel(t.to, { exact: true }).fill('2026-06-30');

    // Preview: what would be created, nothing saved.
    await dialog.getByRole('button', { name: t.preview, exact: true }).click();
    await expect(dialog.getByRole('status').filter({ hasText: fill(t.previewSummary, { orders: 3, lines: 4, agreements: 1 }) })).toBeVisible();
    const planned = resultTable(dialog, 'en', false);
    await expect(dataRows(planned)).toHaveCount(3);
    await expect(dataRows(planned).nth(0)).toContainText('2026-04-01');
    await expect(dataRows(planned).nth(1)).toContainText('Katla apkope (2026-05-01)');
    await expect(dataRows(planned).nth(1)).toContainText('Gada maksa (2026-05-01)');
    await expect(dataRows(planned).nth(1)).toContainText(t.closedDay);
    await expect(dataRows(planned).nth(2)).toContainText('2026-06-01');
    expect((await host.apiValue('orders.list', {})).total).toBe(0);

    // Create: the summary lists the created orders with links.
    await dialog.getByRole('button', { name: t.run, exact: true }).click();
    await expect(dialog.getByRole('status').filter({ hasText: fill(t.runSummary, { orders: 3, lines: 4, agreements: 1 }) })).toBeVisible();
    const created = resultTable(dialog, 'en', true);
    await expect(dataRows(created)).toHaveCount(3);
    const may = dataRows(created).nth(1).getByRole('link');
    const orderNumber = (await may.textContent()) ?? '';
    expect(orderNumber).not.toBe('');
    await may.click();

    // The order view: header, the closed-day warning, and the lines with their calculated dates.
    await expect(app.page.getByRole('heading', { level: 1 })).toHaveText(fill(app.t.orders.view, { number: orderNumber }));
    await expect(app.page.getByRole('alert')).toContainText(app.t.orders.conflictWarning);
    await expect(app.page.getByText(`${number} — Katlu mājas apkope`)).toBeVisible();
    const lines = app.page.getByRole('table', { name: app.t.orders.lines, exact: true });
    await expect(dataRows(lines)).toHaveCount(2);
    await expect(dataRows(lines).nth(0)).toContainText('Katla apkope');
    await expect(dataRows(lines).nth(0)).toContainText('2026-05-01');
    await expect(dataRows(lines).nth(1)).toContainText('Gada maksa');
    await expect(dataRows(lines).nth(1)).toContainText('2026-05-01');

    // The list has all three, and finds one by its number.
    await app.shell.goTo('orders');
    const list = app.page.getByRole('table', { name: app.t.orders.title, exact: true });
    await expect(dataRows(list)).toHaveCount(3);
    await app.page.getByRole('searchbox', { name: app.t.list.search, exact: true }).fill(orderNumber);
    await expect(dataRows(list)).toHaveCount(1);
    await expect(dataRows(list).first()).toContainText('SIA Rīgas Siltums');

    // The same period again creates nothing.
    dialog = await openDialog(app, number);
    await dialog.getByRole('button', { name: t.run, exact: true }).click();
    await expect(dialog.getByRole('status').filter({ hasText: t.nothingDue })).toBeVisible();
    expect((await host.apiValue('orders.list', {})).total).toBe(3);
  });

  test('the order list, an order and the dialog in Latvian', async ({ browser, host }) => {
    const { number } = await agreementWithLines(host);
    await host.apiValue('system.startEmpty', {});
    const { jobId } = await host.apiValue('generation.start', {
      scope: {}, from: '2026-04-01', to: '2026-04-30', transactionTypes: ['hour', 'fee'],
    });
    await expect.poll(async () => (await host.apiValue('jobs.status', { jobId })).state).toBe('done');
    const { context, page, app } = await openInNewContext(browser, host, { locale: 'lv-LV', lang: 'lv' });
    try {
      const t = TEXTS.lv;
      await app.shell.goTo('orders');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.orders.title);
      const list = page.getByRole('table', { name: t.orders.title, exact: true });
      await expect(list.getByRole('columnheader')).toContainText([t.orders.number, t.orders.serviceDate, t.orders.customer]);
      await expect(dataRows(list)).toHaveCount(1);
      await expect(dataRows(list).first()).toContainText(t.orders.progressNames.in_process);
      await dataRows(list).first().getByRole('button').click();
      await expect(page.getByRole('heading', { level: 2, name: t.orders.lines, exact: true })).toBeVisible();
      await expect(page.getByText(t.orders.originNames.generated, { exact: true })).toBeVisible();

      // The batch dialog from the list, in Latvian, previewing the next month.
      await page.getByRole('link', { name: t.orders.back, exact: true }).click();
      await page.getByRole('button', { name: t.generation.createMany, exact: true }).click();
      const dialog = page.getByRole('dialog', { name: t.generation.titleMany, exact: true });
      await dialog.getByLabel(t.generation.from, { exact: true }).fill('2026-05-01');
      await dialog.getByLabel(t.generation.to, { exact: true }).fill('2026-05-31');
      await dialog.getByRole('button', { name: t.generation.preview, exact: true }).click();
      await expect(dialog.getByRole('status').filter({ hasText: fill(t.generation.previewSummary, { orders: 1, lines: 2, agreements: 1 }) })).toBeVisible();
      await expect(dataRows(resultTable(dialog, 'lv', false))).toContainText([number]);
    } finally {
      await context.close();
    }
  });
});
