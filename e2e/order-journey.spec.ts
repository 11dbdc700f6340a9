import type { Page } from '@playwright/test';
import { orderHeaderEntity, orderLinesEntity } from '../electron/contract/order-entities';
import { repairLinesEntity } from '../electron/contract/repair-lines';
import { requestsEntity } from '../electron/contract/requests';
import { expect, test, type App, type Host } from './fixtures';
import { EntityPage } from './page-models/entity-page';
import { fill } from './page-models/ui';

/**
 * The whole journey of a customer's request, through the UI as a person would take it: intake,
 * conversion into a service order, an hour line and a repair line, the stages walked to one that
 * allows posting, a drawn signature, posting, and the order then posted and read-only. Only the
 * master data comes through the API.
 */

async function masterData(host: Host) {
  const customer = await host.apiValue('customers.create', { name: 'Rīgas Siltums', city: 'Rīga' });
  await host.apiValue('sites.create', { customerId: customer.id, code: '01', name: 'Katlumāja', address: 'Brīvības iela 1', city: 'Rīga' });
  await host.apiValue('serviceObjects.create', { code: 'KATLS-1', description: 'Gāzes katls', customerId: customer.id });
  await host.apiValue('workers.create', { code: 'D001', name: 'Jānis Bērziņš', costPriceCents: 2500, salesPriceCents: 4500 });

  // The stage tree: JAUNS (root) -> PROCESA -> PABEIGTS, the last one allowing posting.
  const root = await host.apiValue('stages.create', { code: 'JAUNS', description: 'Jauns', sortOrder: 10 });
  const inProcess = await host.apiValue('stages.create', { code: 'PROCESA', description: 'Procesā', sortOrder: 20, parentId: root.id });
  await host.apiValue('stages.create', {
    code: 'PABEIGTS', description: 'Pabeigts', sortOrder: 30, parentId: inProcess.id, postingAllowed: true, reasonRequired: false,
  });
  await host.apiValue('reasonCodes.create', { code: 'KLIENTS', description: 'Klienta lūgums' });

  // Repair codes.
  await host.apiValue('conditions.create', { code: 'DIKSTAVE', description: 'Pēc ilgas dīkstāves' });
  const heating = await host.apiValue('symptomAreas.create', { code: 'APKURE', description: 'Apkure' });
  await host.apiValue('symptomCodes.create', { symptomAreaId: heating.id, code: 'NESILDA', description: 'Nesilda' });
  const burner = await host.apiValue('diagnosisAreas.create', { code: 'DEGLIS', description: 'Deglis' });
  await host.apiValue('diagnosisCodes.create', { diagnosisAreaId: burner.id, code: 'SPRAUSLA', description: 'Nomainīta sprausla' });
  await host.apiValue('resolutions.create', { code: 'SALABOTS', description: 'Salabots' });
  await host.apiValue('repairStages.create', { code: 'REM-BEIGTS', description: 'Remonts pabeigts', finished: true });

  await host.apiValue('slas.create', {
    code: 'SLA8', description: 'Astoņas stundas', responseHighMinutes: 60, resolutionHighMinutes: 480,
    responseNormalMinutes: 60, resolutionNormalMinutes: 480, responseLowMinutes: 60, resolutionLowMinutes: 480,
  });

  // VAT: a tax group with a rate, carried by the hour category.
  const vat = await host.apiValue('taxGroups.create', { code: 'PVN21', description: 'PVN 21 %' });
  await host.apiValue('taxRates.create', { taxGroupId: vat.id, ratePercent: 2100, validFrom: '2020-01-01' });
  await host.apiValue('categories.create', {
    code: 'DARBS', description: 'Darba stundas', transactionType: 'hour', unit: 'h', costPriceCents: 2000, salesPriceCents: 4000, taxGroupId: vat.id,
  });
}

const lineStatus = { created: 'Created', posted: 'Posted', ...orderLinesEntity.labels.en.enums?.lineStatus };

/** Draws a zigzag on the pad with the mouse, as a person signs. */
async function drawSignature(page: Page, app: App) {
  const signOff = page.getByRole('region', { name: app.t.signOff.title, exact: true });
  const pad = signOff.getByRole('application', { name: app.t.signOff.pad, exact: true });
  await pad.scrollIntoViewIfNeeded();
  const box = await pad.boundingBox();
  if (!box) throw new Error('The signature pad is not visible');
  await page.mouse.move(box.x + 20, box.y + box.height / 2);
  await page.mouse.down();
  for (let i = 1; i <= 8; i++) await page.mouse.move(box.x + 20 + i * 30, box.y + box.height / 2 + (i % 2 === 0 ? -25 : 25), { steps: 3 });
  await page.mouse.up();
}

test.describe('A request all the way to a posted order', () => {
  test('take a request, convert it, add lines and a repair line, walk the stages, sign, post, and find the order read-only', async ({ app, host }) => {
    test.setTimeout(90_000);
    await masterData(host);
    await app.firstStart.startEmpty();
    const page = app.page;
    const t = app.t;

    // 1. Intake of the customer's request.
    await app.shell.goTo('requests');
    const requests = new EntityPage(app.ui, app.shell, requestsEntity);
    const requestForm = await requests.startNew();
    await requests.fillFields(requestForm, { customerId: 'Rīgas Siltums' });
    await requests.fillFields(requestForm, { siteId: 'Katlumāja', serviceObjectId: 'KATLS-1', channel: 'phone', priority: 'high' });
    await requests.fillFields(requestForm, { description: 'Katls nesilda', symptomAreaId: 'APKURE' });
    await requests.fillFields(requestForm, { symptomCodeId: 'NESILDA', receivedDate: '2026-01-05', receivedTime: '09:30' });
    await requests.save(requestForm);
    await expect(requests.notice('saved')).toBeVisible();
    const requestNumber = (await host.apiValue('requests.list', {})).rows[0]?.number ?? '';
    expect(requestNumber).toMatch(/^PP/);

    // 2. Convert it into a service order and open the order from the list.
    const saved = requests.editForm(requestNumber);
    await saved.getByRole('button', { name: t.requests.convert, exact: true }).click();
    const convert = page.getByRole('form', { name: fill(t.requests.convertTitle, { number: requestNumber }), exact: true });
    await convert.getByRole('button', { name: t.requests.createOrder, exact: true }).click();
    const orderNumber = (await host.apiValue('orders.list', {})).rows[0]?.number ?? '';
    expect(orderNumber).not.toBe('');
    await expect(page.getByRole('status').filter({ hasText: fill(t.requests.converted, { number: orderNumber }) })).toBeVisible();
    await page.getByRole('combobox', { name: t.requests.statusFilter, exact: true }).selectOption({ label: t.requests.statuses.converted });
    await page.getByRole('link', { name: fill(t.requests.openOrder, { number: orderNumber }), exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(fill(t.orders.view, { number: orderNumber }));
    const facts = page.getByRole('region', { name: t.orders.facts, exact: true });
    await expect(facts.getByText(t.orders.originNames.request, { exact: true })).toBeVisible();
    await expect(facts.getByText(t.orders.progressNames.in_process, { exact: true })).toBeVisible();

    // The SLA is set on the header by hand.
    const headerForm = page.getByRole('form', { name: t.orders.header, exact: true });
    await expect(headerForm).toHaveCount(1);
    const header = new EntityPage(app.ui, app.shell, orderHeaderEntity, headerForm);
    await header.fillFields(headerForm, { slaId: 'SLA8' });
    await header.save(headerForm);
    await expect(headerForm.getByRole('status')).toContainText(t.form.saved);
    await expect(headerForm).toHaveCount(1);

    // 3. An hour line priced from the worker, in the hour category.
    const lines = new EntityPage(app.ui, app.shell, orderLinesEntity, page.getByRole('region', { name: t.orders.lines, exact: true }));
    const lineForm = await lines.startNew();
    await lines.fillFields(lineForm, { transactionType: 'hour', description: 'Degļa remonts', categoryId: 'DARBS', quantityX100: '2', workerId: 'D001' });
    await lines.save(lineForm);
    await expect(lines.row('Degļa remonts')).toContainText('45.00');
    await expect(lines.row('Degļa remonts')).toContainText(lineStatus.created);

    // 4. A repair line: symptom, diagnosis, resolution, finished.
    const repairs = new EntityPage(app.ui, app.shell, repairLinesEntity, page.getByRole('region', { name: repairLinesEntity.labels.en.title, exact: true }));
    const repairForm = await repairs.startNew();
    await repairs.fillFields(repairForm, { conditionId: 'DIKSTAVE', symptomAreaId: 'APKURE', symptomCodeId: 'NESILDA' });
    await repairs.fillFields(repairForm, { diagnosisAreaId: 'DEGLIS', diagnosisCodeId: 'SPRAUSLA' });
    await repairs.fillFields(repairForm, { resolutionId: 'SALABOTS', repairStageId: 'REM-BEIGTS' });
    await repairs.save(repairForm);
    await expect(repairs.notice('saved')).toBeVisible();
    await expect(repairs.row('SPRAUSLA')).toContainText('SALABOTS');
    await expect(repairs.row('SPRAUSLA')).toContainText('REM-BEIGTS');

    // 5. Walk the stages: JAUNS -> PROCESA -> PABEIGTS.
    const stage = page.getByRole('region', { name: t.stageSla.title, exact: true });
    await expect(stage.getByText('JAUNS — Jauns', { exact: true })).toBeVisible();
    for (const next of ['PROCESA — Procesā', 'PABEIGTS — Pabeigts']) {
      await stage.getByRole('button', { name: t.stageSla.next, exact: true }).click();
      const move = stage.getByRole('form', { name: t.stageSla.nextTitle });
      // Each stage here has one child, so the form offers no choice of stage.
      await expect(move.getByLabel(t.stageSla.toStage)).toHaveCount(0);
      await move.getByRole('button', { name: t.stageSla.changeStage, exact: true }).click();
      await expect(stage.getByText(next, { exact: true }).first()).toBeVisible();
      await expect(headerForm, `one header form after moving to ${next}`).toHaveCount(1);
    }
    await expect(stage.getByRole('table', { name: t.stageSla.history }).locator('tbody tr')).toHaveCount(2);

    // 6. Sign off with a drawn signature.
    const signOff = page.getByRole('region', { name: t.signOff.title, exact: true });
    await signOff.getByLabel(t.signOff.signer, { exact: true }).fill('Jānis Ozols');
    await drawSignature(page, app);
    await expect(signOff.getByText(fill(t.signOff.strokes, { count: '1' }))).toBeVisible();
    await signOff.getByRole('button', { name: t.signOff.sign, exact: true }).click();
    await expect(signOff.getByRole('status')).toContainText(t.signOff.signed);
    await expect(signOff.getByRole('img', { name: fill(t.signOff.imageAlt, { name: 'Jānis Ozols' }), exact: true })).toBeVisible();

    await expect(headerForm, 'one header form after signing').toHaveCount(1);

    // 7. Post.
    const posting = page.getByRole('region', { name: t.posting.title, exact: true });
    await posting.getByRole('button', { name: t.posting.postAll }).click();
    await expect(posting.getByRole('status')).toHaveText(fill(t.posting.posted, { count: '1' }));
    const journal = posting.getByRole('table', { name: t.posting.journal });
    await expect(journal.locator('tbody tr')).toHaveCount(1);
    await expect(journal.locator('tbody tr').first()).toContainText('90.00'); // 2 h × 45.00
    await expect(journal.locator('tbody tr').first()).toContainText('18.90'); // 21 % VAT

    // 8. The order is posted, its line too, and nothing can be changed any more.
    await expect(facts.getByText(t.orders.progressNames.posted, { exact: true })).toBeVisible();
    await expect(lines.row('Degļa remonts')).toContainText(lineStatus.posted);
    await expect(posting).toContainText(t.posting.nothingOpen);
    await expect(headerForm, 'one header form after posting').toHaveCount(1);

    await header.fillFields(headerForm, { description: 'Katls nesilda — labots' });
    await header.save(headerForm);
    await expect(headerForm.getByRole('alert')).toContainText('the order is posted, so it can no longer be changed');

    const postedLine = await lines.openRecord('1');
    await lines.fillFields(postedLine, { description: 'Labots apraksts' });
    await lines.save(postedLine);
    await expect(lines.formError(postedLine)).toContainText('line 1 is posted, so it can no longer be changed');

    const stored = await host.apiValue('orders.get', { id: (await host.apiValue('orders.list', {})).rows[0]?.id ?? 0 });
    expect(stored.lines.map((l) => l.status)).toEqual(['posted']);
  });
});
