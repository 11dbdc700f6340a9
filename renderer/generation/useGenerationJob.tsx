import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiInput } from '../../electron/contract';
import type { GenerationSummary } from '../../electron/contract/generation';
import type { ApiError } from '../../electron/contract/result';
import { call } from '../api/client';

/** How often the dialog asks for progress; the job itself never waits for the UI. */
const POLL_MS = 250;

export type JobView =
  | { phase: 'idle' }
  | { phase: 'running'; dryRun: boolean; done: number; total: number; cancelling: boolean }
  | { phase: 'done'; summary: GenerationSummary }
  | { phase: 'cancelled' }
  | { phase: 'failed'; error: ApiError };

/**
 * Starts a generation job and follows it until it ends. A refusal of the start itself (a bad
 * period) comes back as `refusal`, beside the last result, so the form can point at the field.
 */
export function useGenerationJob() {
  const [view, setView] = useState<JobView>({ phase: 'idle' });
  const [refusal, setRefusal] = useState<ApiError | null>(null);
  const jobId = useRef<string | null>(null);
  const live = useRef(true);

  useEffect(() => {
    live.current = true;
    return () => {
      live.current = false;
    };
  }, []);

  const follow = useCallback(async (id: string, dryRun: boolean) => {
    while (live.current && jobId.current === id) {
      const result = await call('jobs.status', { jobId: id });
      if (!live.current) return;
      if (!result.ok) {
        setView({ phase: 'failed', error: result.error });
        return;
      }
      const s = result.value;
      if (s.state === 'running') {
        setView((v) => ({ phase: 'running', dryRun, done: s.done, total: s.total, cancelling: v.phase === 'running' && v.cancelling }));
        await new Promise((resolve) => setTimeout(resolve, POLL_MS));
        continue;
      }
      if (s.state === 'done' && s.result) setView({ phase: 'done', summary: s.result });
      else if (s.state === 'failed' && s.error) setView({ phase: 'failed', error: s.error });
      else setView({ phase: 'cancelled' });
      return;
    }
  }, []);

  const start = useCallback(
    async (input: ApiInput<'generation.start'>) => {
      setRefusal(null);
      const dryRun = input.dryRun ?? false;
      setView({ phase: 'running', dryRun, done: 0, total: 0, cancelling: false });
      const result = await call('generation.start', input);
      if (!live.current) return;
      if (!result.ok) {
        setRefusal(result.error);
        setView({ phase: 'idle' });
        return;
      }
      jobId.current = result.value.jobId;
      await follow(result.value.jobId, dryRun);
    },
    [follow],
  );

  const cancel = useCallback(async () => {
    const id = jobId.current;
    if (!id) return;
    setView((v) => (v.phase === 'running' ? { ...v, cancelling: true } : v));
    await call('jobs.cancel', { jobId: id });
  }, []);

  return { view, refusal, start, cancel };
}
