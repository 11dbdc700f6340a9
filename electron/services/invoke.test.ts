import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Store } from '../../db/store';
import { tempStore } from '../../db/test-helpers';
import type { ApiError, ApiInput, ApiName, ApiOutput } from '../contract';
import { formatErrorMessage } from '../contract/messages';
import type { CallContext, Handlers } from './context';
import { createHandlers } from './handlers';
import { invoke, type Logger } from './invoke';

const NOW = new Date('2026-03-29T10:00:00Z');
const LATER = new Date('2026-03-29T11:30:00Z');

describe('invoke (contract level)', () => {
  let store: Store;
  let cleanup: () => void;
  let ctx: CallContext;
  let handlers: Handlers;
  let logged: { message: string; err: unknown }[];
  const log: Logger = (message, err) => {
    logged.push({ message, err });
  };

  beforeEach(() => {
    ({ store, cleanup } = tempStore());
    ctx = { store, actor: 'Anna', now: () => NOW };
    handlers = createHandlers({ appVersion: 'test', osUser: 'tester' });
    logged = [];
  });

  afterEach(() => cleanup());

  async function callOk<N extends ApiName>(name: N, input: ApiInput<N>, c: CallContext = ctx): Promise<ApiOutput<N>> {
    const result = await invoke(handlers, c, name, input, log);
    if (!result.ok) throw new Error(`${name} was refused: ${JSON.stringify(result.error)}`);
    return result.value as ApiOutput<N>;
  }

  async function callErr(name: string, input: unknown, c: CallContext = ctx): Promise<ApiError> {
    const result = await invoke(handlers, c, name, input, log);
    if (result.ok) throw new Error(`${name} succeeded but was expected to fail: ${JSON.stringify(result.value)}`);
    return result.error;
  }

  const count = (table: string) => (store.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  const nextCustomerNumber = () =>
    (store.db.prepare("SELECT next_number AS n FROM number_sequences WHERE code = 'customer'").get() as { n: number }).n;

  describe('dispatch', () => {
    it('refuses an unknown call', async () => {
      const error = await callErr('customers.explode', {});
      expect(error.code).toBe('unknown_call');
      expect(error.details).toMatchObject({ key: 'unknown_call', params: { name: 'customers.explode' } });
      expect(error.message).toContain('"customers.explode"');
    });

    it('does not treat inherited object properties as calls', async () => {
      expect((await callErr('toString', {})).code).toBe('unknown_call');
      expect((await callErr('__proto__', {})).code).toBe('unknown_call');
    });

    it('treats a missing input as {}', async () => {
      const result = await invoke(handlers, ctx, 'system.info', undefined, log);
      expect(result.ok).toBe(true);
    });
  });

  describe('customers.create', () => {
    it('refuses an empty name and a bad e-mail, naming both fields in en and lv, and writes nothing', async () => {
      const error = await callErr('customers.create', { name: '  ', email: 'not-an-address' });
      expect(error.code).toBe('validation');
      expect(error.details.scope).toBe('customer');
      expect(error.details.issues).toEqual([
        { field: 'name', key: 'required' },
        { field: 'email', key: 'invalid_format' },
      ]);
      expect(error.message).toContain('Name');
      expect(error.message).toContain('E-mail');
      expect(error.message.indexOf('Name')).toBeLessThan(error.message.indexOf('E-mail'));
      const lv = formatErrorMessage('lv', error.details);
      expect(lv).toContain('Nosaukums');
      expect(lv).toContain('E-pasts');
      expect(count('customers')).toBe(0);
      expect(nextCustomerNumber()).toBe(1);
    });

    it('refuses an unknown extra field', async () => {
      const error = await callErr('customers.create', { name: 'SIA Tests', colour: 'blue' });
      expect(error.code).toBe('validation');
      expect(error.details.issues).toEqual([{ field: 'colour', key: 'unknown_field' }]);
      expect(error.message).toContain('colour');
      expect(count('customers')).toBe(0);
    });

    it('numbers customers from the sequence when no code is given', async () => {
      const first = await callOk('customers.create', { name: 'SIA Pirmais' });
      const second = await callOk('customers.create', { name: 'SIA Otrais', code: '' });
      expect(first.code).toBe('K000001');
      expect(second.code).toBe('K000002');
      expect(first).toMatchObject({
        name: 'SIA Pirmais',
        version: 0,
        updatedBy: 'Anna',
        updatedAt: NOW.toISOString(),
        country: 'LV',
        language: 'lv',
        active: true,
        email: null,
        regNo: null,
      });
    });

    it('skips sequence numbers already taken by a hand-typed code', async () => {
      await callOk('customers.create', { name: 'SIA Rokas', code: 'K000001' });
      const next = await callOk('customers.create', { name: 'SIA Automātiskais' });
      expect(next.code).toBe('K000002');
      expect(count('customers')).toBe(2);
    });

    it('trims text and keeps empty optional text as null', async () => {
      const c = await callOk('customers.create', { name: '  SIA Ābele  ', city: '', email: '', phone: ' 2000 0000 ' });
      expect(c).toMatchObject({ name: 'SIA Ābele', city: null, email: null, phone: '2000 0000' });
    });

    it('refuses a duplicate code, naming the field, and writes nothing', async () => {
      await callOk('customers.create', { name: 'SIA Pirmais', code: 'ABC' });
      const error = await callErr('customers.create', { name: 'SIA Otrais', code: 'ABC' });
      expect(error.code).toBe('validation');
      expect(error.details.key).toBe('duplicate');
      expect(error.details.issues).toEqual([{ field: 'code', key: 'duplicate', params: { value: 'ABC' } }]);
      expect(error.message).toContain('Customer number');
      expect(error.message).toContain('ABC');
      expect(formatErrorMessage('lv', error.details)).toContain('Klienta numurs');
      expect(count('customers')).toBe(1);
    });
  });

  describe('customers.update', () => {
    it('accepts the current version, bumps it and records the actor', async () => {
      const created = await callOk('customers.create', { name: 'SIA Vecais' });
      const janis: CallContext = { store, actor: 'Jānis', now: () => LATER };
      const updated = await callOk(
        'customers.update',
        { id: created.id, version: created.version, name: 'SIA Jaunais', city: 'Rīga' },
        janis,
      );
      expect(updated).toMatchObject({
        id: created.id,
        code: created.code,
        name: 'SIA Jaunais',
        city: 'Rīga',
        version: created.version + 1,
        updatedBy: 'Jānis',
        updatedAt: LATER.toISOString(),
      });
      expect(await callOk('customers.get', { id: created.id })).toEqual(updated);
    });

    it('refuses a stale version with who and when, and leaves the row unchanged', async () => {
      const created = await callOk('customers.create', { name: 'SIA Vecais' });
      const janis: CallContext = { store, actor: 'Jānis', now: () => LATER };
      const byJanis = await callOk('customers.update', { id: created.id, version: 0, name: 'Jāņa maiņa' }, janis);

      const error = await callErr('customers.update', { id: created.id, version: 0, name: 'Annas maiņa' });
      expect(error.code).toBe('conflict');
      expect(error.details.params).toEqual({ by: 'Jānis', at: LATER.toISOString() });
      expect(error.message).toContain('Jānis');
      // The moment is rendered for the reader (local time zone), so only its date part is stable.
      expect(error.message).toMatch(/29.03.2026/);
      expect(error.message).not.toContain('{{');
      expect(await callOk('customers.get', { id: created.id })).toEqual(byJanis);
    });

    it('says not_found for a missing id', async () => {
      const error = await callErr('customers.update', { id: 4242, version: 0, name: 'Nav' });
      expect(error.code).toBe('not_found');
      expect(error.details.key).toBe('not_found');
    });

    it('refuses a code another customer has', async () => {
      const a = await callOk('customers.create', { name: 'A', code: 'A1' });
      await callOk('customers.create', { name: 'B', code: 'B1' });
      const error = await callErr('customers.update', { id: a.id, version: a.version, name: 'A', code: 'B1' });
      expect(error.code).toBe('validation');
      expect(error.details.issues?.[0]).toMatchObject({ field: 'code', key: 'duplicate' });
      expect((await callOk('customers.get', { id: a.id })).code).toBe('A1');
    });

    it('keeps the code when the update leaves it empty', async () => {
      const a = await callOk('customers.create', { name: 'A' });
      const updated = await callOk('customers.update', { id: a.id, version: a.version, name: 'A2', code: '' });
      expect(updated.code).toBe(a.code);
    });
  });

  describe('customers.delete', () => {
    it('is refused with referenced while a site refers to the customer', async () => {
      const c = await callOk('customers.create', { name: 'SIA Ar vietu' });
      store.db
        .prepare(
          `INSERT INTO customer_sites (customer_id, code, name, address, city, created_at, updated_at, updated_by)
           VALUES (?, 'S1', 'Noliktava', 'Brīvības iela 1', 'Rīga', 'x', 'x', 'x')`,
        )
        .run(c.id);
      const error = await callErr('customers.delete', { id: c.id, version: c.version });
      expect(error.code).toBe('referenced');
      expect(error.details.params).toEqual({ refs: 'customer_sites=1' });
      expect(error.message).toContain('1 service sites');
      expect(formatErrorMessage('lv', error.details)).toContain('1 servisa vietas');
      expect(count('customers')).toBe(1);
    });

    it('is refused with conflict for a stale version', async () => {
      const c = await callOk('customers.create', { name: 'SIA Dzēšamais' });
      await callOk('customers.update', { id: c.id, version: c.version, name: 'SIA Mainīts' });
      const error = await callErr('customers.delete', { id: c.id, version: c.version });
      expect(error.code).toBe('conflict');
      expect(error.details.params).toMatchObject({ by: 'Anna' });
      expect(count('customers')).toBe(1);
    });

    it('deletes with the current version', async () => {
      const c = await callOk('customers.create', { name: 'SIA Dzēšamais' });
      expect(await callOk('customers.delete', { id: c.id, version: c.version })).toEqual({ id: c.id });
      expect(count('customers')).toBe(0);
      expect((await callErr('customers.get', { id: c.id })).code).toBe('not_found');
      expect((await callErr('customers.delete', { id: c.id, version: c.version })).code).toBe('not_found');
    });
  });

  describe('customers.list', () => {
    beforeEach(async () => {
      for (const [name, city] of [
        ['Rīgas Siltums', 'Rīga'],
        ['Daugavpils Ūdens', 'Daugavpils'],
        ['Jūrmalas Ūdens', 'Jūrmala'],
        ['Liepājas Enerģija', 'Liepāja'],
        ['Ventspils 100% Serviss', 'Ventspils'],
      ] as const) {
        await callOk('customers.create', { name, city });
      }
      await callOk('customers.create', { name: 'Aizvērtais Klients', city: 'Cēsis', active: false });
    });

    const names = (page: ApiOutput<'customers.list'>) => page.rows.map((r) => r.name);

    it('searches accent- and case-insensitively', async () => {
      expect(names(await callOk('customers.list', { search: 'rigas' }))).toEqual(['Rīgas Siltums']);
      expect(names(await callOk('customers.list', { search: 'RĪGAS' }))).toEqual(['Rīgas Siltums']);
      expect(names(await callOk('customers.list', { search: 'udens', sort: 'name' }))).toEqual([
        'Daugavpils Ūdens',
        'Jūrmalas Ūdens',
      ]);
      expect(names(await callOk('customers.list', { search: 'liepaja' }))).toEqual(['Liepājas Enerģija']);
    });

    it('takes % in a search literally', async () => {
      expect(names(await callOk('customers.list', { search: '100%' }))).toEqual(['Ventspils 100% Serviss']);
      expect((await callOk('customers.list', { search: '%' })).total).toBe(1);
    });

    it('sorts by name descending', async () => {
      expect(names(await callOk('customers.list', { sort: 'name', direction: 'desc' }))).toEqual([
        'Ventspils 100% Serviss',
        'Rīgas Siltums',
        'Liepājas Enerģija',
        'Jūrmalas Ūdens',
        'Daugavpils Ūdens',
      ]);
    });

    it('pages in the database', async () => {
      const page = await callOk('customers.list', { sort: 'name', page: 2, pageSize: 2 });
      expect(page.total).toBe(5);
      expect(page.page).toBe(2);
      expect(page.pageSize).toBe(2);
      expect(names(page)).toEqual(['Liepājas Enerģija', 'Rīgas Siltums']);
      expect(names(await callOk('customers.list', { sort: 'name', page: 3, pageSize: 2 }))).toEqual(['Ventspils 100% Serviss']);
    });

    it('hides inactive customers unless asked', async () => {
      const active = await callOk('customers.list', {});
      expect(active.total).toBe(5);
      expect(names(active)).not.toContain('Aizvērtais Klients');
      const all = await callOk('customers.list', { includeInactive: true, sort: 'name' });
      expect(all.total).toBe(6);
      expect(names(all)[0]).toBe('Aizvērtais Klients');
    });

    it('refuses a bad page size, naming the field', async () => {
      const error = await callErr('customers.list', { pageSize: 0 });
      expect(error.code).toBe('validation');
      expect(error.details.issues).toEqual([{ field: 'pageSize', key: 'too_small', params: { min: 1 } }]);
      expect(error.message).toContain('Rows per page');
    });
  });

  describe('while a background job holds the write lock', () => {
    it('refuses writes at once (instead of waiting for the lock) and still answers reads', async () => {
      store.backgroundWriter = 'generation';
      const refused = await callErr('customers.create', { name: 'SIA Gaida' });
      expect(refused.code).toBe('rule');
      expect(refused.details.key).toBe('background_write');
      expect(formatErrorMessage('lv', refused.details)).toContain('grāmatoti servisa pasūtījumi');
      expect((await callOk('customers.list', {})).total).toBe(0);
      store.backgroundWriter = null;
      expect((await callOk('customers.create', { name: 'SIA Gaida' })).name).toBe('SIA Gaida');
    });
  });

  describe('unexpected failures', () => {
    it('turns a plain Error into internal with a generic message and logs it', async () => {
      const boom = new Error('disk on fire at /secret/path');
      handlers = {
        ...createHandlers({ appVersion: 'test', osUser: 'tester' }),
        'customers.get': () => {
          throw boom;
        },
      };
      const logger = vi.fn<Logger>();
      const result = await invoke(handlers, ctx, 'customers.get', { id: 1 }, logger);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.error.code).toBe('internal');
      expect(result.error.message).toBe(formatErrorMessage('en', { key: 'internal' }));
      expect(result.error.details).toEqual({ key: 'internal', params: {} });
      expect(result.error.message).not.toContain('disk on fire');
      expect(JSON.stringify(result.error)).not.toContain('/secret/path');
      expect(logger).toHaveBeenCalledTimes(1);
      expect(logger).toHaveBeenCalledWith('customers.get failed', boom);
    });

    it('rolls back a write whose handler fails half-way', async () => {
      const real = createHandlers({ appVersion: 'test', osUser: 'tester' });
      handlers = {
        ...real,
        'customers.create': (input, c) =>
          c.store.db.transaction(() => {
            real['customers.create'](input, c);
            throw new Error('after the insert');
          })(),
      };
      const error = await callErr('customers.create', { name: 'SIA Pusē' });
      expect(error.code).toBe('internal');
      expect(logged).toHaveLength(1);
      expect(count('customers')).toBe(0);
      expect(nextCustomerNumber()).toBe(1);
    });
  });
});
