import { describe, expect, it } from 'vitest';
import { formatDecimal, parseDecimal } from './decimal';

describe('decimal text', () => {
  it('parses comma and point decimals exactly', () => {
    expect(parseDecimal('45,50', 2)).toBe(4550);
    expect(parseDecimal('0.1', 2)).toBe(10);
    expect(parseDecimal('1 234,05', 2)).toBe(123405);
    expect(parseDecimal('7', 2)).toBe(700);
    expect(parseDecimal('-2,5', 2)).toBe(-250);
  });

  it('refuses what is not a number or has too many decimals', () => {
    expect(parseDecimal('abc', 2)).toBeNaN();
    expect(parseDecimal('1,234', 2)).toBeNaN();
    expect(parseDecimal('', 2)).toBeNull();
  });

  it('formats in the language of the user', () => {
    expect(formatDecimal(4550, 2, 'lv')).toBe('45,50');
    expect(formatDecimal(4550, 2, 'en')).toBe('45.50');
    expect(formatDecimal(5, 2, 'en')).toBe('0.05');
    expect(formatDecimal(null, 2, 'en')).toBe('');
  });
});
