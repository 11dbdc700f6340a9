import { expect, openInNewContext, test } from './fixtures';
import { DispatchSettingsForm } from './page-models/dispatch-settings';

test.describe('Setup > Dispatch board', () => {
  test('a rule set to warn and a new high-priority colour are saved and kept after a reload', async ({ app, host, page }) => {
    await app.firstStart.startEmpty();
    const settings = new DispatchSettingsForm(app.ui);
    await settings.open();
    await expect(settings.choice('overlap', 'block')).toBeChecked();
    await expect(settings.choice('outside_hours', 'warn')).toBeChecked();

    await settings.choice('overlap', 'warn').check();
    await settings.colourText('high').fill('#aa1122');
    await expect(settings.colourPicker('high')).toHaveValue('#aa1122');
    await expect(settings.sample('high')).toHaveCSS('background-color', 'rgb(170, 17, 34)');
    await settings.save();
    await expect(settings.saved()).toHaveText(app.t.form.saved);
    expect(await host.apiValue('dispatch.settings', {})).toMatchObject({ rules: { overlap: 'warn', absence: 'block' }, colours: { high: '#aa1122' } });

    await page.reload();
    await settings.open();
    await expect(settings.choice('overlap', 'warn')).toBeChecked();
    await expect(settings.colourText('high')).toHaveValue('#aa1122');
    await expect(settings.colourPicker('high')).toHaveValue('#aa1122');

    // The picker writes the text field too.
    await settings.colourPicker('low').fill('#123456');
    await expect(settings.colourText('low')).toHaveValue('#123456');
  });

  test('a save over someone else’s newer change is refused; Reload shows what is stored', async ({ app, host }) => {
    await app.firstStart.startEmpty();
    const settings = new DispatchSettingsForm(app.ui);
    await settings.open();

    const { updatedAt: _at, updatedBy: _by, ...current } = await host.apiValue('dispatch.settings', {});
    await host.apiValue('dispatch.updateSettings', { ...current, rules: { ...current.rules, absence: 'warn' } });

    await settings.choice('stage_locked', 'warn').check();
    await settings.save();
    await expect(settings.alert()).toContainText('was changed by');
    expect((await host.apiValue('dispatch.settings', {})).rules).toMatchObject({ absence: 'warn', stage_locked: 'block' });

    await settings.alert().getByRole('button', { name: app.t.form.reload }).click();
    await expect(settings.alert()).toHaveCount(0);
    await expect(settings.choice('absence', 'warn')).toBeChecked();
    await expect(settings.choice('stage_locked', 'block')).toBeChecked();

    await settings.choice('stage_locked', 'warn').check();
    await settings.save();
    await expect(settings.saved()).toHaveText(app.t.form.saved);
    expect((await host.apiValue('dispatch.settings', {})).rules).toMatchObject({ absence: 'warn', stage_locked: 'warn' });
  });

  test('a wrong colour code is refused in Latvian, naming the field', async ({ browser, host }) => {
    await host.apiValue('system.startEmpty', {});
    const stored = (await host.apiValue('dispatch.settings', {})).colours.normal;
    const { context, app } = await openInNewContext(browser, host, { locale: 'lv-LV', lang: 'lv' });
    try {
      const settings = new DispatchSettingsForm(app.ui);
      await settings.open();
      await settings.colourText('normal').fill('#12345');
      await expect(settings.colourText('normal')).toHaveAttribute('aria-invalid', 'true');
      await settings.save();
      await expect(settings.alert()).toHaveText('Parastas prioritātes krāsa: formāts nav derīgs.');
      expect((await host.apiValue('dispatch.settings', {})).colours.normal).toBe(stored);
    } finally {
      await context.close();
    }
  });
});
