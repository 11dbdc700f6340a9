import { AppShell, TEXTS } from './page-models';
import { expect, openInNewContext, saveScreenshot, test } from './fixtures';

test.describe('shell and languages', () => {
  test('first start in English, demo company, language switch kept in the database', async ({ app, host, page }, testInfo) => {
    // An empty database opens with the first-start card in the browser's language (en-US).
    await app.firstStart.expectShown();
    await expect(app.firstStart.loadDemoButton()).toHaveText('Load demo company');
    await expect(app.firstStart.startEmptyButton()).toHaveText('Start empty');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');

    // The start token leaves the address bar at once.
    await expect(page).not.toHaveURL(/token=/);
    expect(new URL(page.url()).searchParams.has('token')).toBe(false);

    await app.firstStart.loadDemo();
    await expect(app.shell.links()).toHaveText([
      'Dispatch board',
      'Service orders',
      'Customer requests',
      'Service agreements',
      'Subscriptions',
      'Invoices',
      'Reports',
      'Setup',
      'Settings',
    ]);
    await expect(app.shell.heading()).toHaveText('Dispatch board');
    await expect(app.shell.link('board')).toHaveAttribute('aria-current', 'page');
    const demo = await host.apiValue('customers.list', {});
    expect(demo.total, 'the demo company has customers').toBeGreaterThan(0);
    await saveScreenshot(page, 'shell-en.png', testInfo.outputPath('shell-en.png'));

    // Settings > Language > Latviešu: the whole shell switches.
    await app.settings.open();
    await expect(app.settings.languageSelect()).toHaveValue('system');
    await app.settings.chooseLanguage('lv');
    const lvNav = page.getByRole('navigation', { name: 'Galvenā navigācija' });
    await expect(lvNav.getByRole('link', { name: 'Dispečera tāfele' })).toBeVisible();
    await expect(lvNav.getByRole('link', { name: 'Iestatījumi' })).toBeVisible();
    await expect(app.shell.heading()).toHaveText('Iestatījumi');
    await expect(app.settings.languageSelect()).toHaveValue('lv');
    expect((await host.apiValue('system.info', {})).language).toBe('lv');
    await app.shell.goTo('board');
    await expect(app.shell.heading()).toHaveText('Dispečera tāfele');
    await saveScreenshot(page, 'shell-lv.png', testInfo.outputPath('shell-lv.png'));

    // A reload in the same tab keeps the token (sessionStorage) and the language (database),
    // although the browser's locale is still en-US.
    await page.reload();
    await app.shell.expectLanguage('lv');
    await expect(app.shell.heading()).toHaveText('Dispečera tāfele');
    await expect(page).not.toHaveURL(/token=/);

    // And back to English.
    await app.settings.open();
    await app.settings.chooseLanguage('en');
    await expect(app.shell.link('board')).toHaveText('Dispatch board');
    await expect(app.shell.heading()).toHaveText('Settings');
    expect((await host.apiValue('system.info', {})).language).toBe('en');
  });

  test('"Follow the operating system" goes back to the browser locale', async ({ app, host }) => {
    await app.firstStart.startEmpty();
    await app.settings.open();
    await app.settings.chooseLanguage('lv');
    await app.settings.chooseLanguage('system', 'en');
    await expect(app.settings.languageSelect()).toHaveValue('system');
    expect((await host.apiValue('system.info', {})).language).toBeNull();
  });

  test('a Latvian browser on a fresh database shows the first-start card in Latvian', async ({ browser, host }) => {
    const { context, page, app } = await openInNewContext(browser, host, { locale: 'lv-LV', lang: 'lv' });
    try {
      await app.firstStart.expectShown();
      await expect(app.firstStart.heading()).toHaveText(TEXTS.lv.firstStart.title);
      await expect(page.getByRole('button', { name: 'Ielādēt demonstrācijas uzņēmumu' })).toBeVisible();
      await expect(page.getByRole('button', { name: 'Sākt ar tukšu' })).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('lang', 'lv');

      await app.firstStart.startEmpty();
      await app.shell.expectLanguage('lv');
      await expect(app.shell.links()).toHaveText(AppShell.navTexts('lv'));
      expect((await host.apiValue('system.info', {})).language, 'following the OS is not a stored choice').toBeNull();
    } finally {
      await context.close();
    }
  });

  test('a screen that is not built yet says so', async ({ app, page }) => {
    await app.firstStart.startEmpty();
    await app.shell.goTo('subscriptions');
    await expect(app.shell.heading()).toHaveText('Subscriptions');
    await expect(page.getByRole('heading', { level: 2, name: 'Not yet available' })).toBeVisible();
    await expect(page.getByText('“Subscriptions” is planned but not built in this version.')).toBeVisible();
    await expect(page).toHaveURL(/#\/subscriptions$/);

    // The address is a route of its own: a reload stays there.
    await page.reload();
    await expect(app.shell.heading()).toHaveText('Subscriptions');
    await expect(page.getByRole('heading', { level: 2, name: 'Not yet available' })).toBeVisible();
  });
});
