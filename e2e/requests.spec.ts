import { requestsEntity } from '../electron/contract/requests';
import { expect, openInNewContext, test, type App, type Host } from './fixtures';
import { EntityPage } from './page-models/entity-page';
import { fill } from './page-models/ui';

/**
 * Customer requests: intake through the form, the open list, converting into a service order and
 * opening it, rejecting with a reason, and the screen in Latvian.
 */

async function masterData(host: Host) {
  const riga = await host.apiValue('customers.create', { name: 'Rīgas Siltums', city: 'Rīga' });
  await host.apiValue('sites.create', { customerId: riga.id, code: '01', name: 'Katlumāja', address: 'Brīvības iela 1', city: 'Rīga' });
  await host.apiValue('serviceObjects.create', { code: 'KATLS-1', description: 'Gāzes katls', customerId: riga.id });
  await host.apiValue('contacts.create', { customerId: riga.id, name: 'Jānis Ozols', phone: '+371 20000000' });
  const heating = await host.apiValue('symptomAreas.create', { code: 'APKURE', description: 'Apkure' });
  const water = await host.apiValue('symptomAreas.create', { code: 'UDENS', description: 'Ūdens' });
  await host.apiValue('symptomCodes.create', { symptomAreaId: heating.id, code: 'NESILDA', description: 'Nesilda' });
  await host.apiValue('symptomCodes.create', { symptomAreaId: water.id, code: 'TEK', description: 'Tek' });
  await host.apiValue('reasonCodes.create', { code: 'DUBLIKATS', description: 'Dublikāts' });
  return { riga };
}

const requestsPage = (app: App) => new EntityPage(app.ui, app.shell, requestsEntity);
const statusFilter = (app: App) => app.page.getByRole('combobox', { name: app.t.requests.statusFilter, exact: true });

test.describe('Customer requests', () => {
  test('take a request, find it among the open ones, convert it and open the order; reject another', async ({ app, host, page }) => {
    const { riga } = await masterData(host);
    await app.firstStart.startEmpty();
    await app.shell.goTo('requests');
    const requests = requestsPage(app);
    await expect(requests.noRows()).toBeVisible();

    // Intake: the symptom codes offered are those of the chosen area only.
    const form = await requests.startNew();
    await requests.fillFields(form, { customerId: 'Rīgas Siltums' });
    await requests.fillFields(form, { siteId: 'Katlumāja', serviceObjectId: 'KATLS-1', contactId: 'Jānis Ozols', channel: 'email', priority: 'high' });
    await requests.fillFields(form, { description: 'Katls nesilda, spiediens krities', symptomAreaId: 'APKURE' });
    await expect(requests.field(form, 'symptomCodeId').locator('option', { hasText: 'TEK' })).toHaveCount(0);
    await requests.fillFields(form, { symptomCodeId: 'NESILDA' });

    // A received moment in the future is refused, naming the field.
    await requests.fillFields(form, { receivedDate: '2099-01-01', receivedTime: '09:30' });
    await requests.save(form);
    await expect(requests.formError(form)).toContainText(requests.label('receivedDate'));
    await requests.fillFields(form, { receivedDate: '2026-01-05' });
    await requests.save(form);
    await expect(requests.notice('saved')).toBeVisible();
    const number = (await host.apiValue('requests.list', {})).rows[0]?.number ?? '';
    expect(number).toMatch(/^PP/);
    const saved = requests.editForm(number);
    await expect(saved).toBeVisible();
    await requests.close(saved);

    // The open list, searched without accents.
    await expect(requests.row(number)).toContainText('Rīgas Siltums');
    await expect(requests.row(number)).toContainText('2026-01-05 09:30');
    await requests.search().fill('nesilda');
    await expect(requests.rows()).toHaveCount(1);
    await requests.search().fill('');

    // Convert without an agreement; the new order opens from the notice.
    const opened = await requests.openRecord(number);
    await opened.getByRole('button', { name: app.t.requests.convert, exact: true }).click();
    const convert = page.getByRole('form', { name: fill(app.t.requests.convertTitle, { number }), exact: true });
    await convert.getByRole('button', { name: app.t.requests.createOrder, exact: true }).click();
    // The click only sends the call: wait for the order instead of reading the list at once.
    await expect.poll(async () => (await host.apiValue('orders.list', {})).rows[0]?.origin).toBe('request');
    const order = (await host.apiValue('orders.list', {})).rows[0];
    const orderNumber = order?.number ?? '';
    await expect(page.getByRole('status').filter({ hasText: fill(app.t.requests.converted, { number: orderNumber }) })).toBeVisible();
    await expect(requests.noRows()).toBeVisible();
    await statusFilter(app).selectOption({ label: app.t.requests.statuses.converted });
    await expect(requests.row(number)).toContainText(orderNumber);
    await page.getByRole('link', { name: fill(app.t.requests.openOrder, { number: orderNumber }), exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(fill(app.t.orders.view, { number: orderNumber }));
    await expect(page.getByText('Katls nesilda, spiediens krities')).toBeVisible();

    // A second request, rejected: a reason is required.
    await host.apiValue('requests.create', { customerId: riga.id, description: 'Atkārtots zvans par katlu', receivedDate: '2026-01-05', receivedTime: '10:00' });
    await app.shell.goTo('requests');
    const second = (await host.apiValue('requests.list', {})).rows[0]?.number ?? '';
    const secondForm = await requests.openRecord(second);
    await secondForm.getByRole('button', { name: app.t.requests.reject, exact: true }).click();
    const reject = page.getByRole('form', { name: fill(app.t.requests.rejectTitle, { number: second }), exact: true });
    await reject.getByRole('button', { name: app.t.requests.rejectNow, exact: true }).click();
    await expect(reject.getByRole('alert')).toContainText(app.t.requests.reason);
    const reason = reject.getByRole('combobox', { name: app.t.requests.reason, exact: true });
    await reason.selectOption({ label: 'DUBLIKATS — Dublikāts' });
    await reject.getByLabel(app.t.requests.note, { exact: true }).fill('Jau pieteikts');
    await reject.getByRole('button', { name: app.t.requests.rejectNow, exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: fill(app.t.requests.rejected, { number: second }) })).toBeVisible();
    await expect(requests.noRows()).toBeVisible();
    await statusFilter(app).selectOption({ label: app.t.requests.statuses.rejected });
    await expect(requests.row(second)).toContainText(app.t.requests.statusNames.rejected);
    expect((await host.apiValue('orders.list', {})).total).toBe(1);
  });

  test('the request screen speaks Latvian', async ({ browser, host }) => {
    const { riga } = await masterData(host);
    await host.apiValue('requests.create', { customerId: riga.id, description: 'Katls nesilda', channel: 'phone', receivedDate: '2026-01-05', receivedTime: '08:45' });
    const { context, app } = await openInNewContext(browser, host, { locale: 'lv-LV', lang: 'lv' });
    try {
      await app.shell.goTo('requests');
      const requests = requestsPage(app);
      await expect(requests.table()).toHaveAccessibleName('Klientu pieprasījumi');
      await expect(requests.rows()).toHaveCount(1);
      await expect(requests.rows().first()).toContainText('Tālrunis');
      await expect(requests.rows().first()).toContainText('Atvērts');
      await expect(statusFilter(app)).toContainText('Atvērtie');
      const form = await requests.openRecord('PP000001');
      await expect(form).toHaveAccessibleName('Pieprasījuma numurs: PP000001');
      await expect(form.getByRole('button', { name: 'Pārveidot par servisa pasūtījumu', exact: true })).toBeVisible();
      await expect(form.getByRole('button', { name: 'Noraidīt', exact: true })).toBeVisible();
      await expect(requests.field(form, 'symptomCodeId')).toBeVisible();
      expect(requests.label('symptomCodeId')).toBe('Simptoma kods');
      await expect(requests.newButton()).toHaveText('Jauns pieprasījums');
    } finally {
      await context.close();
    }
  });
});
