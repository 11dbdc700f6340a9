/** Response and resolution targets of an SLA, in minutes, one pair per order priority. */
export interface SlaTargets {
  responseHighMinutes: number;
  resolutionHighMinutes: number;
  responseNormalMinutes: number;
  resolutionNormalMinutes: number;
  responseLowMinutes: number;
  resolutionLowMinutes: number;
}

type Pair = readonly [response: keyof SlaTargets, resolution: keyof SlaTargets];

export const SLA_TARGET_PAIRS: readonly Pair[] = [
  ['responseHighMinutes', 'resolutionHighMinutes'],
  ['responseNormalMinutes', 'resolutionNormalMinutes'],
  ['responseLowMinutes', 'resolutionLowMinutes'],
];

/**
 * An order cannot be resolved before someone has responded to it, so a resolution target shorter
 * than the response target of the same priority is a typo. Returns the first such pair.
 */
export function resolutionBeforeResponse(t: SlaTargets): { field: keyof SlaTargets; other: keyof SlaTargets } | null {
  const pair = SLA_TARGET_PAIRS.find(([response, resolution]) => t[resolution] < t[response]);
  return pair ? { field: pair[1], other: pair[0] } : null;
}
