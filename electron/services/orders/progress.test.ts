import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { signOffWorld } from '../signoff/test-world';
import { apiHarness } from '../test-harness';
import { deriveProgress, recomputeProgress } from './progress';

describe('order progress from its lines', () => {
  it('derives cancelled, posted and in process', () => {
    expect(deriveProgress(['cancelled', 'cancelled'], false)).toBe('cancelled');
    expect(deriveProgress(['posted', 'posted'], false)).toBe('posted');
    expect(deriveProgress(['posted', 'cancelled'], false)).toBe('posted');
    expect(deriveProgress(['posted', 'created', 'cancelled'], false)).toBe('in_process');
    expect(deriveProgress(['created'], false)).toBe('in_process');
    // No lines: in process, unless the order itself was cancelled.
    expect(deriveProgress([], false)).toBe('in_process');
    expect(deriveProgress([], true)).toBe('cancelled');
  });

  describe('recomputeProgress', () => {
    let api: ReturnType<typeof apiHarness>;
    let s: Awaited<ReturnType<typeof signOffWorld>>;
    beforeEach(async () => {
      api = apiHarness();
      s = await signOffWorld(api);
    });
    afterEach(() => api.cleanup());

    const setStatuses = (...statuses: string[]) =>
      s.lines.forEach((l, i) => api.store.db.prepare('UPDATE service_order_lines SET status = ? WHERE id = ?').run(statuses[i], l.id));
    const progress = () => {
      recomputeProgress(api.store.db, s.order.id);
      return api.store.db.prepare('SELECT progress FROM service_orders WHERE id = ?').pluck().get(s.order.id);
    };

    it('stores the derived progress: all cancelled, all posted, mixed', () => {
      setStatuses('cancelled', 'cancelled', 'cancelled');
      expect(progress()).toBe('cancelled');
      setStatuses('posted', 'posted', 'cancelled');
      expect(progress()).toBe('posted');
      setStatuses('posted', 'created', 'cancelled');
      expect(progress()).toBe('in_process');
    });
  });
});
