import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiError, ApiInput, ApiName, ApiOutput } from '../../contract';
import { formatErrorMessage } from '../../contract/messages';
import { apiHarness } from '../test-harness';
import { agreementWorld, issueOf, type AgreementWorld } from './test-fixtures';

describe('service agreement header and its object and task relations (through invoke)', () => {
  let api: ReturnType<typeof apiHarness>;
  let w: AgreementWorld;
  beforeEach(async () => {
    api = apiHarness();
    w = await agreementWorld(api);
  });
  afterEach(() => api.cleanup());
  const ok = <N extends ApiName>(name: N, input: ApiInput<N>): Promise<ApiOutput<N>> => api.callOk(name, input);
  const refused = (name: string, input: unknown): Promise<ApiError> => api.callErr(name, input);
  const base = () => ({ description: 'Katlu apkope 2026', customerId: w.riga.id, validFrom: '2026-01-01', validTo: '2026-12-31' });

  it('numbers a new agreement from the agreement sequence and finds it without accents', async () => {
    const a = await ok('agreements.create', base());
    expect(a).toMatchObject({ number: 'L000001', status: 'draft', combineBy: 'agreement', billing: 'time_material', feeCents: 0, feePeriod: 'month' });
    expect(a.refLabels.customerId).toBe('Rīgas Siltums');
    const typed = await ok('agreements.create', { ...base(), number: 'L-ĪPAŠS' });
    expect(typed.number).toBe('L-ĪPAŠS');
    expect((await ok('agreements.list', { search: 'katlu apkope' })).total).toBe(2);
    expect((await ok('agreements.list', { search: 'l-ipass' })).rows.map((r) => r.id)).toEqual([typed.id]);
  });

  it('keeps the stored number when the form sends it empty on update', async () => {
    const a = await ok('agreements.create', base());
    const saved = await ok('agreements.update', { ...base(), id: a.id, version: a.version, number: '', description: 'Jauns apraksts' });
    expect(saved).toMatchObject({ number: 'L000001', description: 'Jauns apraksts' });
  });

  it("takes the agreement group's default SLA when the SLA is left empty, never over a chosen one", async () => {
    const times = { responseHighMinutes: 60, resolutionHighMinutes: 240, responseNormalMinutes: 240, resolutionNormalMinutes: 960, responseLowMinutes: 480, resolutionLowMinutes: 2400 };
    const standard = await ok('slas.create', { code: 'STD', description: 'Standarta', ...times });
    const premium = await ok('slas.create', { code: 'PREM', description: 'Premium', ...times });
    const group = await ok('agreementGroups.create', { code: 'APKOPE', description: 'Apkope', defaultSlaId: standard.id });
    const plainGroup = await ok('agreementGroups.create', { code: 'CITI', description: 'Citi' });
    expect((await ok('agreements.create', { ...base(), agreementGroupId: group.id })).slaId).toBe(standard.id);
    expect((await ok('agreements.create', { ...base(), agreementGroupId: group.id, slaId: premium.id })).slaId).toBe(premium.id);
    expect((await ok('agreements.create', { ...base(), agreementGroupId: plainGroup.id })).slaId).toBeNull();
    const none = await ok('agreements.create', base());
    const grouped = await ok('agreements.update', { ...base(), id: none.id, version: none.version, agreementGroupId: group.id });
    expect(grouped.slaId).toBe(standard.id);
  });

  it('refuses an end before the start, naming the end', async () => {
    const error = await refused('agreements.create', { ...base(), validTo: '2025-12-31' });
    expect(issueOf(error)).toMatchObject({ field: 'validTo', key: 'date_order' });
    expect(error.message).toBe('Valid until: must not be before Valid from.');
  });

  it("refuses another customer's site", async () => {
    const error = await refused('agreements.create', { ...base(), siteId: w.cesisSite.id });
    expect(issueOf(error)).toMatchObject({ field: 'siteId', key: 'site_not_of_customer' });
    expect((await ok('agreements.create', { ...base(), siteId: w.rigaSite.id })).refLabels.siteId).toBe('Katlumāja');
  });

  it('refuses a fixed fee of 0, naming the fee, in both languages', async () => {
    const error = await refused('agreements.create', { ...base(), billing: 'fixed_fee' });
    expect(issueOf(error)).toMatchObject({ field: 'feeCents', key: 'fixed_fee_needs_fee' });
    expect(error.message).toBe('Fee: a fixed-fee agreement needs a fee greater than 0 (see "Billing").');
    expect(formatErrorMessage('lv', error.details)).toBe('Maksa: līgumam ar fiksētu maksu maksai jābūt lielākai par 0 (skatīt „Norēķinu veids”).');
    const fee = await ok('agreements.create', { ...base(), billing: 'fixed_fee', feeCents: 12000, feePeriod: 'quarter' });
    expect(fee).toMatchObject({ billing: 'fixed_fee', feeCents: 12000, feePeriod: 'quarter' });
  });

  it('refuses to make an agreement with service orders a template, naming the template group', async () => {
    const group = await ok('templateGroups.create', { code: 'VEIDNES', description: 'Veidnes' });
    const a = await ok('agreements.create', base());
    // A template made before any order stays possible.
    const template = await ok('agreements.create', { ...base(), templateGroupId: group.id });
    expect(template.refLabels.templateGroupId).toBe('VEIDNES');
    api.store.db
      .prepare(`INSERT INTO service_orders (number, description, customer_id, agreement_id, created_at, updated_at, updated_by)
                VALUES ('S000001', 'Apkope', ?, ?, 'x', 'x', 'test')`)
      .run(w.riga.id, a.id);
    const error = await refused('agreements.update', { ...base(), id: a.id, version: a.version, templateGroupId: group.id });
    expect(issueOf(error)).toMatchObject({ field: 'templateGroupId', key: 'template_has_orders', params: { count: 1 } });
    expect(error.message).toBe('Template group: this agreement already has service orders (1), so it cannot become a template.');
    // Other changes to it are still fine.
    await ok('agreements.update', { ...base(), id: a.id, version: a.version, status: 'active' });
  });

  it('refuses to shrink the validity past a line with its own dates, naming the end that moved', async () => {
    const a = await ok('agreements.create', base());
    await ok('agreementLines.create', { agreementId: a.id, transactionType: 'hour', description: 'Apkope', validFrom: '2026-02-01', validTo: '2026-11-30' });
    const later = await refused('agreements.update', { ...base(), id: a.id, version: a.version, validFrom: '2026-03-01' });
    expect(issueOf(later)).toMatchObject({ field: 'validFrom', key: 'lines_outside_validity', params: { line: 1 } });
    const earlier = await refused('agreements.update', { ...base(), id: a.id, version: a.version, validTo: '2026-06-30' });
    expect(issueOf(earlier)).toMatchObject({ field: 'validTo', key: 'lines_outside_validity' });
    expect(earlier.message).toBe('Valid until: line 1 has dates outside this period; change that line first.');
    await ok('agreements.update', { ...base(), id: a.id, version: a.version, validFrom: '2026-02-01', validTo: '2026-11-30' });
  });

  it('refuses another customer while objects of the current one are related', async () => {
    const a = await ok('agreements.create', base());
    const rel = await ok('agreementObjects.create', { agreementId: a.id, serviceObjectId: w.boiler.id });
    const error = await refused('agreements.update', { ...base(), id: a.id, version: a.version, customerId: w.cesis.id });
    expect(issueOf(error)).toMatchObject({ field: 'customerId', key: 'relations_of_other_customer', params: { count: 1 } });
    await ok('agreementObjects.delete', { id: rel.id, version: rel.version });
    expect((await ok('agreements.update', { ...base(), id: a.id, version: a.version, customerId: w.cesis.id })).customerId).toBe(w.cesis.id);
  });

  describe('related service objects', () => {
    it("relates the customer's objects once each and refuses another customer's object", async () => {
      const a = await ok('agreements.create', base());
      const rel = await ok('agreementObjects.create', { agreementId: a.id, serviceObjectId: w.boiler.id, note: 'Pagrabā' });
      expect(rel.refLabels.serviceObjectId).toBe('KATLS-1');
      const twice = await refused('agreementObjects.create', { agreementId: a.id, serviceObjectId: w.boiler.id });
      expect(issueOf(twice)).toMatchObject({ field: 'serviceObjectId', key: 'duplicate' });
      const foreign = await refused('agreementObjects.create', { agreementId: a.id, serviceObjectId: w.cesisLift.id });
      expect(issueOf(foreign)).toMatchObject({ field: 'serviceObjectId', key: 'object_of_other_customer' });
      expect(foreign.message).toBe("Service object: the object does not belong to the agreement's customer.");
    });

    it('cannot be removed or pointed elsewhere while a line names the object', async () => {
      const a = await ok('agreements.create', base());
      const rel = await ok('agreementObjects.create', { agreementId: a.id, serviceObjectId: w.boiler.id });
      await ok('agreementLines.create', { agreementId: a.id, transactionType: 'hour', description: 'Apkope', serviceObjectId: w.boiler.id });
      const removed = await refused('agreementObjects.delete', { id: rel.id, version: rel.version });
      expect(issueOf(removed)).toMatchObject({ field: 'serviceObjectId', key: 'relation_used_by_line', params: { line: 1 } });
      const moved = await refused('agreementObjects.update', { id: rel.id, version: rel.version, agreementId: a.id, serviceObjectId: w.pump.id });
      expect(issueOf(moved)).toMatchObject({ field: 'serviceObjectId', key: 'relation_used_by_line' });
      expect(api.count('agreement_objects')).toBe(1);
    });

    it('stays with its agreement', async () => {
      const a = await ok('agreements.create', base());
      const b = await ok('agreements.create', base());
      const rel = await ok('agreementObjects.create', { agreementId: a.id, serviceObjectId: w.boiler.id });
      const error = await refused('agreementObjects.update', { id: rel.id, version: rel.version, agreementId: b.id, serviceObjectId: w.boiler.id });
      expect(issueOf(error)).toMatchObject({ field: 'agreementId', key: 'fixed_after_create' });
    });
  });

  describe('related service tasks', () => {
    it("takes the task's texts when left empty and keeps the agreement's own wording", async () => {
      const a = await ok('agreements.create', base());
      const rel = await ok('agreementTasks.create', { agreementId: a.id, taskId: w.task.id });
      expect(rel).toMatchObject({ internalText: 'Pārbaudīt degli', customerText: 'Ikgadējā katla apkope' });
      const own = await ok('agreementTasks.update', { id: rel.id, version: rel.version, agreementId: a.id, taskId: w.task.id, customerText: 'Katla apkope pēc līguma' });
      expect(own).toMatchObject({ internalText: 'Pārbaudīt degli', customerText: 'Katla apkope pēc līguma' });
    });

    it('cannot be removed while a line names the task', async () => {
      const a = await ok('agreements.create', base());
      const rel = await ok('agreementTasks.create', { agreementId: a.id, taskId: w.task.id });
      await ok('agreementLines.create', { agreementId: a.id, transactionType: 'hour', description: 'Apkope', taskId: w.task.id });
      const error = await refused('agreementTasks.delete', { id: rel.id, version: rel.version });
      expect(issueOf(error)).toMatchObject({ field: 'taskId', key: 'relation_used_by_line', params: { line: 1 } });
      expect(formatErrorMessage('lv', error.details)).toBe('Servisa uzdevums: to izmanto līguma 1. rinda; vispirms mainiet vai dzēsiet šo rindu.');
    });
  });

  it('deletes an agreement with its lines and relations', async () => {
    const a = await ok('agreements.create', base());
    await ok('agreementObjects.create', { agreementId: a.id, serviceObjectId: w.boiler.id });
    await ok('agreementTasks.create', { agreementId: a.id, taskId: w.task.id });
    await ok('agreementLines.create', { agreementId: a.id, transactionType: 'hour', description: 'Apkope', serviceObjectId: w.boiler.id });
    await ok('agreements.delete', { id: a.id, version: a.version });
    expect([api.count('agreements'), api.count('agreement_lines'), api.count('agreement_objects'), api.count('agreement_tasks')]).toEqual([0, 0, 0, 0]);
  });
});
