import type { Page } from '@playwright/test';
import { repairLinesEntity } from '../electron/contract/repair-lines';
import { expect, openInNewContext, test, type App, type Host } from './fixtures';
import { EntityPage } from './page-models/entity-page';
import { fill, TEXTS } from './page-models/ui';

/**
 * Repair lines on a service order: one coded and finished through the form (its finish time
 * appears), a refused code of another area, and the earlier fix of the same symptom on another
 * boiler of the group offered and applied. Master data and the earlier repair come through the API.
 */

async function masterData(host: Host) {
  const customer = await host.apiValue('customers.create', { name: 'SIA Cēsu Ūdens', city: 'Cēsis' });
  const boilers = await host.apiValue('objectGroups.create', { code: 'KATLI', description: 'Katli' });
  const object = (code: string) => host.apiValue('serviceObjects.create', { code, description: `Gāzes katls ${code}`, customerId: customer.id, groupId: boilers.id });
  const [boiler1, boiler2] = [await object('KATLS-1'), await object('KATLS-2')];
  await host.apiValue('conditions.create', { code: 'DIKSTAVE', description: 'Pēc ilgas dīkstāves' });
  const heating = await host.apiValue('symptomAreas.create', { code: 'APKURE', description: 'Apkure' });
  const noHeat = await host.apiValue('symptomCodes.create', { symptomAreaId: heating.id, code: 'NESILDA', description: 'Nesilda' });
  const burner = await host.apiValue('diagnosisAreas.create', { code: 'DEGLIS', description: 'Deglis' });
  await host.apiValue('diagnosisAreas.create', { code: 'ELEKTR', description: 'Elektrība' });
  const nozzle = await host.apiValue('diagnosisCodes.create', { diagnosisAreaId: burner.id, code: 'SPRAUSLA', description: 'Nomainīta sprausla' });
  await host.apiValue('diagnosisCodes.create', { diagnosisAreaId: burner.id, code: 'AIZDEDZE', description: 'Nomainīts elektrods' });
  const repaired = await host.apiValue('resolutions.create', { code: 'SALABOTS', description: 'Salabots' });
  await host.apiValue('repairStages.create', { code: 'DARBA', description: 'Darbā' });
  await host.apiValue('repairStages.create', { code: 'PABEIGTS', description: 'Pabeigts', finished: true });
  // The earlier repair: the same symptom on the other boiler of the group, fixed by a new nozzle.
  const earlier = await host.apiValue('orders.create', { description: 'Katls nesilda', customerId: customer.id, serviceObjectId: boiler2.id });
  await host.apiValue('repairLines.create', {
    orderId: earlier.id, symptomAreaId: heating.id, symptomCodeId: noHeat.id, diagnosisAreaId: burner.id, diagnosisCodeId: nozzle.id, resolutionId: repaired.id,
  });
  const order = await host.apiValue('orders.create', { description: 'Katls atkal nesilda', customerId: customer.id, serviceObjectId: boiler1.id });
  return { order };
}

async function openOrder(page: Page, id: number) {
  await page.evaluate((hash) => (window.location.hash = hash), `#/orders/${id}`);
}

function repairsModel(app: App, page: Page = app.page) {
  return new EntityPage(app.ui, app.shell, repairLinesEntity, page.getByRole('region', { name: repairLinesEntity.labels[app.ui.lang].title, exact: true }));
}

test.describe('Repair lines', () => {
  test('code and finish a repair line, and apply the earlier fix of the same symptom', async ({ app, host }) => {
    const { order } = await masterData(host);
    await app.firstStart.startEmpty();
    const page = app.page;
    await openOrder(page, order.id);
    const repairs = repairsModel(app);
    await expect(repairs.table()).toBeVisible();

    // A fully coded line; a diagnosis code left from another area is refused, naming the field.
    let form = await repairs.startNew();
    await repairs.fillFields(form, { conditionId: 'DIKSTAVE', symptomAreaId: 'APKURE', symptomCodeId: 'NESILDA' });
    await repairs.fillFields(form, { diagnosisAreaId: 'DEGLIS', diagnosisCodeId: 'AIZDEDZE' });
    await repairs.fillFields(form, { diagnosisAreaId: 'ELEKTR', resolutionId: 'SALABOTS', repairStageId: 'PABEIGTS' });
    await repairs.save(form);
    await expect(repairs.formError(form)).toContainText('Diagnosis code: the code does not belong to the chosen Diagnosis area.');
    await repairs.fillFields(form, { diagnosisAreaId: 'DEGLIS', diagnosisCodeId: 'AIZDEDZE' });
    await repairs.save(form);
    await expect(repairs.notice('saved')).toBeVisible();
    // The finish time is stamped by the main process and shown in local time ("28/11/2026, 19:24").
    const today = new Intl.DateTimeFormat('en-GB', { dateStyle: 'short' }).format(new Date());
    await expect(repairs.row('AIZDEDZE')).toContainText('KATLS-1');
    await expect(repairs.row('AIZDEDZE')).toContainText(new RegExp(`${today.replace(/\//g, '\\/')}, \\d{2}:\\d{2}`));

    // A second line, still in work, names only the symptom.
    form = await repairs.startNew();
    await repairs.fillFields(form, { symptomAreaId: 'APKURE', symptomCodeId: 'NESILDA', repairStageId: 'DARBA' });
    await repairs.save(form);
    await expect(repairs.rows()).toHaveCount(2);

    // Its form hands it to the suggestions panel, which offers the earlier fix on the other boiler.
    form = await repairs.openRecord('2');
    await form.getByRole('button', { name: app.t.repairs.findFixes, exact: true }).click();
    const panel = page.getByRole('region', { name: app.t.repairs.suggestions, exact: true });
    const offered = panel.getByRole('table', { name: app.t.repairs.suggestions, exact: true }).getByRole('row').filter({ hasText: 'SPRAUSLA' });
    await expect(offered).toContainText('SALABOTS');
    await expect(offered.getByRole('cell', { name: '1', exact: true })).toBeVisible();
    // The line's own order's first line (AIZDEDZE) is not an earlier fix.
    await expect(panel.getByText('AIZDEDZE')).toHaveCount(0);
    await offered.getByRole('button', { name: fill(app.t.repairs.applyTo, { lineNo: '2', fix: 'SPRAUSLA / SALABOTS' }), exact: true }).click();
    await expect(panel.getByRole('status')).toContainText(fill(app.t.repairs.applied, { lineNo: '2' }));
    const second = repairs.rows().filter({ has: page.getByRole('button', { name: '2', exact: true }) });
    await expect(second).toContainText('SPRAUSLA');
    await expect(second).toContainText('SALABOTS');
  });

  test('the repair lines and the earlier fixes in Latvian', async ({ browser, host }) => {
    const { order } = await masterData(host);
    await host.apiValue('system.startEmpty', {});
    const { context, page, app } = await openInNewContext(browser, host, { locale: 'lv-LV', lang: 'lv' });
    try {
      const t = TEXTS.lv;
      await openOrder(page, order.id);
      const repairs = repairsModel(app, page);
      await expect(repairs.columnHeader('finishedAt')).toHaveText(/Pabeigts/);
      const panel = page.getByRole('region', { name: t.repairs.suggestions, exact: true });
      await panel.getByRole('combobox', { name: t.repairs.symptomArea, exact: true }).selectOption({ label: 'APKURE — Apkure' });
      await panel.getByRole('combobox', { name: t.repairs.symptomCode, exact: true }).selectOption({ label: 'NESILDA — Nesilda' });
      await expect(panel.getByRole('row').filter({ hasText: 'SPRAUSLA' })).toContainText('SALABOTS');
      await expect(panel.getByText(t.repairs.needLine, { exact: true })).toBeVisible();
      await expect(panel.getByRole('button', { name: t.repairs.apply, exact: true })).toBeDisabled();
    } finally {
      await context.close();
    }
  });
});
