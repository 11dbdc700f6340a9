import type { FieldSpec } from '../../../electron/contract/fields';

/** Decimal places of the integer-stored kinds: cents, hundredths of an hour, of a percent. */
export const DECIMAL_SCALE: Partial<Record<FieldSpec['kind'], number>> = { money: 2, hours: 2, percent: 2 };
