import { describe, expect, it } from 'vitest';
import { checkSequenceChange, formatSequenceNumber, isKnownTimeZone } from './numbering';

describe('number sequences', () => {
  it('pads to the width and keeps longer numbers whole', () => {
    expect(formatSequenceNumber('SP', 42, 6)).toBe('SP000042');
    expect(formatSequenceNumber('K', 1234567, 6)).toBe('K1234567');
  });

  it('lets a sequence move forward past what is used', () => {
    expect(checkSequenceChange('order', { nextNumber: 61, prefix: 'SP' }, { nextNumber: 1000, prefix: 'SP' }, 60)).toBeNull();
  });

  it('refuses going back to a number already handed out', () => {
    expect(checkSequenceChange('order', { nextNumber: 61, prefix: 'SP' }, { nextNumber: 60, prefix: 'SP' }, 60)).toEqual({
      field: 'nextNumber',
      key: 'sequence_reuses',
      params: { last: 60 },
    });
  });

  it('allows restarting at 1 under a new prefix nobody has used', () => {
    expect(checkSequenceChange('order', { nextNumber: 61, prefix: 'SP' }, { nextNumber: 1, prefix: 'SP26-' }, 0)).toBeNull();
  });

  it('never lets the invoice sequence skip or go back under the same prefix', () => {
    expect(checkSequenceChange('invoice', { nextNumber: 5, prefix: 'R' }, { nextNumber: 9, prefix: 'R' }, 4)).toEqual({
      field: 'nextNumber',
      key: 'invoice_gapless',
    });
    expect(checkSequenceChange('invoice', { nextNumber: 5, prefix: 'R' }, { nextNumber: 5, prefix: 'R' }, 4)).toBeNull();
  });

  it('knows IANA time zones', () => {
    expect(isKnownTimeZone('Europe/Riga')).toBe(true);
    expect(isKnownTimeZone('Mars/Olympus')).toBe(false);
  });
});
