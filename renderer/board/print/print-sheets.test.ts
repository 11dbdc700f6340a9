import { describe, expect, it } from 'vitest';
import type { BoardTechnician, BoardVisit } from '../../../electron/contract/dispatch';
import { scheduledMinutes, teamSheets, technicianSheets, visitDates } from './print-sheets';

const RIGA = 'Europe/Riga';
const north = { id: 1, code: 'N', name: 'North' };
const south = { id: 2, code: 'S', name: 'South' };

function technician(id: number, team: typeof north | null): BoardTechnician {
  return { id, code: `T${id}`, name: `Tech ${id}`, team, hours: [], absences: [], skills: [] };
}

function visit(orderId: number, workerId: number, start: string, end: string): BoardVisit {
  return {
    orderId,
    number: `SO-${orderId}`,
    version: 1,
    description: '',
    customer: 'SIA Klients',
    city: 'Rīga',
    address: 'Brīvības iela 1',
    task: null,
    priority: 'normal',
    stage: null,
    stageAllowsChanges: true,
    plannedHoursX100: 100,
    slaDeadline: null,
    requiredSkills: [],
    workerId,
    start,
    end,
  };
}

const technicians = [technician(10, north), technician(11, north), technician(20, south), technician(30, null)];
const week = ['2031-03-24', '2031-03-25', '2031-03-26', '2031-03-27', '2031-03-28', '2031-03-29', '2031-03-30'];

describe('print sheets', () => {
  it('give every technician a sheet with the visits by start and the scheduled time', () => {
    const visits = [
      visit(2, 10, '2031-03-24T10:00:00Z', '2031-03-24T12:30:00Z'),
      visit(1, 10, '2031-03-24T06:00:00Z', '2031-03-24T08:00:00Z'),
      visit(3, 20, '2031-03-25T06:00:00Z', '2031-03-25T07:00:00Z'),
    ];
    const sheets = technicianSheets(technicians, visits);
    expect(sheets.map((s) => [s.technician.id, s.visits.map((v) => v.orderId), s.minutes])).toEqual([
      [10, [1, 2], 270],
      [11, [], 0],
      [20, [3], 60],
      [30, [], 0],
    ]);
  });

  it('count the real elapsed time of a visit over the spring change', () => {
    // 02:00–05:00 local on 30 March 2031 is two hours: 03:00–04:00 does not exist.
    expect(scheduledMinutes([visit(1, 10, '2031-03-30T00:00:00Z', '2031-03-30T02:00:00Z')])).toBe(120);
  });

  it('list a visit on each local day it is under way, its end excluded', () => {
    const overnight = visit(1, 10, '2031-03-24T20:00:00Z', '2031-03-25T04:00:00Z');
    expect(visitDates(overnight, week, RIGA)).toEqual(['2031-03-24', '2031-03-25']);
    const untilMidnight = visit(2, 10, '2031-03-24T20:00:00Z', '2031-03-24T22:00:00Z');
    expect(visitDates(untilMidnight, week, RIGA)).toEqual(['2031-03-24']);
    const fromLastWeek = visit(3, 10, '2031-03-23T20:00:00Z', '2031-03-23T23:00:00Z');
    expect(visitDates(fromLastWeek, week, RIGA)).toEqual(['2031-03-24']);
  });

  it('group technicians by team in the board order, teamless last, empty teams left out', () => {
    const third = { id: 3, code: 'E', name: 'Empty' };
    const visits = [visit(1, 11, '2031-03-26T06:00:00Z', '2031-03-26T08:00:00Z')];
    const sheets = teamSheets([south, north, third], technicians, visits, week, RIGA);
    expect(sheets.map((s) => [s.team?.id ?? null, s.rows.map((r) => r.technician.id)])).toEqual([
      [2, [20]],
      [1, [10, 11]],
      [null, [30]],
    ]);
    const row = sheets[1]?.rows[1];
    expect(row?.days.get('2031-03-26')?.map((v) => v.orderId)).toEqual([1]);
    expect(row?.days.get('2031-03-25')).toEqual([]);
  });
});
