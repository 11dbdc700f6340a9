import type { ApiInput } from '../../electron/contract';
import type { GenerationSummary } from '../../electron/contract/generation';
import { call } from '../api/client';
import { useJob, type JobViewOf } from '../components/useJob';

export type JobView = JobViewOf<GenerationSummary>;

/** Creating service orders (or previewing them: a dry run) as a background job. */
export function useGenerationJob() {
  return useJob(
    (input: ApiInput<'generation.start'>) => call('generation.start', input),
    (status) => status.result,
    (input) => input.dryRun ?? false,
  );
}
