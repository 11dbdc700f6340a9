import { describe, expect, it } from 'vitest';
import { genLine } from './test-lines';
import { type Candidate, buildVisits, combineKey, preferredTimes } from './combine';
import type { CombineBy, GenAgreement, GenLine } from './types';

const line = genLine;

const agreement = (combineBy: CombineBy, preferredWorkerId: number | null = null): GenAgreement => ({
  id: 4,
  number: 'L-4',
  description: '',
  status: 'active',
  isTemplate: false,
  validFrom: '2024-01-01',
  validTo: null,
  combineBy,
  customerId: 1,
  siteId: null,
  responsibleWorkerId: null,
  preferredWorkerId,
  slaId: null,
  calendarId: null,
  lines: [],
});

describe('combineKey', () => {
  const l = line(1, { taskId: 5, workerId: 3, serviceObjectId: 8 });
  const bare = line(2);

  it('groups by agreement, task, worker or object', () => {
    expect(combineKey(agreement('agreement'), l)).toBe('agreement:4');
    expect(combineKey(agreement('task'), l)).toBe('task:5');
    expect(combineKey(agreement('worker'), l)).toBe('worker:3');
    expect(combineKey(agreement('object'), l)).toBe('object:8');
  });

  it("falls back to the agreement's preferred technician, then to none", () => {
    expect(combineKey(agreement('worker', 9), bare)).toBe('worker:9');
    expect(combineKey(agreement('worker', 9), l)).toBe('worker:3');
    expect(combineKey(agreement('worker'), bare)).toBe('worker:none');
    expect(combineKey(agreement('task'), bare)).toBe('task:none');
    expect(combineKey(agreement('object'), bare)).toBe('object:none');
  });
});

const cand = (l: GenLine, date: string, from: string, to: string): Candidate => ({ line: l, date, range: { from, to } });
const shape = (candidates: Candidate[]) =>
  buildVisits(candidates).map((v) => `${v.range.from}..${v.range.to} ${v.members.map((m) => `${m.line.id}@${m.date}`).join(',')}`);

describe('buildVisits', () => {
  it('puts same-day occurrences without windows into one visit and other days into others', () => {
    const a = line(1);
    const b = line(2);
    const day = (l: GenLine, date: string) => cand(l, date, date, date);
    expect(shape([day(b, '2024-03-05'), day(a, '2024-03-05'), day(a, '2024-03-06')])).toEqual([
      '2024-03-05..2024-03-05 1@2024-03-05,2@2024-03-05',
      '2024-03-06..2024-03-06 1@2024-03-06',
    ]);
  });

  it('narrows the common range as members join and closes on the first that does not meet it', () => {
    const [a, b, c] = [line(1), line(2), line(3)];
    expect(
      shape([
        cand(a, '2024-03-04', '2024-03-02', '2024-03-06'),
        cand(b, '2024-03-06', '2024-03-04', '2024-03-08'),
        // Meets b's range but not the narrowed common one (03-04..03-06): starts the next visit.
        cand(c, '2024-03-09', '2024-03-07', '2024-03-11'),
      ]),
    ).toEqual(['2024-03-04..2024-03-06 1@2024-03-04,2@2024-03-06', '2024-03-07..2024-03-11 3@2024-03-09']);
  });

  it('closes a visit when the same line comes again, even inside the common range', () => {
    const a = line(1);
    const b = line(2);
    expect(
      shape([
        cand(a, '2024-03-04', '2024-03-04', '2024-03-10'),
        cand(a, '2024-03-05', '2024-03-04', '2024-03-10'),
        cand(b, '2024-03-06', '2024-03-04', '2024-03-10'),
      ]),
    ).toEqual(['2024-03-04..2024-03-10 1@2024-03-04', '2024-03-04..2024-03-10 1@2024-03-05,2@2024-03-06']);
  });

  it('is greedy: a candidate joins the open visit, never an earlier closed one', () => {
    const [a, b] = [line(1), line(2)];
    expect(
      shape([
        cand(a, '2024-03-01', '2024-03-01', '2024-03-31'),
        cand(a, '2024-03-08', '2024-03-01', '2024-03-31'),
        cand(b, '2024-03-09', '2024-03-09', '2024-03-09'),
      ]),
    ).toEqual(['2024-03-01..2024-03-31 1@2024-03-01', '2024-03-09..2024-03-09 1@2024-03-08,2@2024-03-09']);
  });

  it('gives nothing for no candidates', () => {
    expect(buildVisits([])).toEqual([]);
  });
});

describe('preferredTimes', () => {
  it('takes the latest start and the earliest end', () => {
    const lines = [line(1, { startAfter: '08:00', endBefore: '16:00' }), line(2, { startAfter: '10:00', endBefore: '12:00' })];
    expect(preferredTimes(lines)).toEqual({
      startAfter: '10:00',
      endBefore: '12:00',
    });
  });

  it('ignores lines without times and is null when no line has any', () => {
    expect(preferredTimes([line(1), line(2, { endBefore: '15:00' })])).toEqual({ startAfter: null, endBefore: '15:00' });
    expect(preferredTimes([line(1), line(2)])).toEqual({ startAfter: null, endBefore: null });
  });

  it('keeps the start and drops the end when they leave no time', () => {
    const crossing = [line(1, { startAfter: '14:00' }), line(2, { endBefore: '12:00' })];
    expect(preferredTimes(crossing)).toEqual({ startAfter: '14:00', endBefore: null });
    const touching = [line(1, { startAfter: '12:00' }), line(2, { endBefore: '12:00' })];
    expect(preferredTimes(touching)).toEqual({ startAfter: '12:00', endBefore: null });
  });
});
