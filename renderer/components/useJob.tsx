import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiOutput } from '../../electron/contract';
import type { ApiError, Result } from '../../electron/contract/result';
import { call } from '../api/client';

/** How often progress is asked for; the job itself never waits for the UI. */
const POLL_MS = 250;

export type JobStatus = ApiOutput<'jobs.status'>;

export type JobViewOf<Summary> =
  | { phase: 'idle' }
  | { phase: 'running'; dryRun: boolean; done: number; total: number; cancelling: boolean }
  | { phase: 'done'; summary: Summary }
  | { phase: 'cancelled' }
  | { phase: 'failed'; error: ApiError };

/**
 * Starts a background job (generation, batch posting) and follows it until it ends, polling
 * `jobs.status`. A refusal of the start itself (a bad period) comes back as `refusal`, beside the
 * last result, so the form can point at the field.
 */
export function useJob<Input, Summary>(
  begin: (input: Input) => Promise<Result<{ jobId: string }>>,
  summaryOf: (status: JobStatus) => Summary | undefined,
  isDryRun: (input: Input) => boolean = () => false,
) {
  const [view, setView] = useState<JobViewOf<Summary>>({ phase: 'idle' });
  const [refusal, setRefusal] = useState<ApiError | null>(null);
  const jobId = useRef<string | null>(null);
  const live = useRef(true);
  // The callers pass fresh arrow functions on every render; the latest ones are read when needed.
  const latest = useRef({ begin, summaryOf, isDryRun });
  useEffect(() => {
    latest.current = { begin, summaryOf, isDryRun };
  });

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
      const summary = latest.current.summaryOf(s);
      if (s.state === 'done' && summary !== undefined) setView({ phase: 'done', summary });
      else if (s.state === 'failed' && s.error) setView({ phase: 'failed', error: s.error });
      else setView({ phase: 'cancelled' });
      return;
    }
  }, []);

  const start = useCallback(
    async (input: Input) => {
      setRefusal(null);
      const dryRun = latest.current.isDryRun(input);
      setView({ phase: 'running', dryRun, done: 0, total: 0, cancelling: false });
      const result = await latest.current.begin(input);
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
