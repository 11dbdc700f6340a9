import {
  agreementGroupsEntity,
  calendarDaysEntity,
  calendarHoursEntity,
  calendarsEntity,
  intervalsEntity,
  slasEntity,
  timeWindowsEntity,
} from '../electron/contract/setup/calendars';
import { expect, test, type App } from './fixtures';
import { EntityPage } from './page-models/entity-page';

/**
 * Setup > Working calendars, Service level agreements and Intervals, time windows, groups: the
 * generic list and form with each rule refused in the form, naming the field.
 */

const TARGETS = {
  responseHighMinutes: 60,
  resolutionHighMinutes: 240,
  responseNormalMinutes: 120,
  resolutionNormalMinutes: 480,
  responseLowMinutes: 240,
  resolutionLowMinutes: 1440,
};

const screen = (app: App, def: ConstructorParameters<typeof EntityPage>[2]) => new EntityPage(app.ui, app.shell, def);

test.describe('Setup > Working calendars', () => {
  test.beforeEach(async ({ app }) => {
    await app.firstStart.startEmpty();
  });

  test('create, find, edit, refuse bad opening hours, add hours and a holiday, delete', async ({ app, host }) => {
    const cal = screen(app, calendarsEntity);
    await cal.open('calendars');
    await expect(cal.noRows()).toBeVisible();

    const created = await cal.startNew();
    await expect(cal.field(created, 'timeZone')).toHaveValue('Europe/Riga');
    await cal.fillFields(created, { code: 'CESIS', description: 'Cēsu birojs' });
    await cal.save(created);
    await expect(cal.notice('saved')).toBeVisible();
    const form = cal.editForm('CESIS');
    await expect(form).toBeVisible();
    await expect(cal.row('CESIS')).toContainText('Cēsu birojs');
    await expect(cal.row('CESIS')).toContainText(cal.enumLabel('timeZone', 'Europe/Riga'));

    // Search folds accents in the database: "cesu" finds "Cēsu".
    await host.apiValue('calendars.create', { code: 'DIENNAKTS', description: 'Visu diennakti' });
    await cal.search().fill('zzz-nothing');
    await expect(cal.noRows()).toBeVisible();
    await cal.search().fill('cesu');
    await expect(cal.rows()).toHaveCount(1);
    await expect(cal.row('CESIS')).toBeVisible();

    await cal.fillFields(form, { description: 'Cēsu birojs, darba dienas', timeZone: 'Europe/Tallinn' });
    await cal.save(form);
    await expect(cal.row('CESIS')).toContainText('Cēsu birojs, darba dienas');
    await expect(cal.row('CESIS')).toContainText(cal.enumLabel('timeZone', 'Europe/Tallinn'));

    // Opening hours are edited inside the calendar's form; closing before opening is refused.
    const hours = cal.child(calendarHoursEntity);
    const monday = await hours.startNew();
    await hours.fillFields(monday, { weekday: 'mon', openTime: '17:00', closeTime: '08:00' });
    await hours.save(monday);
    await expect(hours.formError(monday)).toContainText(`${hours.label('closeTime')}: must be later than ${hours.label('openTime')}.`);
    await expect(hours.field(monday, 'closeTime')).toHaveAttribute('aria-invalid', 'true');
    await expect(hours.noRows()).toBeVisible();
    await hours.fillFields(monday, { openTime: '08:00', closeTime: '17:00' });
    await hours.save(monday);
    await expect(monday).toBeHidden();
    await expect(hours.row(hours.enumLabel('weekday', 'mon'))).toContainText('08:0017:00');

    const days = cal.child(calendarDaysEntity);
    const holiday = await days.startNew();
    await days.fillFields(holiday, { date: '2026-06-23', kind: 'holiday', description: 'Līgo diena' });
    await days.save(holiday);
    await expect(days.row('2026-06-23')).toContainText('Līgo diena');
    await expect(days.row('2026-06-23')).toContainText(days.enumLabel('kind', 'holiday'));

    // Deleting the calendar takes its hours and days with it.
    await cal.delete(form, 'CESIS');
    await expect(cal.notice('deleted')).toBeVisible();
    await expect(form).toBeHidden();
    await expect(cal.noRows()).toBeVisible();
    expect((await host.apiValue('calendarHours.list', {})).total).toBe(0);
    expect((await host.apiValue('calendarDays.list', {})).total).toBe(0);
  });

  test('SLA targets, time windows and agreement groups refuse what makes no sense', async ({ app, host, page }) => {
    await host.apiValue('calendars.create', { code: 'STANDARTS', description: 'Rīgas birojs' });

    const slas = screen(app, slasEntity);
    await slas.open('slas');
    const sla = await slas.startNew();
    await slas.fillFields(sla, {
      code: 'ZELTS',
      description: 'Zelta līmenis',
      calendarId: 'STANDARTS',
      ...Object.fromEntries(Object.entries(TARGETS).map(([k, v]) => [k, String(v)])),
      resolutionHighMinutes: '30',
    });
    await slas.save(sla);
    await expect(slas.formError(sla)).toContainText(slas.label('resolutionHighMinutes'));
    await expect(slas.formError(sla)).toContainText(`must not be less than ${slas.label('responseHighMinutes')}`);
    await expect(slas.field(sla, 'resolutionHighMinutes')).toHaveAttribute('aria-invalid', 'true');
    await slas.fillFields(sla, { resolutionHighMinutes: '240' });
    await slas.save(sla);
    await expect(slas.editForm('ZELTS')).toBeVisible();
    await expect(slas.row('ZELTS')).toContainText('STANDARTS');

    const windows = screen(app, timeWindowsEntity);
    await windows.open('agreementSetup');
    const week = await windows.startNew();
    await windows.fillFields(week, { code: 'WEEK', description: 'Tās pašas nedēļas laikā', kind: 'week', daysBefore: '2' });
    await windows.save(week);
    await expect(windows.formError(week)).toContainText(`${windows.label('daysBefore')}: must be 0 unless "${windows.label('kind')}" is manual`);
    await windows.fillFields(week, { daysBefore: '' });
    await windows.save(week);
    await expect(windows.editForm('WEEK')).toBeVisible();
    await expect(windows.row('WEEK')).toContainText(windows.enumLabel('kind', 'week'));

    const intervals = screen(app, intervalsEntity);
    await intervals.open('agreementSetup');
    const quarter = await intervals.startNew();
    await intervals.fillFields(quarter, { code: 'QUARTER', description: 'Reizi ceturksnī', unit: 'month', frequency: '0' });
    await intervals.save(quarter);
    await expect(intervals.formError(quarter)).toContainText(intervals.label('frequency'));
    await intervals.fillFields(quarter, { frequency: '3' });
    await intervals.save(quarter);
    await expect(intervals.row('QUARTER')).toContainText(intervals.enumLabel('unit', 'month'));

    const groups = screen(app, agreementGroupsEntity);
    await groups.open('agreementSetup');
    const group = await groups.startNew();
    await groups.fillFields(group, { code: 'APKOPE', description: 'Plānotā apkope', defaultSlaId: 'ZELTS' });
    await groups.save(group);
    await expect(groups.row('APKOPE')).toContainText('ZELTS');

    // The SLA is now proposed by a group, so it cannot be deleted.
    await slas.open('slas');
    const opened = await slas.openRecord('ZELTS');
    await slas.delete(opened, 'ZELTS');
    await expect(slas.formError(opened)).toContainText(groups.labels.title.toLowerCase());
    await page.reload();
    await expect(slas.row('ZELTS')).toBeVisible();
  });

  test('speaks Latvian: labels, enum texts and the refusal message', async ({ app, host }) => {
    const created = await host.apiValue('calendars.create', { code: 'STANDARTS', description: 'Rīgas birojs' });
    await host.apiValue('calendarHours.create', { calendarId: created.id, weekday: 'sat' });
    await app.settings.open();
    await app.settings.chooseLanguage('lv');

    const cal = screen(app, calendarsEntity);
    await cal.open('calendars');
    await expect(app.shell.heading()).toHaveText(`${app.t.setup.title}: ${app.t.setup.calendars}`);
    await expect(cal.columnHeader('description')).toHaveText('Apraksts');
    await expect(cal.row('STANDARTS')).toContainText('Rīga (Europe/Riga)');

    const form = await cal.openRecord('STANDARTS');
    await expect(cal.field(form, 'timeZone')).toBeVisible();
    const hours = cal.child(calendarHoursEntity);
    await expect(hours.row('Sestdiena')).toBeVisible();
    const monday = await hours.startNew();
    await hours.fillFields(monday, { weekday: 'mon', openTime: '09:00', closeTime: '09:00' });
    await hours.save(monday);
    await expect(hours.formError(monday)).toHaveText('Darba beigas: jābūt vēlākam par Darba sākums.');
    await expect(cal.child(calendarDaysEntity).table()).toBeVisible();
  });
});
