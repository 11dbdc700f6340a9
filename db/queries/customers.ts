import type { Database } from 'better-sqlite3';
import { foldForSearch, likePattern } from '../search-text';

export interface CustomerRow {
  id: number;
  version: number;
  updatedAt: string;
  updatedBy: string;
  code: string;
  name: string;
  regNo: string | null;
  vatNo: string | null;
  billingAddress: string | null;
  city: string | null;
  postcode: string | null;
  country: string;
  phone: string | null;
  email: string | null;
  language: 'lv' | 'en';
  priceGroup: string | null;
  notes: string | null;
  active: boolean;
}

export type CustomerValues = Omit<CustomerRow, 'id' | 'version' | 'updatedAt' | 'updatedBy'>;

const columns = `id, version, updated_at AS updatedAt, updated_by AS updatedBy, code, name, reg_no AS regNo,
  vat_no AS vatNo, billing_address AS billingAddress, city, postcode, country, phone, email, language,
  price_group AS priceGroup, notes, active`;

type Raw = Omit<CustomerRow, 'active'> & { active: number };
const fromRaw = (r: Raw): CustomerRow => ({ ...r, active: r.active === 1 });

function params(v: CustomerValues) {
  return {
    code: v.code,
    name: v.name,
    regNo: v.regNo,
    vatNo: v.vatNo,
    billingAddress: v.billingAddress,
    city: v.city,
    postcode: v.postcode,
    country: v.country,
    phone: v.phone,
    email: v.email,
    language: v.language,
    priceGroup: v.priceGroup,
    notes: v.notes,
    active: v.active ? 1 : 0,
    searchText: foldForSearch(v.code, v.name, v.regNo, v.vatNo, v.city),
  };
}

export function getCustomer(db: Database, id: number): CustomerRow | undefined {
  const raw = db.prepare(`SELECT ${columns} FROM customers WHERE id = ?`).get(id) as Raw | undefined;
  return raw && fromRaw(raw);
}

export function findCustomerIdByCode(db: Database, code: string): number | undefined {
  return (db.prepare('SELECT id FROM customers WHERE code = ?').get(code) as { id: number } | undefined)?.id;
}

const SORT_SQL = { name: 'name COLLATE NOCASE', code: 'code', city: 'city COLLATE NOCASE' } as const;

export interface CustomerQuery {
  search: string;
  sort: keyof typeof SORT_SQL;
  direction: 'asc' | 'desc';
  page: number;
  pageSize: number;
  includeInactive: boolean;
}

export function listCustomers(db: Database, q: CustomerQuery): { rows: CustomerRow[]; total: number } {
  const where: string[] = [];
  const args: Record<string, string | number> = {};
  if (!q.includeInactive) where.push('active = 1');
  if (q.search) {
    where.push("search_text LIKE @pattern ESCAPE '\\'");
    args.pattern = likePattern(q.search);
  }
  const whereSql = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const order = `${SORT_SQL[q.sort]} ${q.direction === 'desc' ? 'DESC' : 'ASC'}, id`;
  const total = (db.prepare(`SELECT count(*) AS n FROM customers ${whereSql}`).get(args) as { n: number }).n;
  const rows = (
    db
      .prepare(`SELECT ${columns} FROM customers ${whereSql} ORDER BY ${order} LIMIT @limit OFFSET @offset`)
      .all({ ...args, limit: q.pageSize, offset: (q.page - 1) * q.pageSize }) as Raw[]
  ).map(fromRaw);
  return { rows, total };
}

export function insertCustomer(db: Database, v: CustomerValues, actor: string, now: string): number {
  const info = db
    .prepare(
      `INSERT INTO customers (code, name, reg_no, vat_no, billing_address, city, postcode, country, phone, email,
         language, price_group, notes, active, search_text, version, created_at, updated_at, updated_by)
       VALUES (@code, @name, @regNo, @vatNo, @billingAddress, @city, @postcode, @country, @phone, @email,
         @language, @priceGroup, @notes, @active, @searchText, 0, @now, @now, @actor)`,
    )
    .run({ ...params(v), actor, now });
  return Number(info.lastInsertRowid);
}

/** Returns false when the row is gone or its version moved on (the caller says which). */
export function updateCustomer(db: Database, id: number, version: number, v: CustomerValues, actor: string, now: string): boolean {
  const info = db
    .prepare(
      `UPDATE customers SET code = @code, name = @name, reg_no = @regNo, vat_no = @vatNo,
         billing_address = @billingAddress, city = @city, postcode = @postcode, country = @country,
         phone = @phone, email = @email, language = @language, price_group = @priceGroup, notes = @notes,
         active = @active, search_text = @searchText, version = version + 1, updated_at = @now, updated_by = @actor
       WHERE id = @id AND version = @version`,
    )
    .run({ ...params(v), id, version, actor, now });
  return info.changes === 1;
}

export function deleteCustomer(db: Database, id: number, version: number): boolean {
  return db.prepare('DELETE FROM customers WHERE id = ? AND version = ?').run(id, version).changes === 1;
}

/** What may point at a customer; any row here blocks a delete. */
export const CUSTOMER_REFERENCES = [
  { table: 'customer_sites', column: 'customer_id' },
  { table: 'contacts', column: 'customer_id' },
  { table: 'service_objects', column: 'customer_id' },
  { table: 'agreements', column: 'customer_id' },
  { table: 'service_orders', column: 'customer_id' },
] as const;

export function countCustomers(db: Database): number {
  return (db.prepare('SELECT count(*) AS n FROM customers').get() as { n: number }).n;
}
