import { describe, expect, it } from 'vitest';
import { agreementFieldExcluding, describeValidity, lineFieldOutside } from './agreement-validity';

const year = { validFrom: '2026-01-01', validTo: '2026-12-31' };
const open = { validFrom: '2026-01-01', validTo: null };

describe('a line inside its agreement', () => {
  it('accepts lines without dates and lines inside the period, ends included', () => {
    expect(lineFieldOutside(year, { validFrom: null, validTo: null })).toBeNull();
    expect(lineFieldOutside(year, { validFrom: '2026-01-01', validTo: '2026-12-31' })).toBeNull();
    expect(lineFieldOutside(open, { validFrom: '2030-05-01', validTo: null })).toBeNull();
  });

  it('names the start when it lies before or after the agreement', () => {
    expect(lineFieldOutside(year, { validFrom: '2025-12-31', validTo: null })).toBe('validFrom');
    expect(lineFieldOutside(year, { validFrom: '2027-01-01', validTo: null })).toBe('validFrom');
  });

  it('names the end when only the end lies outside', () => {
    expect(lineFieldOutside(year, { validFrom: '2026-03-01', validTo: '2027-01-01' })).toBe('validTo');
    expect(lineFieldOutside(year, { validFrom: null, validTo: '2025-06-01' })).toBe('validTo');
  });
});

describe('a new agreement validity against an existing line', () => {
  it('names the start when a line begins earlier', () => {
    expect(agreementFieldExcluding({ validFrom: '2026-02-01', validTo: null }, { validFrom: '2026-01-15', validTo: null })).toBe('validFrom');
  });

  it('names the end when a line ends later or starts after it', () => {
    expect(agreementFieldExcluding({ validFrom: '2026-01-01', validTo: '2026-06-30' }, { validFrom: null, validTo: '2026-12-31' })).toBe('validTo');
    expect(agreementFieldExcluding({ validFrom: '2026-01-01', validTo: '2026-06-30' }, { validFrom: '2026-07-01', validTo: null })).toBe('validTo');
  });

  it('accepts lines that still fit', () => {
    expect(agreementFieldExcluding(year, { validFrom: '2026-03-01', validTo: '2026-04-01' })).toBeNull();
  });

  it('describes an open end for messages', () => {
    expect(describeValidity(open)).toEqual({ from: '2026-01-01', to: '…' });
  });
});
