import { describe, expect, it } from 'vitest';
import { genLine } from './test-lines';
import { planGeneration } from './plan';
import type {
  AgreementStatus,
  GenAgreement,
  GenCalendar,
  GenExisting,
  GenInterval,
  GenLine,
  GenPlan,
  GenRequest,
  GenTimeWindow,
  TransactionType,
} from './types';

// Fixtures. 2024-03-04 is a Monday, 2024-03-09 a Saturday; 2024-01-01 a Monday, 2024-01-03 a Wednesday.
const line = genLine;
const agreement = (id: number, lines: GenLine[], over: Partial<GenAgreement> = {}): GenAgreement => ({
  id,
  number: `L-${id}`,
  description: '',
  status: 'active',
  isTemplate: false,
  validFrom: '2024-01-01',
  validTo: null,
  combineBy: 'agreement',
  customerId: 1,
  siteId: null,
  responsibleWorkerId: null,
  preferredWorkerId: null,
  slaId: null,
  calendarId: null,
  lines,
  ...over,
});
const every = (frequency: number, unit: GenInterval['unit']): GenInterval => ({ unit, frequency });
const WEEKLY = every(1, 'week');
const MONTHLY = every(1, 'month');
const WEEK: GenTimeWindow = { kind: 'week', daysBefore: 0, daysAfter: 0 };
const MONTH: GenTimeWindow = { kind: 'month', daysBefore: 0, daysAfter: 0 };
const manual = (daysBefore: number, daysAfter: number): GenTimeWindow => ({ kind: 'manual', daysBefore, daysAfter });
const ALL_TYPES = new Set<TransactionType>(['hour', 'expense', 'item', 'fee']);
const request = (from: string, to: string, over: Partial<GenRequest> = {}): GenRequest => ({
  from,
  to,
  transactionTypes: ALL_TYPES,
  fillGaps: false,
  ...over,
});
const JAN = request('2024-01-01', '2024-01-31');
const MARCH = request('2024-03-01', '2024-03-31');
const NOTHING: GenExisting = { members: new Set(), lastDateByLine: new Map() };
const CAL = 7;
const monFri = (days: Record<string, 'holiday' | 'closed' | 'open'> = {}): Map<number, GenCalendar> =>
  new Map([[CAL, { id: CAL, openWeekdays: new Set([1, 2, 3, 4, 5]), days: new Map(Object.entries(days)) }]]);

const run = (agreements: GenAgreement[], req: GenRequest, existing: GenExisting = NOTHING, calendars = monFri()): GenPlan =>
  planGeneration(agreements, calendars, req, existing);
/** One string per order: "date[!] number key line@calculatedDate,…" ("!" = calendar conflict). */
const orders = (p: GenPlan) =>
  p.orders.map((o) => {
    const lines = o.lines.map((l) => `${l.line.id}@${l.calculatedDate}`).join(',');
    return `${o.serviceDate}${o.calendarConflict ? '!' : ''} ${o.agreement.number} ${o.combineKey} ${lines}`;
  });
const dates = (p: GenPlan) => p.orders.map((o) => o.serviceDate);
/** What an earlier run created, as the service would load it back. */
const existingFrom = (p: GenPlan): GenExisting => {
  const members = new Set<string>();
  const lastDateByLine = new Map<number, string>();
  for (const l of p.orders.flatMap((o) => o.lines)) {
    members.add(`${l.line.id}:${l.calculatedDate}`);
    const last = lastDateByLine.get(l.line.id);
    if (last === undefined || l.calculatedDate > last) lastDateByLine.set(l.line.id, l.calculatedDate);
  }
  return { members, lastDateByLine };
};

describe('agreement filter', () => {
  const due = [line(1, { validFrom: '2024-03-05' })];

  it('skips templates, even active ones with due lines', () => {
    const p = run([agreement(1, due, { isTemplate: true })], MARCH);
    expect(p.orders).toEqual([]);
    expect(p.skipped).toEqual([{ agreementId: 1, reason: 'template' }]);
  });

  it('skips every status but active', () => {
    const statuses: AgreementStatus[] = ['draft', 'suspended', 'expired', 'cancelled'];
    const p = run(
      statuses.map((status, i) => agreement(i + 1, due, { status })),
      MARCH,
    );
    expect(p.orders).toEqual([]);
    expect(p.skipped).toEqual(statuses.map((_, i) => ({ agreementId: i + 1, reason: 'not_active' })));
  });

  it('reports an active agreement with nothing due in the period', () => {
    const p = run([agreement(1, []), agreement(2, [line(2, { validFrom: '2024-05-01' })]), agreement(3, due)], MARCH);
    expect(p.skipped).toEqual([
      { agreementId: 1, reason: 'no_lines_due' },
      { agreementId: 2, reason: 'no_lines_due' },
    ]);
    expect(orders(p)).toEqual(['2024-03-05 L-3 agreement:3 1@2024-03-05']);
  });
});

describe('lines', () => {
  it('ignores stopped lines', () => {
    const lines = [line(1, { validFrom: '2024-03-05', stopped: true }), line(2, { validFrom: '2024-03-05' })];
    expect(orders(run([agreement(1, lines)], MARCH))).toEqual(['2024-03-05 L-1 agreement:1 2@2024-03-05']);
  });

  it('takes only the requested transaction types', () => {
    const types: TransactionType[] = ['hour', 'expense', 'item', 'fee'];
    const a = agreement(
      1,
      types.map((transactionType, i) => line(i + 1, { transactionType, validFrom: '2024-03-05' })),
    );
    const hourAndFee = request('2024-03-01', '2024-03-31', { transactionTypes: new Set(['hour', 'fee']) });
    expect(orders(run([a], hourAndFee))).toEqual(['2024-03-05 L-1 agreement:1 1@2024-03-05,4@2024-03-05']);
    const none = run([a], request('2024-03-01', '2024-03-31', { transactionTypes: new Set() }));
    expect(none.orders).toEqual([]);
    expect(none.skipped).toEqual([{ agreementId: 1, reason: 'no_lines_due' }]);
  });
});

describe('occurrences in the plan', () => {
  it('steps a weekly line from a Wednesday anchor years before the period', () => {
    const p = run([agreement(1, [line(1, { interval: WEEKLY })], { validFrom: '2015-01-07' })], request('2024-01-01', '2024-01-14'));
    expect(dates(p)).toEqual(['2024-01-03', '2024-01-10']);
  });

  it('creates a one-time line on its start date, or on the agreement start without one', () => {
    const a = agreement(1, [line(1, { validFrom: '2024-03-10' }), line(2)], { validFrom: '2024-03-02' });
    expect(orders(run([a], MARCH))).toEqual(['2024-03-02 L-1 agreement:1 2@2024-03-02', '2024-03-10 L-1 agreement:1 1@2024-03-10']);
    expect(run([a], request('2024-03-11', '2024-03-31')).orders).toEqual([]);
  });

  it('keeps a month-end anchor on the last day of short months', () => {
    const p = run([agreement(1, [line(1, { interval: MONTHLY })], { validFrom: '2024-01-31' })], request('2024-02-01', '2024-04-30'));
    expect(dates(p)).toEqual(['2024-02-29', '2024-03-31', '2024-04-30']);
  });
});

describe('clipping', () => {
  const weekly = (over: Partial<GenLine> = {}) => line(1, { interval: WEEKLY, ...over });

  it('stops at the agreement end', () => {
    expect(dates(run([agreement(1, [weekly()], { validTo: '2024-01-20' })], JAN))).toEqual(['2024-01-01', '2024-01-08', '2024-01-15']);
  });

  it('starts the series at the line start and stops at the line end', () => {
    const p = run([agreement(1, [weekly({ validFrom: '2024-01-03', validTo: '2024-01-24' })])], JAN);
    expect(dates(p)).toEqual(['2024-01-03', '2024-01-10', '2024-01-17', '2024-01-24']);
  });

  it('keeps the line rhythm when the agreement starts later than the line', () => {
    const p = run([agreement(1, [weekly({ validFrom: '2024-01-01' })], { validFrom: '2024-01-10' })], JAN);
    expect(dates(p)).toEqual(['2024-01-15', '2024-01-22', '2024-01-29']);
  });

  it('keeps to the requested period', () => {
    expect(dates(run([agreement(1, [weekly()])], request('2024-01-09', '2024-01-22')))).toEqual(['2024-01-15', '2024-01-22']);
  });

  it('gives nothing when line and request do not overlap', () => {
    const p = run([agreement(1, [weekly({ validTo: '2024-01-08' })])], request('2024-01-09', '2024-01-31'));
    expect(p.orders).toEqual([]);
    expect(p.skipped).toEqual([{ agreementId: 1, reason: 'no_lines_due' }]);
  });
});

describe('combine keys', () => {
  const march5 = request('2024-03-05', '2024-03-05');
  const on5 = (id: number, over: Partial<GenLine> = {}) => line(id, { validFrom: '2024-03-05', ...over });

  it('by agreement: every line of the day in one order', () => {
    const p = run([agreement(1, [on5(1, { taskId: 5 }), on5(2, { taskId: 6 })])], march5);
    expect(orders(p)).toEqual(['2024-03-05 L-1 agreement:1 1@2024-03-05,2@2024-03-05']);
  });

  it('by task', () => {
    const lines = [on5(1, { taskId: 5 }), on5(2, { taskId: 6 }), on5(3, { taskId: 5 }), on5(4)];
    expect(orders(run([agreement(1, lines, { combineBy: 'task' })], march5))).toEqual([
      '2024-03-05 L-1 task:5 1@2024-03-05,3@2024-03-05',
      '2024-03-05 L-1 task:6 2@2024-03-05',
      '2024-03-05 L-1 task:none 4@2024-03-05',
    ]);
  });

  it("by worker, a line without one going to the agreement's preferred technician", () => {
    const lines = [on5(1, { workerId: 3 }), on5(2), on5(3, { workerId: 9 })];
    expect(orders(run([agreement(1, lines, { combineBy: 'worker', preferredWorkerId: 9 })], march5))).toEqual([
      '2024-03-05 L-1 worker:3 1@2024-03-05',
      '2024-03-05 L-1 worker:9 2@2024-03-05,3@2024-03-05',
    ]);
    expect(orders(run([agreement(1, lines, { combineBy: 'worker' })], march5))).toEqual([
      '2024-03-05 L-1 worker:3 1@2024-03-05',
      '2024-03-05 L-1 worker:9 3@2024-03-05',
      '2024-03-05 L-1 worker:none 2@2024-03-05',
    ]);
  });

  it('by object', () => {
    const lines = [on5(1, { serviceObjectId: 8 }), on5(2, { serviceObjectId: 8 }), on5(3)];
    expect(orders(run([agreement(1, lines, { combineBy: 'object' })], march5))).toEqual([
      '2024-03-05 L-1 object:8 1@2024-03-05,2@2024-03-05',
      '2024-03-05 L-1 object:none 3@2024-03-05',
    ]);
  });

  it('never mixes agreements, even with the same key', () => {
    const byTask = (id: number) => agreement(id, [on5(id, { taskId: 5 })], { combineBy: 'task' });
    expect(orders(run([byTask(1), byTask(2)], march5))).toEqual(['2024-03-05 L-1 task:5 1@2024-03-05', '2024-03-05 L-2 task:5 2@2024-03-05']);
  });

  it('keeps lines of different days apart without a time window', () => {
    const p = run([agreement(1, [on5(1), line(2, { validFrom: '2024-03-06' })])], MARCH);
    expect(orders(p)).toEqual(['2024-03-05 L-1 agreement:1 1@2024-03-05', '2024-03-06 L-1 agreement:1 2@2024-03-06']);
  });
});

describe('time windows', () => {
  it('week: combines a weekly and a monthly line in a week that spans two months', () => {
    // Both series start on 1 January: Mondays, and the 1st of each month (1 Feb is a Thursday).
    const lines = [line(1, { interval: WEEKLY, timeWindow: WEEK }), line(2, { interval: MONTHLY, timeWindow: WEEK })];
    const p = run([agreement(1, lines)], request('2024-01-29', '2024-02-04'));
    expect(orders(p)).toEqual(['2024-01-29 L-1 agreement:1 1@2024-01-29,2@2024-02-01']);
  });

  it('week: does not combine across ISO weeks', () => {
    const lines = [line(1, { timeWindow: WEEK, validFrom: '2024-03-10' }), line(2, { timeWindow: WEEK, validFrom: '2024-03-11' })];
    expect(orders(run([agreement(1, lines)], MARCH))).toEqual(['2024-03-10 L-1 agreement:1 1@2024-03-10', '2024-03-11 L-1 agreement:1 2@2024-03-11']);
  });

  it('month: the monthly line joins the first weekly visit it can, one line per visit', () => {
    const lines = [line(1, { interval: WEEKLY, timeWindow: MONTH }), line(2, { interval: MONTHLY, timeWindow: MONTH, validFrom: '2024-01-20' })];
    expect(orders(run([agreement(1, lines)], MARCH))).toEqual([
      '2024-03-04 L-1 agreement:1 1@2024-03-04',
      '2024-03-11 L-1 agreement:1 1@2024-03-11',
      '2024-03-18 L-1 agreement:1 1@2024-03-18,2@2024-03-20',
      '2024-03-25 L-1 agreement:1 1@2024-03-25',
    ]);
  });

  it('month: does not combine across months', () => {
    const lines = [line(1, { timeWindow: MONTH, validFrom: '2024-01-31' }), line(2, { timeWindow: MONTH, validFrom: '2024-02-01' })];
    expect(dates(run([agreement(1, lines)], request('2024-01-01', '2024-02-29')))).toEqual(['2024-01-31', '2024-02-01']);
  });

  it('manual: combines when the day ranges meet, not when they do not', () => {
    // Weekly on Mondays (03-04 may move 03-02..03-06); monthly on the 6th (03-04..03-08) or the 9th (03-07..03-11).
    const weekly = line(1, { interval: WEEKLY, timeWindow: manual(2, 2) });
    const near = line(2, { interval: MONTHLY, timeWindow: manual(2, 2), validFrom: '2024-01-06' });
    const far = line(2, { interval: MONTHLY, timeWindow: manual(2, 2), validFrom: '2024-01-09' });
    const period = request('2024-03-01', '2024-03-09');
    expect(orders(run([agreement(1, [weekly, near])], period))).toEqual(['2024-03-04 L-1 agreement:1 1@2024-03-04,2@2024-03-06']);
    expect(orders(run([agreement(1, [weekly, far])], period))).toEqual([
      '2024-03-04 L-1 agreement:1 1@2024-03-04',
      '2024-03-09 L-1 agreement:1 2@2024-03-09',
    ]);
  });

  it('serves a visit inside the common range when its earliest date lies outside it', () => {
    // 1@03-04 may move to 03-04..03-08, 2@03-06 not at all: the visit is on 03-06.
    const lines = [line(1, { timeWindow: manual(0, 4), validFrom: '2024-03-04' }), line(2, { validFrom: '2024-03-06' })];
    expect(orders(run([agreement(1, lines)], MARCH))).toEqual(['2024-03-06 L-1 agreement:1 1@2024-03-04,2@2024-03-06']);
  });

  it('serves one line once per visit: a daily line with a week window gives one order a day', () => {
    const daily = line(1, { interval: every(1, 'day'), timeWindow: WEEK, validFrom: '2024-03-04' });
    expect(dates(run([agreement(1, [daily])], request('2024-03-04', '2024-03-06')))).toEqual(['2024-03-04', '2024-03-05', '2024-03-06']);
  });

  it('sets the preferred time of day from all lines of the visit', () => {
    const lines = [
      line(1, { validFrom: '2024-03-05', startAfter: '08:00', endBefore: '16:00' }),
      line(2, { validFrom: '2024-03-05', startAfter: '10:00', endBefore: '12:00' }),
    ];
    const [o] = run([agreement(1, lines)], MARCH).orders;
    expect([o?.preferredStartTime, o?.preferredEndTime]).toEqual(['10:00', '12:00']);
  });
});

describe('working calendar', () => {
  const cal = { calendarId: CAL };

  it('keeps a Saturday line without a window on Saturday, flagged', () => {
    expect(orders(run([agreement(1, [line(1, { validFrom: '2024-03-09' })], cal)], MARCH))).toEqual(['2024-03-09! L-1 agreement:1 1@2024-03-09']);
  });

  it('moves a Saturday occurrence with a week window to an open day of the week', () => {
    const l = line(1, { interval: WEEKLY, timeWindow: WEEK, validFrom: '2024-03-02' });
    expect(orders(run([agreement(1, [l], cal)], request('2024-03-09', '2024-03-10')))).toEqual(['2024-03-08 L-1 agreement:1 1@2024-03-09']);
  });

  it('skips holidays inside the window', () => {
    const a = agreement(1, [line(1, { timeWindow: WEEK, validFrom: '2024-03-06' })], cal);
    const p = run([a], MARCH, NOTHING, monFri({ '2024-03-06': 'holiday', '2024-03-07': 'closed' }));
    expect(orders(p)).toEqual(['2024-03-08 L-1 agreement:1 1@2024-03-06']);
  });

  it('treats a Saturday marked open as an open day', () => {
    const p = run([agreement(1, [line(1, { validFrom: '2024-03-09' })], cal)], MARCH, NOTHING, monFri({ '2024-03-09': 'open' }));
    expect(orders(p)).toEqual(['2024-03-09 L-1 agreement:1 1@2024-03-09']);
  });

  it('treats every day as open without a calendar or with an unknown one', () => {
    const l = [line(1, { validFrom: '2024-03-10' })];
    expect(orders(run([agreement(1, l)], MARCH))).toEqual(['2024-03-10 L-1 agreement:1 1@2024-03-10']);
    expect(orders(run([agreement(1, l, { calendarId: 99 })], MARCH))).toEqual(['2024-03-10 L-1 agreement:1 1@2024-03-10']);
  });

  it('clips the window to the line and agreement validity, not to the requested period', () => {
    // The line starts on a Saturday: its week window cannot reach back to Friday.
    const fromSaturday = line(1, { timeWindow: WEEK, validFrom: '2024-03-09' });
    expect(orders(run([agreement(1, [fromSaturday], cal)], MARCH))).toEqual(['2024-03-09! L-1 agreement:1 1@2024-03-09']);
    // A Sunday occurrence of a line older than the agreement, which starts on Saturday 03-02.
    const older = line(1, { interval: WEEKLY, timeWindow: WEEK, validFrom: '2024-02-25' });
    const p = run([agreement(1, [older], { ...cal, validFrom: '2024-03-02' })], request('2024-03-01', '2024-03-03'));
    expect(orders(p)).toEqual(['2024-03-03! L-1 agreement:1 1@2024-03-03']);
    // Nothing clips it here: the visit lands on Friday, a day before the requested period.
    const l = line(1, { interval: WEEKLY, timeWindow: WEEK, validFrom: '2024-03-02' });
    expect(orders(run([agreement(1, [l], cal)], request('2024-03-09', '2024-03-31')))[0]).toBe('2024-03-08 L-1 agreement:1 1@2024-03-09');
  });
});

describe('idempotence', () => {
  const a = agreement(1, [line(1, { interval: WEEKLY })]);

  it('skips members that exist', () => {
    const p = run([a], JAN, { members: new Set(['1:2024-01-08', '1:2024-01-22']), lastDateByLine: new Map() });
    expect(dates(p)).toEqual(['2024-01-01', '2024-01-15', '2024-01-29']);
  });

  it('plans nothing when run again with the first run already created', () => {
    const lines = [
      line(1, { interval: WEEKLY, timeWindow: MONTH }),
      line(2, { interval: MONTHLY, timeWindow: WEEK }),
      line(3, { validFrom: '2024-01-13' }),
    ];
    const agreements = [agreement(1, lines, { calendarId: CAL }), agreement(2, [line(4, { interval: every(3, 'day') })], { combineBy: 'worker' })];
    const first = run(agreements, JAN);
    expect(first.orders.length).toBeGreaterThan(5);
    const second = run(agreements, JAN, existingFrom(first));
    expect(second.orders).toEqual([]);
    expect(second.skipped).toEqual([
      { agreementId: 1, reason: 'no_lines_due' },
      { agreementId: 2, reason: 'no_lines_due' },
    ]);
    expect(run(agreements, request('2024-01-01', '2024-01-31', { fillGaps: true }), existingFrom(first)).orders).toEqual([]);
  });

  it('continues after the last generated date, or fills the gaps when asked', () => {
    // 01-08 was deleted; 01-15 is the last generated.
    const existing: GenExisting = { members: new Set(['1:2024-01-01', '1:2024-01-15']), lastDateByLine: new Map([[1, '2024-01-15']]) };
    expect(dates(run([a], JAN, existing))).toEqual(['2024-01-22', '2024-01-29']);
    const fill = request('2024-01-01', '2024-01-31', { fillGaps: true });
    expect(dates(run([a], fill, existing))).toEqual(['2024-01-08', '2024-01-22', '2024-01-29']);
  });
});

describe('output order', () => {
  it('sorts by service date, agreement number (numerically) and key, whatever the input order', () => {
    const mk = (id: number, number: string, day: string) =>
      agreement(id, [line(id * 10 + 1, { validFrom: day, taskId: 2 }), line(id * 10 + 2, { validFrom: day, taskId: 10 })], {
        number,
        combineBy: 'task',
      });
    const agreements = [mk(1, 'L-10', '2024-03-05'), mk(2, 'L-9', '2024-03-05'), mk(3, 'L-1', '2024-03-06')];
    const expected = [
      '2024-03-05 L-9 task:2 21@2024-03-05',
      '2024-03-05 L-9 task:10 22@2024-03-05',
      '2024-03-05 L-10 task:2 11@2024-03-05',
      '2024-03-05 L-10 task:10 12@2024-03-05',
      '2024-03-06 L-1 task:2 31@2024-03-06',
      '2024-03-06 L-1 task:10 32@2024-03-06',
    ];
    expect(orders(run(agreements, MARCH))).toEqual(expected);
    const shuffled = [...agreements].reverse().map((ag) => ({ ...ag, lines: [...ag.lines].reverse() }));
    expect(orders(run(shuffled, MARCH))).toEqual(expected);
  });

  it('lists lines by line number, each with its own series date', () => {
    // Weekly on Tuesdays and on Thursdays: both fall in the week of 03-04.
    const lines = [
      line(1, { lineNo: 30, interval: WEEKLY, timeWindow: WEEK, validFrom: '2024-02-27' }),
      line(2, { lineNo: 10, interval: WEEKLY, timeWindow: WEEK, validFrom: '2024-02-29' }),
    ];
    const [o] = run([agreement(1, lines)], request('2024-03-04', '2024-03-10')).orders;
    expect(o?.serviceDate).toBe('2024-03-05');
    expect(o?.lines.map((l) => [l.line.lineNo, l.calculatedDate])).toEqual([
      [10, '2024-03-07'],
      [30, '2024-03-05'],
    ]);
  });

  it('orders two visits of one key on the same day by their series dates', () => {
    // Saturday and Sunday visits of a daily line both fall back to Friday.
    const l = line(1, { interval: every(1, 'day'), timeWindow: WEEK, validFrom: '2024-03-08' });
    expect(orders(run([agreement(1, [l], { calendarId: CAL })], request('2024-03-08', '2024-03-10')))).toEqual([
      '2024-03-08 L-1 agreement:1 1@2024-03-08',
      '2024-03-08 L-1 agreement:1 1@2024-03-09',
      '2024-03-08 L-1 agreement:1 1@2024-03-10',
    ]);
  });
});
