import { z } from 'zod';
import { endpoint } from './define';
import { GenerationSummary } from './generation';
import { PostingBatchSummary } from './posting';
import { ERROR_CODES } from './result';

export const JOB_STATES = ['running', 'done', 'cancelled', 'failed'] as const;
export type JobState = (typeof JOB_STATES)[number];

const Params = z.record(z.string(), z.union([z.string(), z.number()]));

/** The same shape as a refused call's error, so the UI renders it in its own language. */
export const JobError = z.object({
  code: z.enum(ERROR_CODES),
  message: z.string(),
  details: z.object({
    key: z.string(),
    params: Params.optional(),
    scope: z.string().optional(),
    issues: z.array(z.object({ field: z.string(), key: z.string(), params: Params.optional() })).optional(),
  }),
});

export const JobStatus = z.object({
  state: z.enum(JOB_STATES),
  /** Units of work finished (agreements for generation) out of `total`. */
  done: z.number().int(),
  total: z.number().int(),
  result: GenerationSummary.optional(),
  /** The result of a posting job (`postings.startBatch`) once it is done. */
  posting: PostingBatchSummary.optional(),
  error: JobError.optional(),
});
export type JobStatus = z.infer<typeof JobStatus>;

const JobRef = z.object({ jobId: z.string().trim().min(1).max(100) }).strict();

export const jobsContract = {
  'jobs.status': endpoint({
    summary: 'State and progress of a background job; `result` once it is done, `error` when it failed. Unknown job -> `not_found`.',
    scope: 'jobs',
    input: JobRef,
    output: JobStatus,
    writes: false,
  }),
  'jobs.cancel': endpoint({
    summary:
      'Asks a running job to stop; it rolls back, so nothing of it is kept. Answers the state at that moment (a job that already finished stays finished).',
    scope: 'jobs',
    input: JobRef,
    output: z.object({ state: z.enum(JOB_STATES) }),
    writes: true,
  }),
};
