import type { ApiInput, ApiName, ApiOutput } from '../../contract';
import type { apiHarness } from '../test-harness';

/**
 * Repair coding and objects the repair line tests share: two object groups (boilers, pumps), two
 * boilers and a pump of one customer, the codes of two symptom and two diagnosis areas, and
 * resolutions and repair stages (one finished).
 */
export async function repairWorld(api: ReturnType<typeof apiHarness>) {
  const ok = <N extends ApiName>(name: N, input: ApiInput<N>): Promise<ApiOutput<N>> => api.callOk(name, input);
  const customer = await ok('customers.create', { name: 'Rīgas Siltums', city: 'Rīga' });
  const boilers = await ok('objectGroups.create', { code: 'KATLI', description: 'Katli' });
  const pumps = await ok('objectGroups.create', { code: 'SUKNI', description: 'Sūkņi' });
  const object = (code: string, groupId: number) => ok('serviceObjects.create', { code, description: code, customerId: customer.id, groupId });
  const boiler1 = await object('KATLS-1', boilers.id);
  const boiler2 = await object('KATLS-2', boilers.id);
  const pump = await object('SUKNIS-1', pumps.id);
  const condition = await ok('conditions.create', { code: 'AUKSTS', description: 'Pēc ilgas dīkstāves' });
  const heating = await ok('symptomAreas.create', { code: 'APKURE', description: 'Apkure' });
  const water = await ok('symptomAreas.create', { code: 'UDENS', description: 'Karstais ūdens' });
  const noHeat = await ok('symptomCodes.create', { symptomAreaId: heating.id, code: 'NESILDA', description: 'Nesilda' });
  const noWater = await ok('symptomCodes.create', { symptomAreaId: water.id, code: 'NAV', description: 'Nav karstā ūdens' });
  const burner = await ok('diagnosisAreas.create', { code: 'DEGLIS', description: 'Deglis' });
  const electrics = await ok('diagnosisAreas.create', { code: 'ELEKTR', description: 'Elektrība' });
  const nozzle = await ok('diagnosisCodes.create', { diagnosisAreaId: burner.id, code: 'SPRAUSLA', description: 'Nomainīta sprausla' });
  const ignition = await ok('diagnosisCodes.create', { diagnosisAreaId: burner.id, code: 'AIZDEDZE', description: 'Nomainīts aizdedzes elektrods' });
  const fuse = await ok('diagnosisCodes.create', { diagnosisAreaId: electrics.id, code: 'DROSME', description: 'Nomainīts drošinātājs' });
  const repaired = await ok('resolutions.create', { code: 'SALABOTS', description: 'Salabots' });
  const replaced = await ok('resolutions.create', { code: 'NOMAINITS', description: 'Nomainīts' });
  const working = await ok('repairStages.create', { code: 'DARBA', description: 'Darbā' });
  const done = await ok('repairStages.create', { code: 'PABEIGTS', description: 'Pabeigts', finished: true });
  const doneToo = await ok('repairStages.create', { code: 'PARBAUDITS', description: 'Pārbaudīts', finished: true });
  const order = (serviceObjectId: number | null = boiler1.id) =>
    ok('orders.create', { description: 'Katls nesilda', customerId: customer.id, serviceObjectId });
  return {
    customer, boilers, pumps, boiler1, boiler2, pump, condition, heating, water, noHeat, noWater,
    burner, electrics, nozzle, ignition, fuse, repaired, replaced, working, done, doneToo, order,
  };
}

export type RepairWorld = Awaited<ReturnType<typeof repairWorld>>;
