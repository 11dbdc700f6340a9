import { readFile } from 'node:fs/promises';
import { expect, openInNewContext, test, type App } from './fixtures';
import { ImportExportPage } from './page-models/import';

const lines = (...rows: string[]) => rows.join('\r\n') + '\r\n';

function importPage(app: App): ImportExportPage {
  return new ImportExportPage(app.ui, app.shell);
}

test.describe('Setup > Import and export', () => {
  test('a clean customers file is checked, imported and listed', async ({ app }) => {
    await app.firstStart.startEmpty();
    const io = importPage(app);
    await io.open();
    await expect(io.kind()).toHaveValue('customers');
    await expect(io.checkButton()).toBeDisabled();
    await expect(io.importButton()).toBeDisabled();

    await io.chooseFile(
      'klienti.csv',
      lines(
        '\uFEFFcode;name;city;regNo;notes',
        'K100;Rīgas Siltums;Rīga;40003000001;"Ieeja no pagalma; zvanīt sargam"',
        'K101;Ādažu Ūdens;Ādaži;;',
        'K102;Cēsu Enerģija;Cēsis;;',
      ),
    );
    await io.checkButton().click();
    await expect(io.checkedStatus({ rows: 3, creates: 3, updates: 0 })).toBeVisible();
    await expect(io.importButton()).toBeEnabled();

    await io.importButton().click();
    await expect(io.importedStatus({ rows: 3, creates: 3, updates: 0 })).toBeVisible();
    // The same file is not imported twice by a second click: it has to be checked again.
    await expect(io.importButton()).toBeDisabled();

    const c = app.customers;
    await c.open();
    await expect(c.rows()).toHaveCount(3);
    await expect(c.row('K100')).toContainText('Rīgas Siltums');
    await expect(c.row('K101')).toContainText('Ādaži');
    await expect(c.row('K102')).toContainText('Cēsu Enerģija');
  });

  test('a file with bad rows lists each one in Latvian and imports nothing', async ({ browser, host }) => {
    await host.apiValue('customers.create', { code: 'K1', name: 'Esošais klients', city: 'Rīga' });
    const { context, app } = await openInNewContext(browser, host, { locale: 'lv-LV', lang: 'lv' });
    try {
      const io = importPage(app);
      await io.open();
      await io.chooseFile(
        'slikts.csv',
        lines(
          'code;name;city;active;language',
          'K1;Jauns nosaukums;Rīga;1;lv',
          'K2;;Ogre;1;lv',
          'K1;Dublikāts;Cēsis;1;lv',
          'K4;Ceturtais;Tukums;varbūt;lv',
          'K5;Piektais;Bauska;1;de',
        ),
      );
      await io.checkButton().click();
      await expect(io.problemsAlert(4)).toBeVisible();
      await expect(io.problemRows()).toHaveCount(4);
      const expected = [
        ['3', 'Nosaukums', 'Nosaukums: šis lauks ir obligāts.'],
        ['4', 'Klienta numurs', 'Klienta numurs: „K1” jau ir norādīts faila 2. rindā.'],
        ['5', 'Aktīvs', 'Aktīvs: „varbūt” nav jā/nē vērtība; rakstiet 1 vai 0.'],
        ['6', 'Valoda', 'Valoda: „de” nav neviena no vērtībām lv, en.'],
      ];
      for (const [i, cells] of expected.entries()) {
        await expect(io.problemRows().nth(i).getByRole('cell')).toHaveText(cells);
      }
      await expect(io.importButton()).toBeDisabled();

      const c = app.customers;
      await c.open();
      await expect(c.rows()).toHaveCount(1);
      await expect(c.row('K1')).toContainText('Esošais klients');
      expect((await host.apiValue('customers.list', { includeInactive: true })).total).toBe(1);
    } finally {
      await context.close();
    }
  });

  test('export downloads every customer, and importing that file changes nothing', async ({ app, host, page }) => {
    await host.apiValue('customers.create', { name: 'Siltums; SIA', city: 'Rīga', regNo: '40003000001' });
    await host.apiValue('customers.create', { name: 'Ādažu Ūdens', active: false });
    await page.reload();
    const io = importPage(app);
    await io.open();

    const [download] = await Promise.all([page.waitForEvent('download'), io.exportButton().click()]);
    expect(download.suggestedFilename()).toMatch(/^customers-\d{4}-\d{2}-\d{2}\.csv$/);
    const text = await readFile(await download.path(), 'utf8');
    const [header, ...rows] = text.split('\r\n');
    expect(header).toBe('\uFEFFcode;name;regNo;vatNo;billingAddress;city;postcode;country;phone;email;language;priceGroup;notes;active');
    expect(rows).toEqual(['K000001;"Siltums; SIA";40003000001;;;Rīga;;LV;;;lv;;;1', 'K000002;Ādažu Ūdens;;;;;;LV;;;lv;;;0', '']);

    await io.chooseFile(download.suggestedFilename(), text);
    await io.checkButton().click();
    await expect(io.checkedStatus({ rows: 2, creates: 0, updates: 2 })).toBeVisible();
  });
});
