import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Store } from '../../db/store';
import { tempStore } from '../../db/test-helpers';
import type { ApiError, ApiInput, ApiName, ApiOutput } from '../contract';
import { formatErrorMessage } from '../contract/messages';
import { MAX_CSV_CHARS, transferColumns, transferIssueDetails, type TransferIssue } from '../contract/transfer';
import type { CallContext, Handlers } from './context';
import { createHandlers } from './handlers';
import { invoke } from './invoke';

describe('transfer (CSV import and export)', () => {
  let store: Store;
  let cleanup: () => void;
  let ctx: CallContext;
  let handlers: Handlers;

  beforeEach(() => {
    ({ store, cleanup } = tempStore());
    ctx = { store, actor: 'Anna', now: () => new Date('2026-03-02T09:00:00Z') };
    handlers = createHandlers({ appVersion: 't', osUser: 'u' });
  });

  afterEach(() => cleanup());

  async function callOk<N extends ApiName>(name: N, input: ApiInput<N>): Promise<ApiOutput<N>> {
    const result = await invoke(handlers, ctx, name, input);
    if (!result.ok) throw new Error(`${name} was refused: ${JSON.stringify(result.error)}`);
    return result.value as ApiOutput<N>;
  }

  async function callErr(name: ApiName, input: unknown): Promise<ApiError> {
    const result = await invoke(handlers, ctx, name, input);
    if (result.ok) throw new Error(`${name} succeeded but was expected to fail`);
    return result.error;
  }

  const count = (table: string) => (store.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  const brief = (issues: TransferIssue[]) => issues.map(({ row, field, key }) => ({ row, field, key }));
  const lines = (...rows: string[]) => rows.join('\r\n') + '\r\n';

  async function seedTeamAndTax() {
    await callOk('teams.create', { code: 'RIGA', name: 'Rīgas brigāde' });
    await callOk('taxGroups.create', { code: 'PVN21', description: 'Standarta likme' });
  }

  describe('a clean file', () => {
    const customers = lines(
      '\uFEFFcode;name;city;regNo;notes;active',
      'K100;Rīgas Siltums;Rīga;40003000001;"Ieeja no pagalma; zvanīt\r\nsargam";1',
      'K101;"Ādažu Ūdens";Ādaži;;;0',
      ';Bez numura;Cēsis;;;jā',
    );

    it('previews the counts and writes nothing, then imports every row', async () => {
      const preview = await callOk('transfer.preview', { kind: 'customers', csv: customers });
      expect(preview).toMatchObject({ kind: 'customers', scope: 'customer', rows: 3, creates: 3, updates: 0, issues: [] });
      expect(count('customers')).toBe(0);

      const imported = await callOk('transfer.import', { kind: 'customers', csv: customers });
      expect(imported).toMatchObject({ rows: 3, creates: 3, updates: 0, issues: [], imported: true });
      const list = await callOk('customers.list', { includeInactive: true, sort: 'code' });
      expect(list.rows.map((c) => [c.code, c.name, c.city, c.regNo, c.active])).toEqual([
        ['K000001', 'Bez numura', 'Cēsis', null, true],
        ['K100', 'Rīgas Siltums', 'Rīga', '40003000001', true],
        ['K101', 'Ādažu Ūdens', 'Ādaži', null, false],
      ]);
      expect(list.rows[1]?.notes).toBe('Ieeja no pagalma; zvanīt\r\nsargam');
      expect(list.rows[1]?.updatedBy).toBe('Anna');
    });

    it('reads a comma-separated file with references given by code', async () => {
      await seedTeamAndTax();
      const csv = lines('code,name,kind,teamId,costPriceCents,salesPriceCents', 'D01,Jānis Bērziņš,Tehniķis,RIGA,"18,50",45', 'D02,Anna Kalniņa,office,,0,0');
      const result = await callOk('transfer.import', { kind: 'workers', csv });
      expect(result).toMatchObject({ creates: 2, issues: [], imported: true });
      const jānis = (await callOk('workers.list', { search: 'D01' })).rows[0];
      expect(jānis).toMatchObject({ kind: 'technician', costPriceCents: 1850, salesPriceCents: 4500, refLabels: { teamId: 'RIGA' } });
    });
  });

  describe('a file with bad rows', () => {
    const workers = lines(
      'code;name;teamId;costPriceCents',
      'D01;Jānis Bērziņš;RIGA;18,50',
      'D02;;RIGA;20',
      'D01;Pēteris Ozols;;20',
      'D04;Līga Liepa;NAV;20',
      'D05;Ilze Egle;RIGA;lēts',
      'D06;Kārlis Zariņš;RIGA;22',
    );

    it('reports every bad row with its row number, field and reason, and writes nothing', async () => {
      await seedTeamAndTax();
      const before = count('workers');
      const preview = await callOk('transfer.preview', { kind: 'workers', csv: workers });
      expect(preview).toMatchObject({ rows: 6, creates: 2 });
      expect(brief(preview.issues)).toEqual([
        { row: 3, field: 'name', key: 'required' },
        { row: 4, field: 'code', key: 'csv_duplicate_row' },
        { row: 5, field: 'teamId', key: 'csv_ref_unknown' },
        { row: 6, field: 'costPriceCents', key: 'not_number' },
      ]);
      expect(preview.issues[1]).toMatchObject({ params: { value: 'D01', line: 2 }, message: 'Worker number: "D01" already appears on row 2 of the file.' });
      expect(preview.issues[2]?.message).toBe('Dispatch team: there is no record with the code "NAV".');
      expect(preview.issues[3]?.message).toBe('Hourly cost price: enter a number.');
      const issue = preview.issues[2];
      expect(issue && formatErrorMessage('lv', transferIssueDetails(preview.scope, issue))).toBe(
        'Dispečeru komanda: ieraksts ar kodu „NAV” neeksistē.',
      );
      expect(count('workers')).toBe(before);
    });

    it('import refuses the whole file, the good rows included', async () => {
      await seedTeamAndTax();
      const result = await callOk('transfer.import', { kind: 'workers', csv: workers });
      expect(result.imported).toBe(false);
      expect(result.issues).toHaveLength(4);
      expect(count('workers')).toBe(0);
    });

    it('reports all problems of one row, not only the first', async () => {
      const result = await callOk('transfer.preview', { kind: 'items', csv: lines('code;description;unit;active;salesPriceCents', 'P1;;;varbūt;x') });
      expect(brief(result.issues)).toEqual([
        { row: 2, field: 'active', key: 'csv_boolean' },
        { row: 2, field: 'salesPriceCents', key: 'not_number' },
        { row: 2, field: 'description', key: 'required' },
        { row: 2, field: 'unit', key: 'required' },
      ]);
    });

    it('reports the rules of the service itself (a site of another customer) naming the field', async () => {
      await callOk('transfer.import', { kind: 'customers', csv: lines('code;name', 'K1;Viens', 'K2;Divi') });
      await callOk('transfer.import', { kind: 'sites', csv: lines('customerId;code;name;address;city', 'K1;S1;Birojs;Brīvības 1;Rīga') });
      const result = await callOk('transfer.preview', {
        kind: 'serviceObjects',
        csv: lines('code;description;customerId;siteId;installedOn;warrantyEnd', 'L1;Lifts;K2;S1;;', 'L2;Katls;K1;S1;1.3.2026;2026-02-01'),
      });
      expect(brief(result.issues)).toEqual([
        { row: 2, field: 'siteId', key: 'csv_ref_unknown' },
        { row: 3, field: 'warrantyEnd', key: 'date_order' },
      ]);
      expect(result.issues[1]?.message).toBe('Warranty until: must not be before Installed on.');
    });

    it('names unknown, repeated and missing columns on row 1 and checks no rows', async () => {
      const result = await callOk('transfer.preview', { kind: 'customers', csv: lines('code;nosaukums;city;City', 'K1;X;Rīga;Rīga') });
      expect(result.issues.map(({ row, field, key, params }) => ({ row, field, key, params }))).toEqual([
        { row: 1, field: 'nosaukums', key: 'csv_unknown_column', params: {} },
        { row: 1, field: 'city', key: 'csv_duplicate_column', params: { column: 'City' } },
        { row: 1, field: 'name', key: 'csv_missing_column', params: { column: 'name' } },
      ]);
      expect(result.issues[2]?.message).toBe('Name: the column "name" is missing from the first line.');
    });

    it('refuses an empty file, an unclosed quote and values beyond the named columns', async () => {
      expect(brief((await callOk('transfer.preview', { kind: 'items', csv: '\uFEFF' })).issues)).toEqual([{ row: 1, field: null, key: 'csv_empty' }]);
      const unclosed = await callOk('transfer.import', { kind: 'items', csv: lines('code;description;unit', 'A;"kabelis;m', 'B;x;m') });
      expect(brief(unclosed.issues)).toEqual([{ row: 2, field: null, key: 'csv_unclosed_quote' }]);
      expect(unclosed.imported).toBe(false);
      const extra = await callOk('transfer.preview', { kind: 'items', csv: lines('code;description;unit', 'A;Kabelis;m;lieks') });
      expect(brief(extra.issues)).toEqual([{ row: 2, field: null, key: 'csv_extra_values' }]);
    });

    it('refuses a file over 5 MB before reading it', async () => {
      const error = await callErr('transfer.preview', { kind: 'customers', csv: 'x'.repeat(MAX_CSV_CHARS + 1) });
      expect(error.code).toBe('validation');
      expect(error.details.issues).toEqual([{ field: 'csv', key: 'too_long', params: { max: MAX_CSV_CHARS } }]);
    });
  });

  describe('updates', () => {
    it('updates the record with the same code, keeping the columns the file leaves out', async () => {
      const stored = await callOk('customers.create', { code: 'K1', name: 'Vecais nosaukums', city: 'Rīga', regNo: '40003000001' });
      const csv = lines('code;name;city', 'K1;Jaunais nosaukums;', 'K2;Cits klients;Ogre');
      const preview = await callOk('transfer.preview', { kind: 'customers', csv });
      expect(preview).toMatchObject({ creates: 1, updates: 1, issues: [] });
      expect((await callOk('customers.get', { id: stored.id })).version).toBe(stored.version);

      await callOk('transfer.import', { kind: 'customers', csv });
      const updated = await callOk('customers.get', { id: stored.id });
      expect(updated).toMatchObject({ name: 'Jaunais nosaukums', city: null, regNo: '40003000001', version: stored.version + 1 });
    });

    it('matches a site by its code under the same customer only', async () => {
      await callOk('transfer.import', { kind: 'customers', csv: lines('code;name', 'K1;Viens', 'K2;Divi') });
      await callOk('transfer.import', { kind: 'sites', csv: lines('customerId;code;name;address;city', 'K1;S1;Birojs;Brīvības 1;Rīga') });
      const result = await callOk('transfer.import', {
        kind: 'sites',
        csv: lines('customerId;code;name;address;city', 'K1;S1;Galvenais birojs;Brīvības 1;Rīga', 'K2;S1;Noliktava;Rūpniecības 5;Ogre'),
      });
      expect(result).toMatchObject({ creates: 1, updates: 1, imported: true });
      expect(count('customer_sites')).toBe(2);
    });
  });

  describe('export', () => {
    it('writes a ";" file with a BOM, the import columns and codes for references', async () => {
      await seedTeamAndTax();
      await callOk('transfer.import', {
        kind: 'workers',
        csv: lines('code;name;teamId;costPriceCents;email', 'D02;"Bērziņš; Jānis";RIGA;18,5;', 'D01;Anna;;0;anna@example.lv'),
      });
      const { fileName, csv } = await callOk('transfer.export', { kind: 'workers' });
      expect(fileName).toBe('workers-2026-03-02.csv');
      expect(csv).toBe(
        lines(
          '\uFEFFcode;name;kind;teamId;phone;email;costPriceCents;salesPriceCents;status',
          'D01;Anna;technician;;;anna@example.lv;0,00;0,00;active',
          'D02;"Bērziņš; Jānis";technician;RIGA;;;18,50;0,00;active',
        ),
      );
    });

    it('round-trips every kind: importing an export changes nothing', async () => {
      await seedTeamAndTax();
      await callOk('objectGroups.create', { code: 'LIFTI', description: 'Lifti' });
      const files = {
        customers: lines('code;name;city;active;notes', 'K1;Viens;Rīga;1;"divas\nrindas"', 'K2;Divi;;0;'),
        sites: lines('customerId;code;name;address;city;country', 'K1;S1;Birojs;Brīvības 1;Rīga;LV', 'K2;S1;Noliktava;Ceļš 2;Tartu;EE'),
        workers: lines('code;name;teamId;salesPriceCents', 'D1;Jānis;RIGA;45'),
        serviceObjects: lines('code;description;groupId;customerId;siteId;parentId', 'L1;Lifts;LIFTI;K2;S1;', 'L1-D;Piedziņa;;K2;S1;L1'),
        items: lines('code;description;unit;costPriceCents;salesPriceCents;taxGroupId;active', 'P1;Filtrs;gab.;3,10;7,99;PVN21;0'),
      } as const;
      for (const [kind, csv] of Object.entries(files)) {
        expect(await callOk('transfer.import', { kind: kind as keyof typeof files, csv }), kind).toMatchObject({ imported: true, issues: [] });
      }
      for (const kind of Object.keys(files) as (keyof typeof files)[]) {
        const table = { customers: 'customers', sites: 'customer_sites', workers: 'workers', serviceObjects: 'service_objects', items: 'items' }[kind];
        const snapshot = () => store.db.prepare(`SELECT * FROM ${table} ORDER BY id`).all();
        const before = snapshot();
        const exported = await callOk('transfer.export', { kind });
        // The UI lists the columns from the contract; the export writes exactly those.
        expect(exported.csv.slice(1, exported.csv.indexOf('\r\n')), kind).toBe(transferColumns(kind).join(';'));
        const again = await callOk('transfer.import', { kind, csv: exported.csv });
        expect(again, kind).toMatchObject({ rows: before.length, creates: 0, updates: before.length, issues: [] });
        const after = snapshot() as Record<string, unknown>[];
        // Only the audit stamp moves; every value is the same.
        expect(after.map(({ version: _v, ...rest }) => rest), kind).toEqual(
          (before as Record<string, unknown>[]).map(({ version: _v, ...rest }) => rest),
        );
      }
    });

    it('pages through more rows than one list page holds', async () => {
      const many = Array.from({ length: 1203 }, (_, i) => `P${String(i).padStart(4, '0')};Prece ${i};gab.`);
      expect(await callOk('transfer.import', { kind: 'items', csv: lines('code;description;unit', ...many) })).toMatchObject({ creates: 1203 });
      const { csv } = await callOk('transfer.export', { kind: 'items' });
      expect(csv.trimEnd().split('\r\n')).toHaveLength(1204);
    });
  });
});
