import { describe, expect, it } from 'vitest';
import { codeBelongsToArea } from './repair-codes';

describe('codeBelongsToArea', () => {
  const nesilda = { areaId: 1 }; // APKURE / NESILDA

  it('accepts a code of the chosen area', () => {
    expect(codeBelongsToArea(nesilda, 1)).toBe(true);
  });

  it('refuses a code of another area', () => {
    expect(codeBelongsToArea(nesilda, 2)).toBe(false);
  });

  it('refuses a code when no area is chosen', () => {
    expect(codeBelongsToArea(nesilda, null)).toBe(false);
  });

  it('has nothing to check when no code is chosen', () => {
    expect(codeBelongsToArea(null, 1)).toBe(true);
    expect(codeBelongsToArea(null, null)).toBe(true);
  });
});
