import type { CallContext } from '../context';
import type { apiHarness } from '../test-harness';

/**
 * A stage tree and an order for the stage and SLA tests:
 * JAUNS (root) -> PLANOTS -> { DARBS, GAIDA (stops the SLA clock) }, and JAUNS -> ATCELTS (needs a reason).
 */
export async function stageWorld(api: ReturnType<typeof apiHarness>) {
  const stage = (code: string, sortOrder: number, parentId: number | null, flags: Record<string, boolean> = {}) =>
    api.callOk('stages.create', { code, description: code, sortOrder, ...(parentId === null ? {} : { parentId }), ...flags } as never) as Promise<{ id: number }>;
  const root = await stage('JAUNS', 10, null);
  const planned = await stage('PLANOTS', 20, root.id);
  const cancelled = await stage('ATCELTS', 90, root.id, { reasonRequired: true });
  const work = await stage('DARBS', 30, planned.id);
  const waiting = await stage('GAIDA', 40, planned.id, { stopsSlaClock: true });
  const reason = await api.callOk('reasonCodes.create', { code: 'KLIENTS', description: 'Klienta lūgums' });
  const customer = await api.callOk('customers.create', { name: 'Rīgas Siltums', city: 'Rīga' });
  api.store.db.prepare('UPDATE app_settings SET allow_orders_without_agreement = 1').run();
  return { root, planned, cancelled, work, waiting, reason, customer };
}

export type StageWorld = Awaited<ReturnType<typeof stageWorld>>;

/** A context whose clock reads `iso`: the SLA tests move time forward call by call. */
export const at = (api: ReturnType<typeof apiHarness>, iso: string): CallContext => ({ ...api.ctx, now: () => new Date(iso) });
