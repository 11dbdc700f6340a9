import type { ApiInput } from '../../electron/contract';
import type { PostingBatchSummary } from '../../electron/contract/posting';
import { call } from '../api/client';
import { useJob, type JobViewOf } from '../components/useJob';

export type BatchView = JobViewOf<PostingBatchSummary>;

/** A batch posting run as a background job. */
export function useBatchPosting() {
  return useJob(
    (input: ApiInput<'postings.startBatch'>) => call('postings.startBatch', input),
    (status) => status.posting,
  );
}
