import { describe, expect, it } from 'vitest';
import { parsePrintRoute, printRouteParts } from './print-route';

describe('print view address', () => {
  it('reads layout, span, date and team', () => {
    expect(parsePrintRoute(['team', 'week', '2031-03-26', '7'], '2026-01-01')).toEqual({ by: 'team', span: 'week', date: '2031-03-26', teamId: 7 });
  });

  it('falls back to a per-technician day sheet for today, all teams', () => {
    expect(parsePrintRoute([], '2026-11-28')).toEqual({ by: 'technician', span: 'day', date: '2026-11-28', teamId: null });
    expect(parsePrintRoute(['tables', 'month', '2031-02-30', 'x'], '2026-11-28')).toEqual({ by: 'technician', span: 'day', date: '2026-11-28', teamId: null });
  });

  it('writes the parts it reads', () => {
    const route = { by: 'team', span: 'day', date: '2031-03-24', teamId: 3 } as const;
    expect(printRouteParts(route)).toEqual(['team', 'day', '2031-03-24', '3']);
    expect(parsePrintRoute(printRouteParts(route), '2000-01-01')).toEqual(route);
    expect(printRouteParts({ ...route, teamId: null })).toEqual(['team', 'day', '2031-03-24']);
  });
});
