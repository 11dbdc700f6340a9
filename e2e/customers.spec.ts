import { expect, test } from './fixtures';

test.describe('Setup > Customers', () => {
  test.beforeEach(async ({ app }) => {
    await app.firstStart.startEmpty();
    await app.customers.open();
  });

  test('create, find, edit, refuse bad and stale saves, delete', async ({ app, host, page }) => {
    const c = app.customers;
    await expect(c.noRows()).toBeVisible();

    // Create with the number left empty: the next number of the sequence is taken.
    const created = await c.startNew();
    await expect(c.field(created, 'code')).toHaveValue('');
    await c.field(created, 'name').fill('Rīgas Siltums');
    await c.field(created, 'city').fill('Rīga');
    await c.save(created);
    await expect(c.notice('saved')).toBeVisible();
    const form = c.editForm('K000001');
    await expect(form).toBeVisible();
    await expect(c.field(form, 'code')).toHaveValue('K000001');
    await expect(c.row('K000001')).toContainText('Rīgas Siltums');
    await expect(c.row('K000001')).toContainText('Rīga');
    await expect(c.rows()).toHaveCount(1);

    // Search folds accents in the database: "rigas" finds "Rīgas".
    await c.search().fill('zzz-nobody');
    await expect(c.noRows()).toBeVisible();
    await c.search().fill('rigas');
    await expect(c.row('Rīgas Siltums')).toBeVisible();
    await expect(c.rows()).toHaveCount(1);

    // Edit the city.
    await c.field(form, 'city').fill('Jelgava');
    await c.save(form);
    await expect(c.row('Rīgas Siltums')).toContainText('Jelgava');
    await expect(c.field(form, 'city')).toHaveValue('Jelgava');

    // An empty name is refused with an alert naming the field; nothing changes in the list.
    await c.field(form, 'name').fill('');
    await c.save(form);
    await expect(c.formError(form)).toContainText('Name');
    await expect(c.field(form, 'name')).toHaveAttribute('aria-invalid', 'true');
    await expect(c.row('K000001')).toContainText('Rīgas Siltums');
    expect((await host.apiValue('customers.get', { id: 1 })).name).toBe('Rīgas Siltums');
    await c.close(form);
    await expect(form).toBeHidden();

    // A stale edit: someone changes the customer while it is open in the form.
    const opened = await c.openCustomer('K000001');
    await expect(c.field(opened, 'name')).toHaveValue('Rīgas Siltums');
    const current = await host.apiValue('customers.get', { id: 1 });
    await host.apiValue('customers.update', {
      id: current.id,
      version: current.version,
      code: current.code,
      name: current.name,
      city: 'Ventspils',
    });
    await c.field(opened, 'city').fill('Liepāja');
    await c.save(opened);
    await expect(c.formError(opened)).toContainText('changed by');
    expect((await host.apiValue('customers.get', { id: 1 })).city, 'the other change is kept').toBe('Ventspils');

    // The refusal offers to load the stored record; the form then shows the other person's change.
    await c.formError(opened).getByRole('button', { name: 'Reload' }).click();
    const fresh = c.editForm('K000001');
    await expect(c.field(fresh, 'city')).toHaveValue('Ventspils');
    await expect(c.row('K000001')).toContainText('Ventspils');

    // A service site is added inside the customer's form.
    const sites = page.getByRole('region', { name: 'Service sites' });
    await sites.getByRole('button', { name: 'Add service site' }).click();
    const siteForm = sites.getByRole('form', { name: 'Add service site' });
    await siteForm.getByLabel('Site code').fill('S1');
    await siteForm.getByLabel('Name', { exact: true }).fill('Katlumāja');
    await siteForm.getByLabel('Address').fill('Ganību dambis 7');
    await siteForm.getByLabel('City').fill('Ventspils');
    await siteForm.getByRole('button', { name: 'Save' }).click();
    await expect(sites.getByRole('row', { name: /Katlumāja/ })).toContainText('Ganību dambis 7');

    // Now the site refers to the customer: delete is refused, naming what refers to it.
    await c.delete(fresh, 'Rīgas Siltums');
    await expect(c.formError(fresh)).toContainText('1 service sites');
    const site = (await host.apiValue('sites.list', { filter: { customerId: 1 } })).rows[0];
    if (!site) throw new Error('the site was not saved');
    await host.apiValue('sites.delete', { id: site.id, version: site.version });
    await page.reload();
    const again = await c.openCustomer('K000001');
    await c.delete(again, 'Rīgas Siltums');
    await expect(c.notice('deleted')).toBeVisible();
    await expect(again).toBeHidden();
    await expect(c.noRows()).toBeVisible();
    expect((await host.apiValue('customers.list', { includeInactive: true })).total).toBe(0);
  });

  test('sorting is done by the database and shown on the column', async ({ app, host, page }) => {
    for (const [name, city] of [
      ['Bauska Serviss', 'Bauska'],
      ['Ādažu Ūdens', 'Ādaži'],
      ['Cēsu Enerģija', 'Cēsis'],
    ] as const) {
      await host.apiValue('customers.create', { name, city });
    }
    await page.reload();
    const c = app.customers;
    await expect(c.rows()).toHaveCount(3);
    await expect(c.columnHeader('name')).toHaveAttribute('aria-sort', 'ascending');

    await c.sortButton('name').click();
    await expect(c.columnHeader('name')).toHaveAttribute('aria-sort', 'descending');
    const descending = await c.rows().allTextContents();
    await c.sortButton('name').click();
    await expect(c.columnHeader('name')).toHaveAttribute('aria-sort', 'ascending');
    await expect(c.rows()).toHaveText(descending.slice().reverse());

    await c.sortButton('code').click();
    await expect(c.columnHeader('code')).toHaveAttribute('aria-sort', 'ascending');
    await expect(c.rows()).toHaveText([/^K000001Bauska/, /^K000002Ādažu/, /^K000003Cēsu/]);
    await c.sortButton('code').click();
    await expect(c.rows()).toHaveText([/^K000003Cēsu/, /^K000002Ādažu/, /^K000001Bauska/]);
  });
});
