import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiError, ApiInput, ApiName, ApiOutput } from '../../contract';
import { formatErrorMessage } from '../../contract/messages';
import { apiHarness } from '../test-harness';

describe('service objects, groups and tasks (through the contract)', () => {
  let api: ReturnType<typeof apiHarness>;
  beforeEach(() => {
    api = apiHarness();
  });
  afterEach(() => api.cleanup());
  const ok = <N extends ApiName>(name: N, input: ApiInput<N>): Promise<ApiOutput<N>> => api.callOk(name, input);
  const refused = (name: string, input: unknown): Promise<ApiError> => api.callErr(name, input);

  const issue = (error: ApiError) => error.details.issues?.[0];

  /** Two customers with a site each. */
  async function customersWithSites() {
    const riga = await ok('customers.create', { name: 'Rīgas Siltums', city: 'Rīga' });
    const cesis = await ok('customers.create', { name: 'Cēsu Enerģija', city: 'Cēsis' });
    const rigaSite = await ok('sites.create', { customerId: riga.id, code: '01', name: 'Birojs', address: 'Brīvības iela 1', city: 'Rīga' });
    const cesisSite = await ok('sites.create', { customerId: cesis.id, code: '01', name: 'Katlumāja', address: 'Rīgas iela 5', city: 'Cēsis' });
    return { riga, cesis, rigaSite, cesisSite };
  }

  it('creates an object with its group, customer and site, and finds it by serial number without accents', async () => {
    const { riga, rigaSite } = await customersWithSites();
    const group = await ok('objectGroups.create', { code: 'LIFTI', description: 'Lifti' });
    const lift = await ok('serviceObjects.create', {
      code: 'IEK-00001',
      description: 'Pasažieru lifts, 1. kāpņu telpa',
      groupId: group.id,
      customerId: riga.id,
      siteId: rigaSite.id,
      manufacturer: 'Kone',
      model: 'MonoSpace 500',
      serialNo: '41234567',
      installedOn: '2020-05-01',
      warrantyEnd: '2022-05-01',
    });
    expect(lift.refLabels).toMatchObject({ groupId: 'LIFTI', customerId: 'Rīgas Siltums', siteId: 'Birojs', parentId: null });
    const bySerial = await ok('serviceObjects.list', { search: '412345' } as ApiInput<'serviceObjects.list'>);
    expect(bySerial.rows.map((r) => r.code)).toEqual(['IEK-00001']);
    const byAccentless = await ok('serviceObjects.list', { search: 'pasazieru' } as ApiInput<'serviceObjects.list'>);
    expect(byAccentless.total).toBe(1);
    const groups = await ok('objectGroups.list', { search: 'lift' } as ApiInput<'objectGroups.list'>);
    expect(groups.total).toBe(1);
  });

  it('refuses a site without a customer, naming the site', async () => {
    const { rigaSite } = await customersWithSites();
    const error = await refused('serviceObjects.create', { code: 'X1', description: 'Katls', siteId: rigaSite.id });
    expect(issue(error)).toMatchObject({ field: 'siteId', key: 'site_needs_customer' });
    expect(formatErrorMessage('en', error.details)).toBe(
      'Service site: choose "Customer" first; a service site belongs to one customer.',
    );
    expect(formatErrorMessage('lv', error.details)).toContain('Servisa vieta:');
  });

  it("refuses another customer's site, also on update", async () => {
    const { riga, cesis, rigaSite, cesisSite } = await customersWithSites();
    const error = await refused('serviceObjects.create', { code: 'X1', description: 'Katls', customerId: riga.id, siteId: cesisSite.id });
    expect(issue(error)).toMatchObject({ field: 'siteId', key: 'site_not_of_customer' });
    expect(error.message).toBe('Service site: the site belongs to a different customer than the one chosen in "Customer".');

    const boiler = await ok('serviceObjects.create', { code: 'X1', description: 'Katls', customerId: riga.id, siteId: rigaSite.id });
    const moved = await refused('serviceObjects.update', {
      id: boiler.id,
      version: boiler.version,
      code: 'X1',
      description: 'Katls',
      customerId: cesis.id,
      siteId: rigaSite.id,
    });
    expect(issue(moved)).toMatchObject({ field: 'siteId', key: 'site_not_of_customer' });
    const fixed = await ok('serviceObjects.update', {
      id: boiler.id,
      version: boiler.version,
      code: 'X1',
      description: 'Katls',
      customerId: cesis.id,
      siteId: cesisSite.id,
    });
    expect(fixed.refLabels.siteId).toBe('Katlumāja');
  });

  it('refuses an object as its own parent or inside one of its components', async () => {
    const lift = await ok('serviceObjects.create', { code: 'L1', description: 'Lifts' });
    const drive = await ok('serviceObjects.create', { code: 'L1-1', description: 'Piedziņa', parentId: lift.id });
    const motor = await ok('serviceObjects.create', { code: 'L1-1-1', description: 'Motors', parentId: drive.id });
    expect(motor.refLabels.parentId).toBe('L1-1');

    const self = await refused('serviceObjects.update', { id: lift.id, version: lift.version, code: 'L1', description: 'Lifts', parentId: lift.id });
    expect(issue(self)).toMatchObject({ field: 'parentId', key: 'parent_cycle' });
    const deep = await refused('serviceObjects.update', { id: lift.id, version: lift.version, code: 'L1', description: 'Lifts', parentId: motor.id });
    expect(issue(deep)).toMatchObject({ field: 'parentId', key: 'parent_cycle' });
    expect(formatErrorMessage('lv', deep.details)).toBe('Ietilpst objektā: objekts nevar ietilpt pats sevī vai kādā no savām sastāvdaļām.');

    // Moving a component up the tree is fine.
    const moved = await ok('serviceObjects.update', { id: motor.id, version: motor.version, code: 'L1-1-1', description: 'Motors', parentId: lift.id });
    expect(moved.refLabels.parentId).toBe('L1');
  });

  it('refuses a warranty that ends before the installation', async () => {
    const error = await refused('serviceObjects.create', { code: 'K1', description: 'Katls', installedOn: '2024-06-01', warrantyEnd: '2024-05-31' });
    expect(issue(error)).toMatchObject({ field: 'warrantyEnd', key: 'date_order' });
    expect(error.message).toBe('Warranty until: must not be before Installed on.');
    await ok('serviceObjects.create', { code: 'K1', description: 'Katls', installedOn: '2024-06-01', warrantyEnd: '2024-06-01' });
    await ok('serviceObjects.create', { code: 'K2', description: 'Katls', warrantyEnd: '2024-06-01' });
  });

  it('keeps object and group codes unique and refuses deleting a group or object still referred to', async () => {
    const group = await ok('objectGroups.create', { code: 'KATLI', description: 'Gāzes katli' });
    const dup = await refused('objectGroups.create', { code: 'KATLI', description: 'Vēl' });
    expect(issue(dup)).toMatchObject({ field: 'code', key: 'duplicate' });

    const boiler = await ok('serviceObjects.create', { code: 'K1', description: 'Katls', groupId: group.id });
    const burner = await ok('serviceObjects.create', { code: 'K1-1', description: 'Deglis', parentId: boiler.id });
    const groupInUse = await refused('objectGroups.delete', { id: group.id, version: group.version });
    expect(groupInUse.code).toBe('referenced');
    expect(groupInUse.message).toBe('This record cannot be deleted while 1 service objects refer to it.');
    const parentInUse = await refused('serviceObjects.delete', { id: boiler.id, version: boiler.version });
    expect(parentInUse.code).toBe('referenced');

    await ok('serviceObjects.delete', { id: burner.id, version: burner.version });
    await ok('serviceObjects.delete', { id: boiler.id, version: boiler.version });
    await ok('objectGroups.delete', { id: group.id, version: group.version });
  });

  it('stores a task with hours and its required skills, one row per skill, removed with the task', async () => {
    const gas = await ok('skills.create', { code: 'GAS', description: 'Gāzes iekārtas' });
    const task = await ok('tasks.create', {
      code: 'KATLS-GADA',
      description: 'Katla ikgadējā apkope',
      defaultHours: 150,
      internalText: 'Pārbaudīt dūmgāzu analīzi.',
      customerText: 'Ikgadējā apkope saskaņā ar ražotāja prasībām.',
    });
    expect(task.defaultHours).toBe(150);
    const need = await ok('taskSkills.create', { taskId: task.id, skillId: gas.id, minLevel: 3 });
    expect(need.refLabels.skillId).toBe('GAS');

    const twice = await refused('taskSkills.create', { taskId: task.id, skillId: gas.id });
    expect(issue(twice)).toMatchObject({ field: 'skillId', key: 'duplicate' });
    const tooHigh = await refused('taskSkills.create', { taskId: task.id, skillId: gas.id, minLevel: 6 });
    expect(issue(tooHigh)?.field).toBe('minLevel');

    const skillInUse = await refused('skills.delete', { id: gas.id, version: gas.version });
    expect(skillInUse.code).toBe('referenced');

    await ok('tasks.delete', { id: task.id, version: task.version });
    expect((await ok('taskSkills.list', { filter: { taskId: task.id } } as ApiInput<'taskSkills.list'>)).total).toBe(0);
  });
});
