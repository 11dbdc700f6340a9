import { describe, expect, it } from 'vitest';
import { resolutionBeforeResponse, type SlaTargets } from './service-levels';

const ok: SlaTargets = {
  responseHighMinutes: 60,
  resolutionHighMinutes: 240,
  responseNormalMinutes: 120,
  resolutionNormalMinutes: 480,
  responseLowMinutes: 240,
  resolutionLowMinutes: 1440,
};

describe('resolutionBeforeResponse', () => {
  it('accepts resolution targets at or above the response targets', () => {
    expect(resolutionBeforeResponse(ok)).toBeNull();
    expect(resolutionBeforeResponse({ ...ok, resolutionHighMinutes: 60 })).toBeNull();
    expect(resolutionBeforeResponse({ ...ok, responseLowMinutes: 0, resolutionLowMinutes: 0 })).toBeNull();
  });

  it('names the resolution field of the priority that is shorter, and its response field', () => {
    expect(resolutionBeforeResponse({ ...ok, resolutionHighMinutes: 59 })).toEqual({
      field: 'resolutionHighMinutes',
      other: 'responseHighMinutes',
    });
    expect(resolutionBeforeResponse({ ...ok, resolutionNormalMinutes: 100 })).toEqual({
      field: 'resolutionNormalMinutes',
      other: 'responseNormalMinutes',
    });
    expect(resolutionBeforeResponse({ ...ok, responseLowMinutes: 2000 })).toEqual({
      field: 'resolutionLowMinutes',
      other: 'responseLowMinutes',
    });
  });
});
