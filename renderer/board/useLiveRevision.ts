import { useEffect, useRef, type RefObject } from 'react';
import { call } from '../api/client';

export const REVISION_POLL_MS = 2000;
/** After the button is released, the drop's own save goes first; the deferred reload follows. */
const AFTER_RELEASE_MS = 300;

/**
 * Asks the main process for its data revision every two seconds while the page is visible, and calls
 * `onChange` when it moved: a change made in another window or by another process on the same
 * database file. `seen` holds the last revision known; the board sets it to the revision its own save left,
 * since it has already reloaded the rows that save touched.
 *
 * While a mouse button or a finger is down the reload waits for the release: the benchmark saw a
 * reload that landed in the middle of a drag make FullCalendar drop the drag without a word, so the
 * visit stayed where it was although the dispatcher let go of it somewhere else.
 */
export function useLiveRevision(onChange: () => void, seen: RefObject<string | null>, intervalMs = REVISION_POLL_MS): void {
  const latest = useRef(onChange);
  useEffect(() => {
    latest.current = onChange;
  });

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    let held = false;
    let deferred = false;

    const changed = () => {
      if (held) deferred = true;
      else latest.current();
    };

    const poll = async () => {
      timer = undefined;
      if (document.visibilityState === 'visible') {
        const result = await call('dispatch.revision', {});
        if (stopped) return;
        if (result.ok) {
          if (seen.current !== null && result.value.revision !== seen.current) changed();
          seen.current = result.value.revision;
        }
      }
      if (!stopped) timer = setTimeout(() => void poll(), intervalMs);
    };

    // Coming back to a hidden tab checks at once instead of waiting for the next tick.
    const onVisible = () => {
      if (document.visibilityState === 'visible' && timer !== undefined) {
        clearTimeout(timer);
        void poll();
      }
    };
    const onPress = () => {
      held = true;
    };
    const onRelease = () => {
      held = false;
      if (!deferred) return;
      deferred = false;
      setTimeout(() => {
        if (!stopped) changed();
      }, AFTER_RELEASE_MS);
    };

    void poll();
    document.addEventListener('visibilitychange', onVisible);
    window.addEventListener('pointerdown', onPress, true);
    window.addEventListener('pointerup', onRelease, true);
    window.addEventListener('pointercancel', onRelease, true);
    return () => {
      stopped = true;
      if (timer !== undefined) clearTimeout(timer);
      document.removeEventListener('visibilitychange', onVisible);
      window.removeEventListener('pointerdown', onPress, true);
      window.removeEventListener('pointerup', onRelease, true);
      window.removeEventListener('pointercancel', onRelease, true);
    };
  }, [intervalMs, seen]);
}
