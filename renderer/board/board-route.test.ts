import { describe, expect, it } from 'vitest';
import { boardHash, isBoardHash, isCalendarDate, parseBoardRoute, printHash } from './board-route';

describe('board route', () => {
  it('reads the date and the view', () => {
    expect(parseBoardRoute(['2027-01-04', '3days'], '2026-05-05')).toEqual({ date: '2027-01-04', view: '3days' });
    expect(parseBoardRoute(['2027-01-04', '2weeks'], '2026-05-05')).toEqual({ date: '2027-01-04', view: '2weeks' });
  });

  it('falls back to today and the week view', () => {
    expect(parseBoardRoute([], '2026-05-05')).toEqual({ date: '2026-05-05', view: 'week' });
    expect(parseBoardRoute(['2027-02-30', 'month'], '2026-05-05')).toEqual({ date: '2026-05-05', view: 'week' });
  });

  it('checks calendar dates', () => {
    expect(isCalendarDate('2028-02-29')).toBe(true);
    expect(isCalendarDate('2027-02-29')).toBe(false);
    expect(isCalendarDate('27-02-01')).toBe(false);
  });

  it("knows the board's own addresses, which it may write its place over", () => {
    for (const hash of ['', '#', '#/', '#/board', '#/board/2027-01-04/week']) expect(isBoardHash(hash)).toBe(true);
    for (const hash of ['#/orders/5', '#/setup', '#/board/print/team/week/2027-01-04']) expect(isBoardHash(hash)).toBe(false);
  });

  it('writes the hashes', () => {
    expect(boardHash({ date: '2027-01-04', view: 'day' })).toBe('#/board/2027-01-04/day');
    expect(printHash('team', 'week', '2027-01-04', null)).toBe('#/board/print/team/week/2027-01-04');
    expect(printHash('technician', 'day', '2027-01-04', 7)).toBe('#/board/print/technician/day/2027-01-04/7');
  });
});
