import { describe, expect, it } from 'vitest';
import type { BoardVisit } from '../../electron/contract/dispatch';
import { absenceEvents, endsLate, nextDate, textColourOn, visitEvent } from './events';

const visit: BoardVisit = {
  orderId: 5,
  number: 'S-00005',
  version: 2,
  description: 'Boiler service',
  customer: 'Rīgas Siltums',
  city: 'Rīga',
  address: 'Brīvības iela 1',
  task: 'Annual service',
  priority: 'high',
  stage: null,
  stageAllowsChanges: true,
  plannedHoursX100: 150,
  slaDeadline: '2027-01-04T09:00:00.000Z',
  requiredSkills: [],
  workerId: 3,
  start: '2027-01-04T08:00:00.000Z',
  end: '2027-01-04T09:30:00.000Z',
};

const colours = { high: '#d64545', normal: '#e0a800', low: '#3c9a5f' };

describe('board events', () => {
  it('makes a bar on the technician row, coloured by priority, marked late after the SLA deadline', () => {
    const event = visitEvent(visit, colours);
    expect(event).toMatchObject({ id: 'visit:5', resourceId: '3', start: visit.start, end: visit.end, backgroundColor: '#d64545' });
    expect(event.classNames).toEqual(['board-bar', 'is-late']);
    expect(visitEvent({ ...visit, end: '2027-01-04T09:00:00.000Z' }, colours).classNames).toEqual(['board-bar']);
    expect(endsLate({ end: visit.end, slaDeadline: null })).toBe(false);
  });

  it('picks readable text on light and dark bars', () => {
    expect(textColourOn('#e0a800')).toBe('#111827');
    expect(textColourOn('#1f5fa8')).toBe('#ffffff');
  });

  it('draws absences as whole-day background events, end date exclusive', () => {
    const [event] = absenceEvents({ id: 3, code: 'T3', name: 'T', team: null, hours: [], skills: [], absences: [{ from: '2027-01-04', to: '2027-01-05', kind: 'sick' }] }, (kind) => `away: ${kind}`);
    expect(event).toMatchObject({ resourceId: '3', start: '2027-01-04', end: '2027-01-06', allDay: true, display: 'background', title: 'away: sick' });
    expect(nextDate('2027-12-31')).toBe('2028-01-01');
  });
});
