/**
 * Inserts for seed data, shared by the demo company and the large generator so both fill the
 * audit columns and search_text exactly as the queries layer does. Statements are prepared once
 * and bound positionally: the large generator runs them hundreds of thousands of times.
 */
import type { Database } from 'better-sqlite3';
import { foldForSearch } from '../search-text';

export interface CustomerSeed {
  code: string;
  name: string;
  regNo: string | null;
  vatNo: string | null;
  billingAddress: string;
  city: string;
  postcode: string;
  phone: string | null;
  email: string | null;
  language: 'lv' | 'en';
  priceGroup: string | null;
  notes: string | null;
}

export interface SiteSeed {
  customerId: number;
  code: string;
  name: string;
  address: string;
  city: string;
  postcode: string;
  latitude: number;
  longitude: number;
  notes: string | null;
}

export interface ContactSeed {
  customerId: number;
  name: string;
  role: string;
  phone: string;
  email: string;
}

export interface WorkerSeed {
  code: string;
  name: string;
  kind: 'technician' | 'office';
  teamId: number | null;
  phone: string;
  email: string;
  costPriceCents: number;
  salesPriceCents: number;
}

export interface ObjectSeed {
  code: string;
  description: string;
  groupId: number;
  customerId: number;
  siteId: number;
  parentId: number | null;
  manufacturer: string;
  model: string;
  serialNo: string;
  installedOn: string;
  warrantyEnd: string;
}

export type AgreementStatus = 'draft' | 'active' | 'suspended' | 'expired' | 'cancelled';

export interface AgreementSeed {
  number: string;
  description: string;
  customerId: number;
  siteId: number | null;
  status: AgreementStatus;
  validFrom: string;
  validTo: string | null;
  responsibleWorkerId: number | null;
  preferredWorkerId: number | null;
}

export interface OrderSeed {
  number: string;
  description: string;
  customerId: number;
  siteId: number | null;
  agreementId: number | null;
  serviceObjectId: number | null;
  priority: 'high' | 'normal' | 'low';
  origin: 'generated' | 'manual' | 'request';
  progress: 'in_process' | 'posted' | 'cancelled';
  preferredDate: string | null;
  responsibleWorkerId: number | null;
  workerId: number | null;
  plannedStart: string | null;
  plannedEnd: string | null;
  plannedHoursX100: number;
  /** Only for search_text: the order row itself keeps ids, the list searches names. */
  search: { customerName: string; siteCity: string | null; objectSerial: string | null };
}

export function formatNumber(prefix: string, n: number, width = 6): string {
  return `${prefix}${String(n).padStart(width, '0')}`;
}

const AUDIT_COLS = 'version, created_at, updated_at, updated_by';

export type SeedWriter = ReturnType<typeof seedWriter>;

export function seedWriter(db: Database, audit: { now: Date; actor: string }) {
  const now = audit.now.toISOString();
  const actor = audit.actor;
  const tail = [0, now, now, actor] as const;
  const insert = (table: string, cols: string) => {
    const count = cols.split(',').length + 4;
    return db.prepare(`INSERT INTO ${table} (${cols}, ${AUDIT_COLS}) VALUES (${Array(count).fill('?').join(', ')})`);
  };

  const team = insert('dispatch_teams', 'code, name, search_text');
  const teamOwner = db.prepare('UPDATE dispatch_teams SET owner_worker_id = ? WHERE id = ?');
  const worker = insert(
    'workers',
    'code, name, kind, team_id, phone, email, cost_price_cents, sales_price_cents, search_text',
  );
  const customer = insert(
    'customers',
    'code, name, reg_no, vat_no, billing_address, city, postcode, phone, email, language, price_group, notes, search_text',
  );
  const site = insert('customer_sites', 'customer_id, code, name, address, city, postcode, latitude, longitude, notes, search_text');
  const contact = insert('contacts', 'customer_id, name, role, phone, email, search_text');
  const group = insert('service_object_groups', 'code, description, search_text');
  const object = insert(
    'service_objects',
    'code, description, group_id, customer_id, site_id, parent_id, manufacturer, model, serial_no, installed_on, warranty_end, search_text',
  );
  const agreement = insert(
    'agreements',
    'number, description, customer_id, site_id, status, valid_from, valid_to, responsible_worker_id, preferred_worker_id, search_text',
  );
  const order = insert(
    'service_orders',
    `number, description, customer_id, site_id, agreement_id, service_object_id, priority, origin, progress,
     preferred_date, responsible_worker_id, worker_id, planned_start, planned_end, planned_hours_x100, search_text`,
  );
  // Never moves a sequence backwards: the caller may have handed out numbers before seeding.
  const sequence = db.prepare(
    `UPDATE number_sequences SET next_number = max(next_number, ?), version = version + 1, updated_at = ?, updated_by = ?
     WHERE code = ?`,
  );

  const id = (info: { lastInsertRowid: number | bigint }) => Number(info.lastInsertRowid);

  return {
    team: (code: string, name: string) => id(team.run(code, name, foldForSearch(code, name), ...tail)),
    setTeamOwner: (teamId: number, workerId: number) => void teamOwner.run(workerId, teamId),
    worker: (w: WorkerSeed) =>
      id(
        worker.run(
          w.code, w.name, w.kind, w.teamId, w.phone, w.email, w.costPriceCents, w.salesPriceCents,
          foldForSearch(w.code, w.name), ...tail,
        ),
      ),
    customer: (c: CustomerSeed) =>
      id(
        customer.run(
          c.code, c.name, c.regNo, c.vatNo, c.billingAddress, c.city, c.postcode, c.phone, c.email, c.language,
          c.priceGroup, c.notes, foldForSearch(c.code, c.name, c.regNo, c.vatNo, c.city), ...tail,
        ),
      ),
    site: (s: SiteSeed) =>
      id(site.run(s.customerId, s.code, s.name, s.address, s.city, s.postcode, s.latitude, s.longitude, s.notes, foldForSearch(s.code, s.name, s.address, s.city), ...tail)),
    contact: (c: ContactSeed) => id(contact.run(c.customerId, c.name, c.role, c.phone, c.email, foldForSearch(c.name, c.phone, c.email), ...tail)),
    group: (code: string, description: string) => id(group.run(code, description, foldForSearch(code, description), ...tail)),
    object: (o: ObjectSeed) =>
      id(
        object.run(
          o.code, o.description, o.groupId, o.customerId, o.siteId, o.parentId, o.manufacturer, o.model, o.serialNo,
          o.installedOn, o.warrantyEnd, foldForSearch(o.code, o.description, o.manufacturer, o.model, o.serialNo), ...tail,
        ),
      ),
    agreement: (a: AgreementSeed) =>
      id(
        agreement.run(
          a.number, a.description, a.customerId, a.siteId, a.status, a.validFrom, a.validTo, a.responsibleWorkerId,
          a.preferredWorkerId, foldForSearch(a.number, a.description), ...tail,
        ),
      ),
    order: (o: OrderSeed) =>
      id(
        order.run(
          o.number, o.description, o.customerId, o.siteId, o.agreementId, o.serviceObjectId, o.priority, o.origin,
          o.progress, o.preferredDate, o.responsibleWorkerId, o.workerId, o.plannedStart, o.plannedEnd, o.plannedHoursX100,
          foldForSearch(o.number, o.description, o.search.customerName, o.search.siteCity, o.search.objectSerial),
          ...tail,
        ),
      ),
    /** Sets the sequence so the next number handed out is one past `lastUsed`. */
    advanceSequence: (code: string, lastUsed: number) => void sequence.run(lastUsed + 1, now, actor, code),
  };
}

/** Row counts of the tables seeding fills, for the CLI and the demo loader's result. */
export function countRows(db: Database): Record<string, number> {
  const tables = [
    'customers', 'customer_sites', 'contacts', 'dispatch_teams', 'workers', 'service_object_groups',
    'service_objects', 'agreements', 'service_orders',
  ];
  const counts: Record<string, number> = {};
  for (const t of tables) counts[t] = (db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n;
  return counts;
}
