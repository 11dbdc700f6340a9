import type { Random } from './random';
import type { ZonedClock } from './time';

export const DAY_START_MINUTE = 8 * 60;
export const DAY_END_MINUTE = 17 * 60;

export interface Slot {
  start: string;
  end: string;
}

/**
 * Lays visits end to end in each technician's working day (08:00-17:00 company time) with travel
 * time between them, so the seeded board has no double bookings and nothing outside working
 * hours, as a dispatcher's real week would look.
 */
export class DayPlanner {
  readonly #nextFree = new Map<string, number>();

  constructor(
    private readonly rng: Random,
    private readonly clock: ZonedClock,
  ) {}

  /** A slot on `date` for the worker, or null when the visit no longer fits in that day. */
  place(workerId: number, date: string, hoursX100: number): Slot | null {
    const key = `${workerId}|${date}`;
    // The first visit of a day usually starts at eight, sometimes later after a depot stop or a
    // booked afternoon appointment, so a lightly loaded board is not one column at 08:00.
    const cursor = this.#nextFree.get(key) ?? DAY_START_MINUTE + this.rng.pick([0, 0, 0, 30, 60, 90, 120, 180, 240, 300]);
    const start = Math.ceil(cursor / 15) * 15;
    const end = start + Math.round((hoursX100 * 60) / 100);
    if (end > DAY_END_MINUTE) return null;
    this.#nextFree.set(key, end + this.rng.pick([15, 30, 30, 45]));
    return { start: this.clock.toUtcIso(date, start), end: this.clock.toUtcIso(date, end) };
  }
}
