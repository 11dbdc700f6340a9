import { useCallback, useState } from 'react';
import type { BoardView } from './board-route';
import { VIEW_SPECS, isZoom, type ZoomMinutes } from './views';

const STORAGE_KEY = 'servisa.board.zoom';

type ZoomByView = Partial<Record<BoardView, ZoomMinutes>>;

function stored(): ZoomByView {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}');
    if (parsed === null || typeof parsed !== 'object') return {};
    return Object.fromEntries(Object.entries(parsed).filter(([view, z]) => view in VIEW_SPECS && typeof z === 'number' && isZoom(z))) as ZoomByView;
  } catch {
    return {};
  }
}

/** The slot length per view, remembered on this computer; each view starts at its own default. */
export function useZoom(view: BoardView): [ZoomMinutes, (zoom: ZoomMinutes) => void] {
  const [byView, setByView] = useState<ZoomByView>(stored);
  const setZoom = useCallback(
    (zoom: ZoomMinutes) =>
      setByView((prev) => {
        const next = { ...prev, [view]: zoom };
        localStorage.setItem(STORAGE_KEY, JSON.stringify(next));
        return next;
      }),
    [view],
  );
  return [byView[view] ?? VIEW_SPECS[view].defaultZoom, setZoom];
}
