import type { Page } from '@playwright/test';
import { expect, openInNewContext, test, type Host } from './fixtures';

/**
 * Stage and SLA on the order page: walking the stage tree (with a stage that needs a reason), the
 * stage history, and stopping and starting the SLA clock. Master data comes through the API.
 */

async function orderWithStages(host: Host): Promise<number> {
  const root = await host.apiValue('stages.create', { code: 'JAUNS', description: 'Jauns', sortOrder: 10 });
  const planned = await host.apiValue('stages.create', { code: 'PLANOTS', description: 'Plānots', sortOrder: 20, parentId: root.id });
  await host.apiValue('stages.create', { code: 'ATCELTS', description: 'Atcelts', sortOrder: 90, parentId: root.id, reasonRequired: true });
  await host.apiValue('stages.create', { code: 'DARBS', description: 'Darbā', sortOrder: 30, parentId: planned.id });
  await host.apiValue('reasonCodes.create', { code: 'KLIENTS', description: 'Klienta lūgums' });
  const sla = await host.apiValue('slas.create', {
    code: 'SLA8', description: 'Astoņas stundas', responseHighMinutes: 60, resolutionHighMinutes: 480,
    responseNormalMinutes: 60, resolutionNormalMinutes: 480, responseLowMinutes: 60, resolutionLowMinutes: 480,
  });
  const { version, updatedAt: _at, updatedBy: _by, ...params } = await host.apiValue('parameters.get', {});
  await host.apiValue('parameters.update', { ...params, allowOrdersWithoutAgreement: true, version });
  const customer = await host.apiValue('customers.create', { name: 'SIA Cēsu Ūdens', city: 'Cēsis' });
  const order = await host.apiValue('orders.create', { description: 'Katls nesilda', customerId: customer.id, slaId: sla.id });
  return order.id;
}

async function openOrder(page: Page, id: number): Promise<void> {
  await page.evaluate((orderId) => {
    window.location.hash = `#/orders/${orderId}`;
  }, id);
}

test.describe('Order stage and SLA', () => {
  test('walk the stages with a reason, see the history, stop and start the SLA clock', async ({ app, host }) => {
    const orderId = await orderWithStages(host);
    await app.firstStart.startEmpty();
    const page = app.page;
    await openOrder(page, orderId);
    const section = page.getByRole('region', { name: 'Stage and SLA', exact: true });
    await expect(section.getByText('JAUNS — Jauns', { exact: true })).toBeVisible();
    await expect(section.getByText('The stage has not been changed yet.')).toBeVisible();

    // Next offers both children; the cancelled stage needs a reason.
    await section.getByRole('button', { name: 'Next stage', exact: true }).click();
    let form = section.getByRole('form', { name: 'Move to the next stage' });
    await form.getByLabel('New stage').selectOption({ label: 'ATCELTS — Atcelts' });
    await form.getByRole('button', { name: 'Change stage', exact: true }).click();
    await expect(form.getByRole('alert').or(form.locator('.notice-error'))).toContainText('Reason: the stage "ATCELTS" requires a reason code.');
    await form.getByRole('combobox', { name: 'Reason', exact: true }).selectOption({ label: 'KLIENTS — Klienta lūgums' });
    await form.getByLabel('Note').fill('Klients atteicās');
    await form.getByRole('button', { name: 'Change stage', exact: true }).click();
    await expect(section.getByText('ATCELTS — Atcelts', { exact: true }).first()).toBeVisible();

    // Back to the first stage, then on to the planned one.
    await section.getByRole('button', { name: 'Previous stage', exact: true }).click();
    form = section.getByRole('form', { name: 'Move back to the previous stage' });
    await form.getByRole('button', { name: 'Change stage', exact: true }).click();
    await expect(section.getByRole('button', { name: 'Previous stage', exact: true })).toBeDisabled();
    await section.getByRole('button', { name: 'Next stage', exact: true }).click();
    form = section.getByRole('form', { name: 'Move to the next stage' });
    await form.getByLabel('New stage').selectOption({ label: 'PLANOTS — Plānots' });
    await form.getByRole('button', { name: 'Change stage', exact: true }).click();
    await expect(section.getByRole('button', { name: 'Previous stage', exact: true })).toBeEnabled();

    const history = section.getByRole('table', { name: 'Stage history' });
    await expect(history.locator('tbody tr')).toHaveCount(3);
    await expect(history.locator('tbody tr').nth(0)).toContainText('KLIENTS — Klienta lūgums');
    await expect(history.locator('tbody tr').nth(0)).toContainText('Klients atteicās');
    await expect(history.locator('tbody tr').nth(2)).toContainText('PLANOTS — Plānots');

    // The SLA clock runs from the order's creation; stop it, then start it again.
    const clock = section.getByRole('group', { name: 'SLA clock' });
    await expect(clock).toContainText('8 h 00 min');
    await expect(clock).toContainText('Running');
    await clock.getByRole('button', { name: 'Stop clock', exact: true }).click();
    const stop = clock.getByRole('form', { name: 'Stop the SLA clock' });
    await expect(stop.getByLabel('Date and time')).not.toHaveValue('');
    await stop.getByRole('button', { name: 'Stop', exact: true }).click();
    await expect(clock).toContainText('Stopped');
    await clock.getByRole('button', { name: 'Start clock', exact: true }).click();
    await clock.getByRole('form', { name: 'Start the SLA clock' }).getByRole('button', { name: 'Start', exact: true }).click();
    await expect(clock).toContainText('Running');
    await expect(clock.getByRole('button', { name: 'Stop clock', exact: true })).toBeVisible();
  });

  test('the section speaks Latvian', async ({ browser, host }) => {
    const orderId = await orderWithStages(host);
    const { context, app } = await openInNewContext(browser, host, { locale: 'lv-LV', lang: 'lv' });
    try {
      await openOrder(app.page, orderId);
      const section = app.page.getByRole('region', { name: 'Stadija un SLA', exact: true });
      await expect(section.getByRole('button', { name: 'Nākamā stadija', exact: true })).toBeEnabled();
      await expect(section.getByRole('group', { name: 'SLA pulkstenis' })).toContainText('Darbojas');
      await expect(section.getByRole('button', { name: 'Apturēt pulksteni', exact: true })).toBeVisible();
    } finally {
      await context.close();
    }
  });
});
