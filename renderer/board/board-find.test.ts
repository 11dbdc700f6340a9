import { describe, expect, it } from 'vitest';
import { matchNumber } from './board-find';

describe('finding an order by number', () => {
  const rows = [{ number: 'SP000123' }, { number: 'SP000124' }, { number: 'SP001123' }];

  it('prefers the exact number, ignoring case and spaces', () => {
    expect(matchNumber(rows, ' sp000123 ')).toEqual({ number: 'SP000123' });
  });

  it('accepts the end of a number when only one order ends so', () => {
    expect(matchNumber(rows, '124')).toEqual({ number: 'SP000124' });
    expect(matchNumber(rows, '123')).toBeNull();
    expect(matchNumber(rows, '999')).toBeNull();
  });
});
