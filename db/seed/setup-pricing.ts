/**
 * Demo rows for the pricing group: Latvian VAT groups with their rate history, the transaction
 * categories order lines are priced by, and the spare parts technicians carry. Money in cents.
 */
import type { Database } from 'better-sqlite3';
import { foldForSearch } from '../search-text';

type TransactionType = 'hour' | 'expense' | 'item' | 'fee';

interface TaxGroupSeed {
  code: string;
  description: string;
  /** Hundredths of a percent; `to: null` = until further notice. */
  rates: readonly { ratePercent: number; from: string; to: string | null }[];
}

interface CategorySeed {
  code: string;
  description: string;
  transactionType: TransactionType;
  unit: string | null;
  costPriceCents: number;
  salesPriceCents: number;
}

interface ItemSeed {
  code: string;
  description: string;
  unit: string;
  costPriceCents: number;
  salesPriceCents: number;
  active: boolean;
}

// The Latvian rates as they changed: 22 % / 12 % from 2011, the standard rate back to 21 % in July 2012.
const TAX_GROUPS: readonly TaxGroupSeed[] = [
  {
    code: 'PVN21',
    description: 'PVN standarta likme',
    rates: [
      { ratePercent: 2100, from: '2009-01-01', to: '2010-12-31' },
      { ratePercent: 2200, from: '2011-01-01', to: '2012-06-30' },
      { ratePercent: 2100, from: '2012-07-01', to: null },
    ],
  },
  {
    code: 'PVN12',
    description: 'PVN samazinātā likme',
    rates: [
      { ratePercent: 1000, from: '2009-01-01', to: '2010-12-31' },
      { ratePercent: 1200, from: '2011-01-01', to: null },
    ],
  },
  { code: 'PVN5', description: 'PVN otrā samazinātā likme', rates: [{ ratePercent: 500, from: '2018-01-01', to: null }] },
  { code: 'PVN0', description: 'PVN 0 % likme (eksports, piegādes ES)', rates: [{ ratePercent: 0, from: '2009-01-01', to: null }] },
];

const CATEGORIES: readonly CategorySeed[] = [
  { code: 'STD', description: 'Standarta darbs', transactionType: 'hour', unit: 'h', costPriceCents: 2200, salesPriceCents: 4500 },
  { code: 'NAKTS', description: 'Nakts/avārijas darbs', transactionType: 'hour', unit: 'h', costPriceCents: 3300, salesPriceCents: 6800 },
  { code: 'KM', description: 'Transporta izdevumi, par km', transactionType: 'expense', unit: 'km', costPriceCents: 28, salesPriceCents: 45 },
  { code: 'STAV', description: 'Stāvvieta', transactionType: 'expense', unit: 'gab.', costPriceCents: 0, salesPriceCents: 0 },
  { code: 'IZSAUK', description: 'Izsaukuma maksa', transactionType: 'fee', unit: 'gab.', costPriceCents: 0, salesPriceCents: 3500 },
  { code: 'APKOPE', description: 'Apkopes maksa', transactionType: 'fee', unit: 'gab.', costPriceCents: 0, salesPriceCents: 6000 },
  { code: 'MAT', description: 'Materiāli', transactionType: 'item', unit: null, costPriceCents: 0, salesPriceCents: 0 },
];

const item = (code: string, description: string, unit: string, costPriceCents: number, salesPriceCents: number, active = true): ItemSeed => ({
  code,
  description,
  unit,
  costPriceCents,
  salesPriceCents,
  active,
});

const ITEMS: readonly ItemSeed[] = [
  item('FLT-G4-592', 'Gaisa filtrs G4, 592×592×48 mm', 'gab.', 850, 1490),
  item('FLT-F7-592', 'Kabatu filtrs F7, 592×592×534 mm', 'gab.', 2450, 3990),
  item('FLT-KOND-01', 'Kondicioniera iekšējā bloka filtrs', 'gab.', 420, 890),
  item('BLV-DN20', 'Blīve DN20, EPDM', 'gab.', 35, 120),
  item('BLV-DEGL-01', 'Degļa kameras blīve', 'gab.', 1280, 2190),
  item('SUKN-BLV-KOMPL', 'Cirkulācijas sūkņa blīvju komplekts', 'kompl.', 1450, 2900),
  item('SENS-T-NTC10', 'Temperatūras sensors NTC 10 kΩ', 'gab.', 950, 1890),
  item('SENS-P-16', 'Spiediena devējs 0–16 bar', 'gab.', 3400, 5900),
  item('SENS-CO-01', 'Tvana gāzes (CO) detektors', 'gab.', 4200, 7500),
  item('R32', 'Aukstumaģents R32', 'kg', 2400, 4200),
  item('R410A', 'Aukstumaģents R410A', 'kg', 3100, 5400),
  // Kept for the history of old orders; no longer sold since R22 was banned from servicing.
  item('R22', 'Aukstumaģents R22 (vairs netiek lietots)', 'kg', 0, 0, false),
  item('LIFT-ROL-80', 'Lifta durvju rullītis Ø80 mm', 'gab.', 680, 1450),
  item('LIFT-SIKS-01', 'Lifta durvju piedziņas siksna', 'gab.', 1850, 3400),
  item('VENT-SIKS-A42', 'Ventilatora ķīļsiksna A42', 'gab.', 540, 1190),
  item('KATLS-ELEKTR', 'Aizdedzes elektrods', 'gab.', 1150, 2390),
  item('UGD-SPR-68', 'Sprinklera galviņa 68 °C', 'gab.', 720, 1590),
];

const AUDIT_COLS = 'version, created_at, updated_at, updated_by';

/** Inserts the pricing demo rows; returns how many rows each table got. */
export function seedPricing(db: Database, now: Date, actor: string): Record<string, number> {
  const at = now.toISOString();
  const tail = [0, at, at, actor] as const;
  const insertGroup = db.prepare(`INSERT INTO tax_groups (code, description, search_text, ${AUDIT_COLS}) VALUES (?, ?, ?, ?, ?, ?, ?)`);
  const insertRate = db.prepare(
    `INSERT INTO tax_rates (tax_group_id, rate_percent, valid_from, valid_to, ${AUDIT_COLS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertCategory = db.prepare(
    `INSERT INTO transaction_categories (code, description, transaction_type, unit, cost_price_cents, sales_price_cents, tax_group_id,
       search_text, ${AUDIT_COLS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertItem = db.prepare(
    `INSERT INTO items (code, description, unit, cost_price_cents, sales_price_cents, tax_group_id, active,
       search_text, ${AUDIT_COLS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );

  const groupIds = new Map<string, number>();
  let rates = 0;
  for (const g of TAX_GROUPS) {
    const id = Number(insertGroup.run(g.code, g.description, foldForSearch(g.code, g.description), ...tail).lastInsertRowid);
    groupIds.set(g.code, id);
    for (const r of g.rates) {
      insertRate.run(id, r.ratePercent, r.from, r.to, ...tail);
      rates++;
    }
  }
  // Service work, travel, fees and parts all carry the standard rate.
  const standard = groupIds.get('PVN21') ?? null;
  for (const c of CATEGORIES) {
    insertCategory.run(
      c.code, c.description, c.transactionType, c.unit, c.costPriceCents, c.salesPriceCents, standard,
      foldForSearch(c.code, c.description), ...tail,
    );
  }
  for (const i of ITEMS) {
    insertItem.run(
      i.code, i.description, i.unit, i.costPriceCents, i.salesPriceCents, standard, i.active ? 1 : 0,
      foldForSearch(i.code, i.description), ...tail,
    );
  }
  return { tax_groups: TAX_GROUPS.length, tax_rates: rates, transaction_categories: CATEGORIES.length, items: ITEMS.length };
}
