import { describe, expect, it } from 'vitest';
import { strayWindowDays } from './time-windows';

describe('strayWindowDays', () => {
  it('lets a manual window have any days before and after, including none', () => {
    expect(strayWindowDays({ kind: 'manual', daysBefore: 3, daysAfter: 5 })).toBeNull();
    expect(strayWindowDays({ kind: 'manual', daysBefore: 0, daysAfter: 0 })).toBeNull();
  });

  it('accepts week and month windows with no days', () => {
    expect(strayWindowDays({ kind: 'week', daysBefore: 0, daysAfter: 0 })).toBeNull();
    expect(strayWindowDays({ kind: 'month', daysBefore: 0, daysAfter: 0 })).toBeNull();
  });

  it('names the first field that must be 0 for week and month windows', () => {
    expect(strayWindowDays({ kind: 'week', daysBefore: 2, daysAfter: 0 })).toBe('daysBefore');
    expect(strayWindowDays({ kind: 'month', daysBefore: 0, daysAfter: 1 })).toBe('daysAfter');
    expect(strayWindowDays({ kind: 'month', daysBefore: 1, daysAfter: 1 })).toBe('daysBefore');
  });
});
