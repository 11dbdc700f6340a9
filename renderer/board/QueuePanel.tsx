import { Draggable } from '@fullcalendar/interaction';
import { useEffect, useRef, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { QueueOrder } from '../../electron/contract/dispatch';
import type { ApiError } from '../../electron/contract/result';
import { ErrorNotice } from '../components/ErrorNotice';
import type { BoardFormat } from './board-format';
import type { Colours } from './events';
import { QUEUE_SORTS, type QueueSort } from './useQueue';

/** Marks an external drag's event as coming from the queue; eventAllow and eventReceive read it. */
export interface QueueDragProps {
  kind: 'queue';
  order: QueueOrder;
}

interface QueuePanelProps {
  panelRef: RefObject<HTMLElement | null>;
  rows: readonly QueueOrder[];
  total: number;
  loading: boolean;
  error: ApiError | null;
  hasMore: boolean;
  onLoadMore: () => void;
  search: string;
  onSearch: (text: string) => void;
  sort: QueueSort;
  direction: 'asc' | 'desc';
  onSort: (sort: QueueSort, direction: 'asc' | 'desc') => void;
  onDispatch: (order: QueueOrder) => void;
  colours: Colours | null;
  format: BoardFormat;
  highlighted: number | null;
}

function durationText(minutes: number, t: (key: string, params?: Record<string, number>) => string): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h === 0) return t('board.minutes', { m });
  return m === 0 ? t('board.hours', { h }) : t('board.hoursMinutes', { h, m });
}

/**
 * The queue of unscheduled orders. Cards are dragged onto the timeline through FullCalendar's
 * Draggable, made once for the list (a new one per render would stack up and drop twice); it reads
 * the card's order from a ref, so the list can change under it.
 */
export function QueuePanel({
  panelRef,
  rows,
  total,
  loading,
  error,
  hasMore,
  onLoadMore,
  search,
  onSearch,
  sort,
  direction,
  onSort,
  onDispatch,
  colours,
  format,
  highlighted,
}: QueuePanelProps) {
  const { t } = useTranslation();
  const listRef = useRef<HTMLUListElement>(null);
  const rowsById = useRef(new Map<number, QueueOrder>());
  useEffect(() => {
    rowsById.current = new Map(rows.map((r) => [r.orderId, r]));
  }, [rows]);

  useEffect(() => {
    const list = listRef.current;
    if (!list) return;
    const draggable = new Draggable(list, {
      itemSelector: '.queue-card',
      minDistance: 5,
      eventData: (el) => {
        const order = rowsById.current.get(Number(el.dataset.orderId));
        if (!order) return { create: false };
        const extendedProps: QueueDragProps = { kind: 'queue', order };
        return { title: order.number, duration: { minutes: order.durationMinutes }, create: true, extendedProps, classNames: ['board-bar', 'is-incoming'] };
      },
    });
    return () => draggable.destroy();
  }, []);

  // A found order's card is scrolled to and focused once, when it appears (later reloads leave focus alone).
  const shownHighlight = useRef<number | null>(null);
  useEffect(() => {
    if (highlighted === null || shownHighlight.current === highlighted) return;
    const card = listRef.current?.querySelector<HTMLElement>(`[data-order-id="${highlighted}"]`);
    if (!card) return;
    shownHighlight.current = highlighted;
    card.scrollIntoView({ block: 'nearest' });
    card.querySelector('button')?.focus();
  }, [highlighted, rows]);

  return (
    <section className="board-queue" aria-labelledby="board-queue-title" ref={panelRef}>
      <header className="board-queue-head">
        <h2 id="board-queue-title">
          {t('board.queue.title')} <span className="board-count">{total}</span>
        </h2>
        <p className="board-queue-drop-hint">{t('board.queue.dropHint')}</p>
        <input
          type="search"
          aria-label={t('board.queue.search')}
          placeholder={t('board.queue.searchPlaceholder')}
          value={search}
          onChange={(e) => onSearch(e.target.value)}
        />
        <div className="board-queue-sort">
          <label>
            {t('board.queue.sort')}
            <select value={sort} onChange={(e) => onSort(e.target.value as QueueSort, direction)}>
              {QUEUE_SORTS.map((s) => (
                <option key={s} value={s}>
                  {t(`board.queue.sorts.${s}`)}
                </option>
              ))}
            </select>
          </label>
          <button
            type="button"
            className="board-icon-button"
            aria-label={direction === 'asc' ? t('board.queue.ascending') : t('board.queue.descending')}
            title={direction === 'asc' ? t('board.queue.ascending') : t('board.queue.descending')}
            onClick={() => onSort(sort, direction === 'asc' ? 'desc' : 'asc')}
          >
            {direction === 'asc' ? '↑' : '↓'}
          </button>
        </div>
      </header>
      <ErrorNotice error={error} />
      <ul className="board-queue-list" ref={listRef} aria-label={t('board.queue.title')} aria-busy={loading}>
        {rows.map((order) => (
          <li
            key={order.orderId}
            className={`queue-card priority-${order.priority}${highlighted === order.orderId ? ' is-highlighted' : ''}`}
            data-order-id={order.orderId}
            style={colours ? { borderLeftColor: colours[order.priority] } : undefined}
          >
            <div className="queue-card-head">
              <strong className="queue-number">{order.number}</strong>
              <span className="queue-priority">{t(`board.priorities.${order.priority}`)}</span>
              <span className="queue-duration">{durationText(order.durationMinutes, (key, params) => t(key, params ?? {}))}</span>
            </div>
            <div className="queue-customer">{order.customer}</div>
            <div className="queue-meta">{[order.city, order.task ?? order.description].filter(Boolean).join(' · ')}</div>
            <div className="queue-dates">
              {order.preferredDate && <span>{t('board.queue.preferred', { date: format.date(order.preferredDate) })}</span>}
              {order.slaDeadline && <span className="queue-sla">{t('board.queue.sla', { deadline: format.moment(order.slaDeadline) })}</span>}
            </div>
            <button type="button" className="queue-dispatch" aria-label={t('board.dispatchOrder', { number: order.number })} onClick={() => onDispatch(order)}>
              {t('board.dispatch')}
            </button>
          </li>
        ))}
        {rows.length === 0 && !loading && <li className="board-queue-empty">{t('board.queue.empty')}</li>}
      </ul>
      {hasMore && (
        <button type="button" className="board-queue-more" onClick={onLoadMore} disabled={loading}>
          {t('board.queue.loadMore', { shown: rows.length, total: total })}
        </button>
      )}
      {!hasMore && rows.length < total && <p className="help board-queue-capped">{t('board.queue.capped', { shown: rows.length, total })}</p>}
    </section>
  );
}
