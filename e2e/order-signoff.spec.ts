import type { Page } from '@playwright/test';
import { expect, openInNewContext, test, type App, type Host } from './fixtures';
import { TEXTS } from './page-models/ui';

/**
 * Sign-off on the order page: a signature drawn with the mouse signs the order and is shown
 * again; an order is cancelled and the cancellation revoked; an order is deleted; a blank
 * signature is refused in Latvian. Master data and the orders come through the API.
 */

async function orderWithLines(host: Host, description = 'Katls nesilda') {
  const customer = await host.apiValue('customers.create', { name: 'SIA Cēsu Ūdens', city: 'Cēsis' });
  // The first stage allows cancelling (the default) and deleting.
  const stages = await host.apiValue('stages.list', {});
  if (stages.total === 0) await host.apiValue('stages.create', { code: 'JAUNS', description: 'Jauns', sortOrder: 10, deletionAllowed: true });
  const order = await host.apiValue('orders.create', { description, customerId: customer.id });
  for (const line of ['Diagnostika', 'Remonts']) {
    await host.apiValue('orderLines.create', { orderId: order.id, transactionType: 'fee', description: line, quantityX100: 100, salesPriceCents: 5000 });
  }
  return order;
}

async function openOrder(page: Page, id: number) {
  await page.evaluate((orderId) => {
    window.location.hash = `#/orders/${orderId}`;
  }, id);
}

function section(app: App, page: Page = app.page) {
  return page.getByRole('region', { name: app.t.signOff.title, exact: true });
}

/** Draws a zigzag on the pad with the mouse, as a person signs. */
async function drawSignature(page: Page, app: App) {
  const pad = section(app, page).getByRole('application', { name: app.t.signOff.pad, exact: true });
  // Mouse coordinates are the viewport's, so the pad must be on screen first.
  await pad.scrollIntoViewIfNeeded();
  const box = await pad.boundingBox();
  if (!box) throw new Error('The signature pad is not visible');
  await page.mouse.move(box.x + 20, box.y + box.height / 2);
  await page.mouse.down();
  for (let i = 1; i <= 8; i++) await page.mouse.move(box.x + 20 + i * 30, box.y + box.height / 2 + (i % 2 === 0 ? -25 : 25), { steps: 3 });
  await page.mouse.up();
}

test.describe('Order sign-off, cancel and delete', () => {
  test('sign the order with a drawn signature and see it shown', async ({ app, host }) => {
    const order = await orderWithLines(host);
    await app.firstStart.startEmpty();
    const page = app.page;
    await openOrder(page, order.id);
    const signOff = section(app);
    await expect(signOff.getByText(app.t.signOff.none, { exact: true })).toBeVisible();

    await signOff.getByLabel(app.t.signOff.signer, { exact: true }).fill('Jānis Kalniņš');
    await drawSignature(page, app);
    await expect(signOff.getByText(app.t.signOff.strokes.replace('{{count}}', '1'))).toBeVisible();
    await signOff.getByRole('button', { name: app.t.signOff.sign, exact: true }).click();

    await expect(signOff.getByRole('status')).toContainText(app.t.signOff.signed);
    const shown = signOff.getByRole('img', { name: app.t.signOff.imageAlt.replace('{{name}}', 'Jānis Kalniņš'), exact: true });
    await expect(shown).toBeVisible();
    await expect(shown).toHaveAttribute('src', /^data:image\/png;base64,/);
    await expect(signOff.getByRole('list', { name: app.t.signOff.signatures })).toContainText('lines 1, 2');
    // The order and both lines are signed: nothing is left to sign.
    await expect(signOff.getByRole('form', { name: app.t.signOff.newSignature })).toBeHidden();
    const stored = await host.apiValue('orders.signatures', { orderId: order.id });
    expect(stored.signatureId).not.toBeNull();
    expect(stored.lines.every((l) => l.signatureId === stored.signatureId)).toBe(true);
  });

  test('cancel an order, revoke the cancellation, then delete it', async ({ app, host }) => {
    const order = await orderWithLines(host);
    await app.firstStart.startEmpty();
    const page = app.page;
    await openOrder(page, order.id);
    const signOff = section(app);
    const facts = page.getByRole('region', { name: app.t.orders.facts, exact: true });

    // Cancelling asks first; "keep" leaves the order as it was.
    await signOff.getByRole('button', { name: app.t.signOff.cancelOrder, exact: true }).click();
    await signOff.getByRole('button', { name: app.t.signOff.keep, exact: true }).click();
    await expect(facts.getByText(app.t.orders.progressNames.in_process, { exact: true })).toBeVisible();

    await signOff.getByRole('button', { name: app.t.signOff.cancelOrder, exact: true }).click();
    const confirm = signOff.getByRole('alertdialog', { name: app.t.signOff.cancelOrder });
    await confirm.getByLabel(app.t.signOff.cancelNote).fill('Klients atteicās');
    await confirm.getByRole('button', { name: app.t.signOff.confirm, exact: true }).click();
    await expect(facts.getByText(app.t.orders.progressNames.cancelled, { exact: true })).toBeVisible();
    expect((await host.apiValue('orders.get', { id: order.id })).lines.map((l) => l.status)).toEqual(['cancelled', 'cancelled']);

    await signOff.getByRole('button', { name: app.t.signOff.revokeCancel, exact: true }).click();
    await expect(facts.getByText(app.t.orders.progressNames.in_process, { exact: true })).toBeVisible();
    expect((await host.apiValue('orders.get', { id: order.id })).lines.map((l) => l.status)).toEqual(['created', 'created']);

    await signOff.getByRole('button', { name: app.t.signOff.deleteOrder, exact: true }).click();
    await signOff.getByRole('alertdialog').getByRole('button', { name: app.t.signOff.confirm, exact: true }).click();
    await expect(page.getByRole('table', { name: app.t.orders.title, exact: true })).toBeVisible();
    expect((await host.api('orders.get', { id: order.id })).ok).toBe(false);
  });

  test('in Latvian: a blank signature is refused naming the signature', async ({ browser, host }) => {
    const order = await orderWithLines(host, 'Ūdens filtra maiņa');
    await host.apiValue('system.startEmpty', {});
    const { context, page } = await openInNewContext(browser, host, { locale: 'lv-LV', lang: 'lv' });
    try {
      const t = TEXTS.lv;
      await openOrder(page, order.id);
      const signOff = page.getByRole('region', { name: t.signOff.title, exact: true });
      await signOff.getByLabel(t.signOff.signer, { exact: true }).fill('Anna Ozola');
      await signOff.getByRole('button', { name: t.signOff.sign, exact: true }).click();
      await expect(signOff.getByRole('alert')).toHaveText('Paraksts: paraksts ir tukšs; vispirms uzzīmējiet to laukumā.');
      await expect(signOff.getByRole('button', { name: 'Atcelt pasūtījumu', exact: true })).toBeVisible();
    } finally {
      await context.close();
    }
  });
});
