import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiInput } from '../../electron/contract';
import type { PostingBatchSummary } from '../../electron/contract/posting';
import type { ApiError } from '../../electron/contract/result';
import { call } from '../api/client';

/** How often the page asks for progress; the job itself never waits for the UI. */
const POLL_MS = 250;

export type BatchView =
  | { phase: 'idle' }
  | { phase: 'running'; done: number; total: number; cancelling: boolean }
  | { phase: 'done'; summary: PostingBatchSummary }
  | { phase: 'cancelled' }
  | { phase: 'failed'; error: ApiError };

/** Starts a batch posting job and follows it; a refused start comes back as `refusal`. */
export function useBatchPosting() {
  const [view, setView] = useState<BatchView>({ phase: 'idle' });
  const [refusal, setRefusal] = useState<ApiError | null>(null);
  const jobId = useRef<string | null>(null);
  const live = useRef(true);

  useEffect(() => {
    live.current = true;
    return () => {
      live.current = false;
    };
  }, []);

  const follow = useCallback(async (id: string) => {
    while (live.current && jobId.current === id) {
      const result = await call('jobs.status', { jobId: id });
      if (!live.current) return;
      if (!result.ok) {
        setView({ phase: 'failed', error: result.error });
        return;
      }
      const s = result.value;
      if (s.state === 'running') {
        setView((v) => ({ phase: 'running', done: s.done, total: s.total, cancelling: v.phase === 'running' && v.cancelling }));
        await new Promise((resolve) => setTimeout(resolve, POLL_MS));
        continue;
      }
      if (s.state === 'done' && s.posting) setView({ phase: 'done', summary: s.posting });
      else if (s.state === 'failed' && s.error) setView({ phase: 'failed', error: s.error });
      else setView({ phase: 'cancelled' });
      return;
    }
  }, []);

  const start = useCallback(
    async (input: ApiInput<'postings.startBatch'>) => {
      setRefusal(null);
      setView({ phase: 'running', done: 0, total: 0, cancelling: false });
      const result = await call('postings.startBatch', input);
      if (!live.current) return;
      if (!result.ok) {
        setRefusal(result.error);
        setView({ phase: 'idle' });
        return;
      }
      jobId.current = result.value.jobId;
      await follow(result.value.jobId);
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
