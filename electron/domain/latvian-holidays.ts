import { easterSunday } from './easter';

/** A public holiday (a non-working day by law) with its Latvian name. */
export interface Holiday {
  date: string;
  description: string;
}

const DAY_MS = 86_400_000;

function shift(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** 0 = Sunday ... 6 = Saturday. */
function weekday(date: string): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}

const on = (year: number, month: number, day: number) =>
  `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

/**
 * For 4 May and 18 November the law moves the day off to the next Monday when the date falls on a
 * Saturday or a Sunday (the date itself stays a holiday).
 */
function withMondayAfterWeekend(date: string, description: string, movedDescription: string): Holiday[] {
  const day = weekday(date);
  const holidays = [{ date, description }];
  if (day === 6) holidays.push({ date: shift(date, 2), description: movedDescription });
  if (day === 0) holidays.push({ date: shift(date, 1), description: movedDescription });
  return holidays;
}

/**
 * Latvia's public holidays of one year ("Par svētku, atceres un atzīmējamām dienām"), sorted by
 * date. Mother's Day is a day of note, not a day off, so it is not listed.
 */
export function latvianHolidays(year: number): Holiday[] {
  const easter = easterSunday(year);
  const holidays: Holiday[] = [
    { date: on(year, 1, 1), description: 'Jaungada diena' },
    { date: shift(easter, -2), description: 'Lielā Piektdiena' },
    { date: easter, description: 'Pirmās Lieldienas' },
    { date: shift(easter, 1), description: 'Otrās Lieldienas' },
    { date: on(year, 5, 1), description: 'Darba svētki, Latvijas Republikas Satversmes sapulces sasaukšanas diena' },
    ...withMondayAfterWeekend(
      on(year, 5, 4),
      'Latvijas Republikas Neatkarības deklarācijas pasludināšanas diena',
      'Brīvdiena 4. maija vietā',
    ),
    { date: shift(easter, 49), description: 'Vasarsvētki' },
    { date: on(year, 6, 23), description: 'Līgo diena' },
    { date: on(year, 6, 24), description: 'Jāņu diena' },
    ...withMondayAfterWeekend(on(year, 11, 18), 'Latvijas Republikas proklamēšanas diena', 'Brīvdiena 18. novembra vietā'),
    { date: on(year, 12, 24), description: 'Ziemassvētku vakars' },
    { date: on(year, 12, 25), description: 'Pirmie Ziemassvētki' },
    { date: on(year, 12, 26), description: 'Otrie Ziemassvētki' },
    { date: on(year, 12, 31), description: 'Vecgada diena' },
  ];
  return holidays.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
