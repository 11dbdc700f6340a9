/**
 * Page-side geometry for a drag: where a bar is and where a given local time of another
 * technician's lane is on screen, read from FullCalendar's own slot cells (each carries its local
 * start in data-date), so it holds whatever slot length, day range or zoom the board uses.
 */

export type BarMatch = { kind: 'orderId'; id: number } | { kind: 'title'; prefix: string };

export interface DragPath {
  grab: { x: number; y: number };
  drop: { x: number; y: number };
}

const LANE_SELECTOR = '.fc-timeline-lane';

export function laneOf(resourceId: string): Element | null {
  return document.querySelector(`${LANE_SELECTOR}[data-resource-id="${CSS.escape(resourceId)}"]`);
}

/** The bars matching `bar` inside `root`, leaving out FullCalendar's drag mirror. */
export function barsIn(root: ParentNode, bar: BarMatch): Element[] {
  const found =
    bar.kind === 'orderId'
      ? Array.from(root.querySelectorAll(`[data-order-id="${bar.id}"]`)).map((el) => el.closest('.fc-timeline-event') ?? el)
      : Array.from(root.querySelectorAll('.fc-timeline-event')).filter((el) => (el.textContent ?? '').includes(bar.prefix));
  return found.filter((el) => el.closest('.fc-event-mirror') === null);
}

/** A slot cell's local start as a comparable number (the wall-clock time read as if it were UTC). */
const wallClock = (iso: string) => Date.parse(iso.length === 10 ? `${iso}T00:00:00Z` : `${iso}Z`);

/** The x coordinate of a local time ("YYYY-MM-DDTHH:MM:SS"), interpolated within its slot cell. */
function xOfLocalTime(local: string): number | null {
  const slots = Array.from(document.querySelectorAll('td.fc-timeline-slot-lane[data-date]'), (el) => ({
    at: wallClock(el.getAttribute('data-date') ?? ''),
    rect: el.getBoundingClientRect(),
  }));
  if (slots.length < 2) return null;
  let slotLength = Number.POSITIVE_INFINITY;
  for (let i = 1; i < slots.length; i++) {
    const gap = (slots[i]?.at ?? 0) - (slots[i - 1]?.at ?? 0);
    if (gap > 0) slotLength = Math.min(slotLength, gap);
  }
  const target = wallClock(local);
  const slot = slots.find((s) => s.at <= target && target < s.at + slotLength);
  if (!slot) return null;
  return slot.rect.left + ((target - slot.at) / slotLength) * slot.rect.width;
}

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/**
 * Scrolls the bar into the middle of the view and returns where to grab it and where to release
 * it so that its start lands on `toLocal` in the target technician's lane.
 */
export async function dragPath(bar: BarMatch, sourceResourceId: string, targetResourceId: string, fromLocal: string, toLocal: string): Promise<DragPath | string> {
  const sourceLane = laneOf(sourceResourceId);
  if (!sourceLane) return `no lane for technician ${sourceResourceId}`;
  const missing = `bar ${JSON.stringify(bar)} not found in the lane of technician ${sourceResourceId}`;
  const first = barsIn(sourceLane, bar)[0];
  if (!first) return missing;
  first.scrollIntoView({ block: 'center', inline: 'center' });
  await nextFrame();
  await nextFrame();
  // Looked up again: a re-render during those frames may have replaced the element.
  const element = barsIn(laneOf(sourceResourceId) ?? document, bar)[0];
  if (!element || element.getBoundingClientRect().width === 0) return missing;
  const targetLane = laneOf(targetResourceId);
  if (!targetLane) return `no lane for technician ${targetResourceId}`;
  const from = xOfLocalTime(fromLocal);
  const to = xOfLocalTime(toLocal);
  if (from === null || to === null) return `no slot cell for ${fromLocal} or ${toLocal}`;
  const box = element.getBoundingClientRect();
  const lane = targetLane.getBoundingClientRect();
  const grab = { x: box.left + box.width / 2, y: box.top + box.height / 2 };
  return { grab, drop: { x: grab.x + (to - from), y: lane.top + Math.min(lane.height / 2, 12) } };
}
