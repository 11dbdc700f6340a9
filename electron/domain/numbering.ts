/** "SP" + 42 with width 6 -> "SP000042"; numbers wider than the width are kept whole. */
export function formatSequenceNumber(prefix: string, n: number, width: number): string {
  return `${prefix}${String(n).padStart(width, '0')}`;
}

export type SequenceChangeProblem =
  | { field: 'nextNumber'; key: 'sequence_reuses'; params: { last: number } }
  | { field: 'nextNumber'; key: 'invoice_gapless' };

/**
 * A sequence may move forward freely, except the invoice sequence, whose numbers must have no
 * gaps; and it may never go back to a number already handed out (duplicates).
 */
export function checkSequenceChange(
  code: string,
  current: { nextNumber: number; prefix: string },
  wanted: { nextNumber: number; prefix: string },
  lastUsedWithWantedPrefix: number,
): SequenceChangeProblem | null {
  if (code === 'invoice' && wanted.prefix === current.prefix && wanted.nextNumber !== current.nextNumber) {
    return { field: 'nextNumber', key: 'invoice_gapless' };
  }
  if (wanted.nextNumber <= lastUsedWithWantedPrefix) {
    return { field: 'nextNumber', key: 'sequence_reuses', params: { last: lastUsedWithWantedPrefix } };
  }
  return null;
}

/** An IANA zone name the runtime knows ("Europe/Riga"); Intl refuses unknown names. */
export function isKnownTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
