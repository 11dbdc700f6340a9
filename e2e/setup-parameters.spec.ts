import { expect, test } from './fixtures';

test.describe('Setup > Parameters', () => {
  test.beforeEach(async ({ app, page }) => {
    await app.firstStart.startEmpty();
    await page.getByRole('link', { name: 'Setup' }).click();
    await page.getByRole('navigation', { name: 'Setup sections' }).getByRole('link', { name: 'Parameters' }).click();
  });

  test('change parameters and a number sequence; a sequence may not go back', async ({ page, host }) => {
    const general = page.getByRole('form', { name: 'Service management' });
    await general.getByLabel('Sign-off required before posting').check();
    await general.getByRole('button', { name: 'Save' }).click();
    await expect(general.getByRole('status')).toContainText('Saved.');
    expect((await host.apiValue('parameters.get', {})).signOffRequired).toBe(true);

    // Two customers take K000001 and K000002; the sequence then refuses to go back to 2.
    await host.apiValue('customers.create', { name: 'SIA Viens' });
    await host.apiValue('customers.create', { name: 'SIA Divi' });
    await page.reload();
    const sequences = page.getByRole('region', { name: 'Number sequences' });
    await expect(sequences.getByRole('row', { name: /Customers/ })).toContainText('K000003');
    await sequences.getByLabel('Customers: Next number').fill('2');
    await sequences.getByRole('button', { name: 'Save: Customers' }).click();
    await expect(sequences.getByRole('alert')).toContainText('Next number: must be greater than 2');

    await sequences.getByLabel('Customers: Prefix').fill('KL-');
    await sequences.getByLabel('Customers: Next number').fill('100');
    await sequences.getByLabel('Customers: Digits').fill('4');
    await sequences.getByRole('button', { name: 'Save: Customers' }).click();
    await expect(sequences.getByRole('row', { name: /Customers/ })).toContainText('KL-0100');
    expect((await host.apiValue('customers.create', { name: 'SIA Trīs' })).code).toBe('KL-0100');
  });
});
