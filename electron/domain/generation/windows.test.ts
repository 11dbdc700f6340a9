import { describe, expect, it } from 'vitest';
import type { GenTimeWindow } from './types';
import { allowedRange, clampIntoRange, intersectRanges } from './windows';

const OPEN_ENDED = { from: '2000-01-01', to: null };
const week: GenTimeWindow = { kind: 'week', daysBefore: 0, daysAfter: 0 };
const month: GenTimeWindow = { kind: 'month', daysBefore: 0, daysAfter: 0 };
const manual = (daysBefore: number, daysAfter: number): GenTimeWindow => ({ kind: 'manual', daysBefore, daysAfter });

describe('allowedRange', () => {
  it('is the occurrence day alone without a window', () => {
    expect(allowedRange('2024-03-06', null, OPEN_ENDED)).toEqual({ from: '2024-03-06', to: '2024-03-06' });
  });

  it('is Monday to Sunday of the ISO week for a week window, across a month boundary', () => {
    expect(allowedRange('2024-01-31', week, OPEN_ENDED)).toEqual({ from: '2024-01-29', to: '2024-02-04' });
    expect(allowedRange('2024-03-10', week, OPEN_ENDED)).toEqual({ from: '2024-03-04', to: '2024-03-10' });
  });

  it('is the whole calendar month for a month window', () => {
    expect(allowedRange('2024-02-10', month, OPEN_ENDED)).toEqual({ from: '2024-02-01', to: '2024-02-29' });
  });

  it('is days before and after the occurrence for a manual window', () => {
    expect(allowedRange('2024-03-01', manual(2, 3), OPEN_ENDED)).toEqual({ from: '2024-02-28', to: '2024-03-04' });
    expect(allowedRange('2024-03-01', manual(0, 0), OPEN_ENDED)).toEqual({ from: '2024-03-01', to: '2024-03-01' });
  });

  it('is clipped to the validity at both ends', () => {
    expect(allowedRange('2024-01-31', week, { from: '2024-01-31', to: '2024-02-02' })).toEqual({ from: '2024-01-31', to: '2024-02-02' });
    expect(allowedRange('2024-02-10', month, { from: '2024-02-05', to: null })).toEqual({ from: '2024-02-05', to: '2024-02-29' });
  });
});

describe('intersectRanges', () => {
  it('returns the common part, a single shared day included', () => {
    expect(intersectRanges({ from: '2024-01-01', to: '2024-01-10' }, { from: '2024-01-05', to: '2024-01-20' })).toEqual({
      from: '2024-01-05',
      to: '2024-01-10',
    });
    expect(intersectRanges({ from: '2024-01-01', to: '2024-01-05' }, { from: '2024-01-05', to: '2024-01-09' })).toEqual({
      from: '2024-01-05',
      to: '2024-01-05',
    });
  });

  it('returns null for ranges that do not meet', () => {
    expect(intersectRanges({ from: '2024-01-01', to: '2024-01-04' }, { from: '2024-01-05', to: '2024-01-09' })).toBeNull();
  });
});

describe('clampIntoRange', () => {
  const range = { from: '2024-01-05', to: '2024-01-09' };
  it('moves a date before or after the range onto its nearest end', () => {
    expect(clampIntoRange('2024-01-01', range)).toBe('2024-01-05');
    expect(clampIntoRange('2024-01-07', range)).toBe('2024-01-07');
    expect(clampIntoRange('2024-01-31', range)).toBe('2024-01-09');
  });
});
