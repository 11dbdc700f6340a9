/**
 * Page-side timing of one drop, from the release of the mouse button (a capturing listener, so it
 * fires before FullCalendar's) to: the bar standing in the target technician's lane, the save having
 * answered, and the board's refetch after the save having been painted.
 */
import { barsIn, laneOf, type BarMatch } from './probe-geometry';

export interface ApiCall {
  name: string;
  start: number;
  /** When the response headers arrived. */
  headersAt: number | null;
  /** When the page had parsed the body. */
  end: number | null;
  requestBody: string;
}

export interface DropSpec {
  /** Which bar is dragged: by data-order-id on our board, by its title on the bare page. */
  bar: BarMatch;
  targetResourceId: string;
  /** The API call whose answer means "saved"; null on the bare page, which saves nothing. */
  saveCall: string | null;
  /** The call that reloads the bars after a save; null when the page does not reload. */
  refetchCall: string | null;
}

export interface DropTiming {
  upAt: number;
  /** First moment after the release that the bar (not FullCalendar's drag mirror) is in the target lane. */
  barAt: number;
  /** When the page sent the save, and when it had parsed the answer; null on the bare page. */
  saveSentAt: number | null;
  savedAt: number | null;
  /** Saved (where a save is awaited) and the bar in the target lane. */
  doneAt: number;
  /** Two frames after the post-save refetch was parsed, with the bar still in place; null without one. */
  refetchedAt: number | null;
}

/** How long to wait for the board's own refetch after a save before reporting without it. */
const REFETCH_WAIT_MS = 5_000;

const barInLane = (spec: DropSpec): boolean => {
  const lane = laneOf(spec.targetResourceId);
  return lane !== null && barsIn(lane, spec.bar).length > 0;
};

/** Starts watching before the drag; resolves once the drop has landed (or never, if it does not). */
export function trackDrop(spec: DropSpec, api: readonly ApiCall[], apiListeners: Set<() => void>): Promise<DropTiming> {
  return new Promise((resolve) => {
    let upAt: number | null = null;
    let barAt: number | null = null;
    let saveSentAt: number | null = null;
    let savedAt: number | null = null;
    let doneAt: number | null = null;
    let firstCall = api.length;
    let waitingForPaint = false;
    let giveUp: ReturnType<typeof setTimeout> | undefined;

    const onRelease = () => {
      if (upAt !== null) return;
      upAt = performance.now();
      firstCall = api.length;
    };
    const answered = (name: string, after: number) => api.slice(firstCall).find((c) => c.name === name && c.start >= after && c.end !== null);
    const observer = new MutationObserver(() => check());

    function finish(refetchedAt: number | null) {
      observer.disconnect();
      apiListeners.delete(check);
      clearTimeout(giveUp);
      window.removeEventListener('pointerup', onRelease, true);
      window.removeEventListener('mouseup', onRelease, true);
      if (upAt !== null && barAt !== null && doneAt !== null) resolve({ upAt, barAt, saveSentAt, savedAt, doneAt, refetchedAt });
    }

    function check() {
      if (upAt === null) return;
      const now = performance.now();
      if (doneAt === null) {
        const save = savedAt === null && spec.saveCall !== null ? answered(spec.saveCall, upAt) : undefined;
        if (save) {
          saveSentAt = save.start;
          savedAt = save.end;
        }
        if (!barInLane(spec)) return;
        barAt ??= now;
        if (spec.saveCall !== null && savedAt === null) return;
        doneAt = now;
        if (spec.refetchCall === null) return finish(null);
        giveUp = setTimeout(() => finish(null), REFETCH_WAIT_MS);
      }
      if (spec.refetchCall === null || waitingForPaint || !answered(spec.refetchCall, savedAt ?? doneAt)) return;
      waitingForPaint = true;
      requestAnimationFrame(() =>
        requestAnimationFrame(() => {
          if (barInLane(spec)) finish(performance.now());
          else waitingForPaint = false;
        }),
      );
    }

    window.addEventListener('pointerup', onRelease, true);
    window.addEventListener('mouseup', onRelease, true);
    observer.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['class', 'data-order-id'] });
    apiListeners.add(check);
  });
}
