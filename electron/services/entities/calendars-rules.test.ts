import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiError, ApiInput, ApiName, ApiOutput } from '../../contract';
import { formatErrorMessage } from '../../contract/messages';
import { apiHarness } from '../test-harness';

const TARGETS = {
  responseHighMinutes: 60,
  resolutionHighMinutes: 240,
  responseNormalMinutes: 120,
  resolutionNormalMinutes: 480,
  responseLowMinutes: 240,
  resolutionLowMinutes: 1440,
};

describe('calendars, SLAs and agreement building blocks (through invoke)', () => {
  let api: ReturnType<typeof apiHarness>;
  beforeEach(() => {
    api = apiHarness();
  });
  afterEach(() => api.cleanup());
  const ok = <N extends ApiName>(name: N, input: ApiInput<N>): Promise<ApiOutput<N>> => api.callOk(name, input);
  const refused = (name: string, input: unknown): Promise<ApiError> => api.callErr(name, input);

  const office = () => ok('calendars.create', { code: 'STANDARTS', description: 'Rīgas birojs' });

  describe('calendars', () => {
    it('defaults the time zone to Riga and finds a calendar by its description without accents', async () => {
      const created = await office();
      expect(created.timeZone).toBe('Europe/Riga');
      const page = await ok('calendars.list', { search: 'rigas' });
      expect(page.rows.map((r) => r.code)).toEqual(['STANDARTS']);
    });

    it('refuses a time zone outside the list, naming the field', async () => {
      const error = await refused('calendars.create', { code: 'X', description: 'X', timeZone: 'Mars/Olympus' });
      expect(error.details.issues?.[0]?.field).toBe('timeZone');
      expect(error.message).toContain('Time zone');
    });

    it('deletes a calendar with its hours and days, but not while an SLA measures in it', async () => {
      const cal = await office();
      await ok('calendarHours.create', { calendarId: cal.id, weekday: 'mon', openTime: '08:00', closeTime: '17:00' });
      await ok('calendarDays.create', { calendarId: cal.id, date: '2026-06-23', kind: 'holiday', description: 'Līgo diena' });
      const sla = await ok('slas.create', { code: 'SUDRABS', description: 'Sudrabs', calendarId: cal.id, ...TARGETS });

      const error = await refused('calendars.delete', { id: cal.id, version: cal.version });
      expect(error.code).toBe('referenced');
      expect(error.message).toContain('1 service level agreements');
      expect(formatErrorMessage('lv', error.details)).toContain('1 pakalpojumu līmeņa līgumi');

      await ok('slas.delete', { id: sla.id, version: sla.version });
      await ok('calendars.delete', { id: cal.id, version: cal.version });
      expect((await ok('calendarHours.list', {})).total).toBe(0);
      expect((await ok('calendarDays.list', {})).total).toBe(0);
    });
  });

  describe('calendar hours', () => {
    it('accepts an open day and a closed day (no times)', async () => {
      const cal = await office();
      await ok('calendarHours.create', { calendarId: cal.id, weekday: 'fri', openTime: '08:00', closeTime: '17:00' });
      await ok('calendarHours.create', { calendarId: cal.id, weekday: 'sun' });
      const page = await ok('calendarHours.list', { filter: { calendarId: cal.id } });
      expect(page.rows.map((r) => [r.weekday, r.openTime, r.closeTime])).toEqual([
        ['fri', '08:00', '17:00'],
        ['sun', null, null],
      ]);
    });

    it('refuses one time without the other, naming the missing one', async () => {
      const cal = await office();
      const noClose = await refused('calendarHours.create', { calendarId: cal.id, weekday: 'mon', openTime: '08:00' });
      expect(noClose.details.issues).toEqual([{ field: 'closeTime', key: 'required', params: {} }]);
      expect(noClose.message).toBe('Closes at: this field is required.');
      const noOpen = await refused('calendarHours.create', { calendarId: cal.id, weekday: 'mon', closeTime: '17:00' });
      expect(noOpen.details.issues?.[0]?.field).toBe('openTime');
    });

    it('refuses a closing time not after the opening time, in both languages', async () => {
      const cal = await office();
      const error = await refused('calendarHours.create', { calendarId: cal.id, weekday: 'mon', openTime: '17:00', closeTime: '08:00' });
      expect(error.details.issues).toEqual([{ field: 'closeTime', key: 'time_order', params: { other: 'openTime' } }]);
      expect(error.message).toBe('Closes at: must be later than Opens at.');
      expect(formatErrorMessage('lv', error.details)).toBe('Darba beigas: jābūt vēlākam par Darba sākums.');
      await refused('calendarHours.create', { calendarId: cal.id, weekday: 'mon', openTime: '08:00', closeTime: '08:00' });
    });

    it('allows each weekday once per calendar, but the same weekday in another calendar', async () => {
      const cal = await office();
      const other = await ok('calendars.create', { code: 'DIENNAKTS', description: '24/7' });
      await ok('calendarHours.create', { calendarId: cal.id, weekday: 'mon', openTime: '08:00', closeTime: '17:00' });
      await ok('calendarHours.create', { calendarId: other.id, weekday: 'mon', openTime: '00:00', closeTime: '23:59' });
      const error = await refused('calendarHours.create', { calendarId: cal.id, weekday: 'mon', openTime: '09:00', closeTime: '18:00' });
      expect(error.details.issues?.[0]).toMatchObject({ field: 'weekday', key: 'duplicate' });
    });
  });

  describe('calendar days', () => {
    it('allows each date once per calendar', async () => {
      const cal = await office();
      await ok('calendarDays.create', { calendarId: cal.id, date: '2026-12-24', kind: 'holiday', description: 'Ziemassvētku vakars' });
      await ok('calendarDays.create', { calendarId: cal.id, date: '2026-12-27', kind: 'open', description: 'Inventarizācija' });
      const error = await refused('calendarDays.create', { calendarId: cal.id, date: '2026-12-24', kind: 'closed' });
      expect(error.details.issues?.[0]).toMatchObject({ field: 'date', key: 'duplicate' });
      expect(error.message).toContain('Date');
    });
  });

  describe('service level agreements', () => {
    it('stores targets in minutes with an optional calendar (empty = calendar time)', async () => {
      const sla = await ok('slas.create', { code: 'ZELTS', description: 'Zelts', ...TARGETS });
      expect(sla).toMatchObject({ calendarId: null, responseHighMinutes: 60, resolutionLowMinutes: 1440 });
      await ok('slas.create', { code: 'VIENĀDI', description: 'Vienādi', ...TARGETS, resolutionHighMinutes: 60 });
    });

    it('refuses a resolution target below the response target of the same priority, naming both', async () => {
      const error = await refused('slas.create', { code: 'X', description: 'X', ...TARGETS, resolutionNormalMinutes: 100 });
      expect(error.details.issues).toEqual([
        { field: 'resolutionNormalMinutes', key: 'not_less_than', params: { other: 'responseNormalMinutes' } },
      ]);
      expect(error.message).toBe('Resolution time, normal priority (min): must not be less than Response time, normal priority (min).');
      expect(formatErrorMessage('lv', error.details)).toBe(
        'Atrisināšanas laiks, parasta prioritāte (min): nedrīkst būt mazāks par Reakcijas laiks, parasta prioritāte (min).',
      );
    });

    it('applies the rule on update too', async () => {
      const sla = await ok('slas.create', { code: 'ZELTS', description: 'Zelts', ...TARGETS });
      const error = await refused('slas.update', { ...TARGETS, code: 'ZELTS', description: 'Zelts', id: sla.id, version: sla.version, responseLowMinutes: 2000 });
      expect(error.details.issues?.[0]?.field).toBe('resolutionLowMinutes');
    });

    it('refuses negative minutes, naming the field', async () => {
      const error = await refused('slas.create', { code: 'X', description: 'X', ...TARGETS, responseHighMinutes: -1 });
      expect(error.details.issues?.[0]?.field).toBe('responseHighMinutes');
    });

    it('cannot be deleted while an agreement group proposes it', async () => {
      const sla = await ok('slas.create', { code: 'ZELTS', description: 'Zelts', ...TARGETS });
      await ok('agreementGroups.create', { code: 'APKOPE', description: 'Apkope', defaultSlaId: sla.id });
      const error = await refused('slas.delete', { id: sla.id, version: sla.version });
      expect(error.code).toBe('referenced');
      expect(error.message).toContain('1 agreement groups');
      const groups = await ok('agreementGroups.list', {});
      expect(groups.rows[0]?.refLabels.defaultSlaId).toBe('ZELTS');
    });
  });

  describe('service intervals', () => {
    it('keeps the frequency between 1 and 999', async () => {
      await ok('intervals.create', { code: 'QUARTER', description: 'Reizi ceturksnī', unit: 'month', frequency: 3 });
      const zero = await refused('intervals.create', { code: 'X', description: 'X', unit: 'day', frequency: 0 });
      expect(zero.details.issues?.[0]?.field).toBe('frequency');
      expect(zero.message).toContain('Every (number of units)');
      const big = await refused('intervals.create', { code: 'Y', description: 'Y', unit: 'day', frequency: 1000 });
      expect(big.details.issues?.[0]?.field).toBe('frequency');
    });
  });

  describe('time windows', () => {
    it('lets a manual window move days before and after; week and month windows default to 0', async () => {
      await ok('timeWindows.create', { code: 'PM3', description: '±3', kind: 'manual', daysBefore: 3, daysAfter: 3 });
      const week = await ok('timeWindows.create', { code: 'WEEK', description: 'Nedēļa', kind: 'week' });
      expect(week).toMatchObject({ daysBefore: 0, daysAfter: 0 });
    });

    it('refuses days before or after on a week or month window, naming the field', async () => {
      const error = await refused('timeWindows.create', { code: 'M', description: 'Mēnesis', kind: 'month', daysBefore: 0, daysAfter: 2 });
      expect(error.details.issues).toEqual([{ field: 'daysAfter', key: 'zero_unless_manual', params: { other: 'kind' } }]);
      expect(error.message).toBe(
        'Days after: must be 0 unless "Method" is manual (a week or month window is the whole calendar week or month).',
      );
      expect(formatErrorMessage('lv', error.details)).toContain('Dienas pēc: jābūt 0, ja vien laukā „Metode”');
    });

    it('keeps days within a year', async () => {
      const error = await refused('timeWindows.create', { code: 'X', description: 'X', kind: 'manual', daysBefore: 366 });
      expect(error.details.issues?.[0]?.field).toBe('daysBefore');
    });
  });

  describe('groups', () => {
    it('creates, renames and deletes a template group', async () => {
      const g = await ok('templateGroups.create', { code: 'STANDARTA', description: 'Standarta veidnes' });
      const renamed = await ok('templateGroups.update', { id: g.id, version: g.version, code: 'STANDARTA', description: 'Apkopes veidnes' });
      expect(renamed.version).toBe(g.version + 1);
      await ok('templateGroups.delete', { id: renamed.id, version: renamed.version });
      expect((await ok('templateGroups.list', {})).total).toBe(0);
    });

    it('refuses a duplicate agreement group code', async () => {
      await ok('agreementGroups.create', { code: 'APKOPE', description: 'Apkope' });
      const error = await refused('agreementGroups.create', { code: 'APKOPE', description: 'Cita' });
      expect(error.details.issues?.[0]).toMatchObject({ field: 'code', key: 'duplicate' });
    });
  });
});
