import { z } from 'zod';
import { f } from './fields';

/** What agreement lines and order lines state alike. */

/** Quantity in hundredths (hours for hour lines); left empty it is 1. */
export const lineQuantity = (opts: { listed?: boolean } = {}) => ({
  ...f.hours(opts),
  schema: z.number().int().min(0).max(100_000).default(100),
});

export const TRANSACTION_TYPE_LABELS = {
  en: { hour: 'Hour', expense: 'Expense', item: 'Item', fee: 'Fee' },
  lv: { hour: 'Darba stundas', expense: 'Izdevumi', item: 'Krājumi', fee: 'Maksa' },
};
