import { describe, expect, it } from 'vitest';
import type { BoardTechnician } from '../../electron/contract/dispatch';
import { EXPAND_ALL_LIMIT, buildResources, businessHoursOf, initialExpanded, rowsSignature, visibleTechnicians, type Roster } from './resources';

const north = { id: 1, code: 'N', name: 'North' };
const south = { id: 2, code: 'S', name: 'South' };

const tech = (id: number, team: typeof north | null): BoardTechnician => ({
  id,
  code: `T${id}`,
  name: `Tech ${id}`,
  team,
  hours: [{ weekday: 1, open: '08:00', close: '17:00' }, { weekday: 7, open: '10:00', close: '14:00' }],
  absences: [],
  skills: [],
});

const roster = (technicians: BoardTechnician[]): Roster => ({ timeZone: 'Europe/Riga', teams: [north, south], technicians });

describe('board rows', () => {
  it('puts a header row before each team, then technicians of open teams, then "no team"', () => {
    const r = roster([tech(10, north), tech(11, north), tech(20, south), tech(30, null)]);
    const rows = buildResources(r, new Set(['1', 'none']));
    expect(rows.map((row) => row.id)).toEqual(['team:1', '10', '11', 'team:2', 'team:none', '30']);
    expect(rows.map((row) => row.order)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(rows[3]?.extendedProps).toMatchObject({ kind: 'team', count: 1, expanded: false });
    expect(rows[0]?.businessHours).toBeUndefined();
    expect(visibleTechnicians(r, new Set(['2'])).map((t) => t.id)).toEqual([20]);
  });

  it('lists a team even when the filter leaves it empty', () => {
    const rows = buildResources(roster([tech(10, north)]), new Set(['1', '2']));
    expect(rows.map((row) => row.id)).toEqual(['team:1', '10', 'team:2']);
  });

  it('opens every team on a small board and only the first on a large one', () => {
    expect([...initialExpanded(roster([tech(10, north), tech(20, south)]))]).toEqual(['1', '2']);
    const many = Array.from({ length: EXPAND_ALL_LIMIT + 1 }, (_, i) => tech(100 + i, i < 5 ? south : north));
    expect([...initialExpanded(roster(many))]).toEqual(['1']);
    expect([...initialExpanded(roster(Array.from({ length: EXPAND_ALL_LIMIT + 1 }, (_, i) => tech(100 + i, south))))]).toEqual(['2']);
  });

  it("turns ISO weekdays into FullCalendar's (Sunday = 0)", () => {
    expect(businessHoursOf(tech(1, null).hours)).toEqual([
      { daysOfWeek: [1], startTime: '08:00', endTime: '17:00' },
      { daysOfWeek: [0], startTime: '10:00', endTime: '14:00' },
    ]);
  });

  it('keeps the same signature when only absences or skills change', () => {
    const a = roster([tech(10, north)]);
    const b = roster([{ ...tech(10, north), absences: [{ from: '2027-01-04', to: '2027-01-05', kind: 'sick' }] }]);
    expect(rowsSignature(a)).toBe(rowsSignature(b));
    expect(rowsSignature(a)).not.toBe(rowsSignature(roster([{ ...tech(10, north), name: 'Renamed' }])));
  });
});
