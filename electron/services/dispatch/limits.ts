/**
 * The longest visit the board accepts (two weeks). Besides refusing longer ones, it bounds the range
 * queries: a visit starting earlier than this before a range cannot reach into it, so the board's
 * overlap query becomes one index range scan on the planned start.
 */
export const MAX_VISIT_DAYS = 14;
export const MAX_VISIT_MS = MAX_VISIT_DAYS * 24 * 3_600_000;
