/** Date periods as ISO dates (YYYY-MM-DD), inclusive at both ends. */
export interface DatePeriod {
  from: string;
  to: string;
}

/** ISO dates compare correctly as strings. */
export function periodsOverlap(a: DatePeriod, b: DatePeriod): boolean {
  return a.from <= b.to && b.from <= a.to;
}

export function firstOverlap<P extends DatePeriod>(candidate: DatePeriod, others: readonly P[]): P | undefined {
  return others.find((o) => periodsOverlap(candidate, o));
}

/** "08:00" < "17:00" as strings, too. */
export function isTimeAfter(later: string, earlier: string): boolean {
  return later > earlier;
}
