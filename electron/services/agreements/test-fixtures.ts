import type { ApiError, ApiInput, ApiName, ApiOutput } from '../../contract';
import type { apiHarness } from '../test-harness';

/**
 * Master data the agreement tests share, made through the contract as a user would: two
 * customers with a site and an object each, a task, an interval, categories, an item and a worker.
 */
export async function agreementWorld(api: ReturnType<typeof apiHarness>) {
  const ok = <N extends ApiName>(name: N, input: ApiInput<N>): Promise<ApiOutput<N>> => api.callOk(name, input);
  const riga = await ok('customers.create', { name: 'Rīgas Siltums', city: 'Rīga' });
  const cesis = await ok('customers.create', { name: 'Cēsu Enerģija', city: 'Cēsis' });
  const rigaSite = await ok('sites.create', { customerId: riga.id, code: '01', name: 'Katlumāja', address: 'Brīvības iela 1', city: 'Rīga' });
  const cesisSite = await ok('sites.create', { customerId: cesis.id, code: '01', name: 'Birojs', address: 'Rīgas iela 5', city: 'Cēsis' });
  const boiler = await ok('serviceObjects.create', { code: 'KATLS-1', description: 'Gāzes katls', customerId: riga.id });
  const pump = await ok('serviceObjects.create', { code: 'SUKNIS-1', description: 'Cirkulācijas sūknis', customerId: riga.id });
  const cesisLift = await ok('serviceObjects.create', { code: 'LIFTS-9', description: 'Lifts', customerId: cesis.id });
  const task = await ok('tasks.create', {
    code: 'APKOPE',
    description: 'Ikgadējā apkope',
    defaultHours: 200,
    internalText: 'Pārbaudīt degli',
    customerText: 'Ikgadējā katla apkope',
  });
  const otherTask = await ok('tasks.create', { code: 'REMONTS', description: 'Remonts', defaultHours: 100 });
  const monthly = await ok('intervals.create', { code: 'M1', description: 'Reizi mēnesī', unit: 'month', frequency: 1 });
  const hourCategory = await ok('categories.create', { code: 'DARBS', description: 'Darbs', transactionType: 'hour', costPriceCents: 2000, salesPriceCents: 3500 });
  const feeCategory = await ok('categories.create', { code: 'ABON', description: 'Abonēšanas maksa', transactionType: 'fee', costPriceCents: 0, salesPriceCents: 9900 });
  const item = await ok('items.create', { code: 'FILTRS', description: 'Filtrs', unit: 'gab', costPriceCents: 1200, salesPriceCents: 2000 });
  const worker = await ok('workers.create', { code: 'D001', name: 'Jānis Bērziņš', costPriceCents: 2500, salesPriceCents: 4500 });
  return { riga, cesis, rigaSite, cesisSite, boiler, pump, cesisLift, task, otherTask, monthly, hourCategory, feeCategory, item, worker };
}

export type AgreementWorld = Awaited<ReturnType<typeof agreementWorld>>;

/** The first issue of a refusal: which field, which rule. */
export const issueOf = (error: ApiError) => error.details.issues?.[0];
