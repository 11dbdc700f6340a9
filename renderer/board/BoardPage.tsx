import type FullCalendar from '@fullcalendar/react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BoardVisit, QueueOrder } from '../../electron/contract/dispatch';
import type { Language } from '../../electron/contract/messages';
import type { ApiError } from '../../electron/contract/result';
import { useErrorText } from '../i18n';
import { BoardData, BoardLoadError, NO_FILTERS, type BoardFilters } from './board-data';
import { boardFormat } from './board-format';
import { createHandlers } from './board-handlers';
import { parseBoardRoute, type BoardView } from './board-route';
import { todayIn, viewRange } from './board-time';
import { BoardFiltersBar } from './BoardFiltersBar';
import { BoardNoticeView, noticeOf, type BoardNotice } from './BoardNoticeView';
import { BoardToolbar } from './BoardToolbar';
import { ConfirmConflictsDialog } from './ConfirmConflictsDialog';
import { describeWithOrder, type ConflictContext } from './conflict-text';
import { DetailsPanel } from './DetailsPanel';
import { targetOfQueue, targetOfVisit } from './dispatch-targets';
import { DispatchDialog, type DispatchTarget } from './DispatchDialog';
import { DragIndicator, createIndicatorStore } from './drag-indicator';
import { DropTracker } from './drop-tracker';
import { QueuePanel } from './QueuePanel';
import { buildResources, rowsSignature, type Roster } from './resources';
import { Timeline, type TimelineHandlers } from './Timeline';
import { useBoardChanges } from './useBoardChanges';
import { useBoardChoices } from './useBoardChoices';
import { useBoardKeys } from './useBoardKeys';
import { useBoardRoute } from './useBoardRoute';
import { useFindOrder } from './useFindOrder';
import { useGroupMove } from './useGroupMove';
import { useLiveRevision } from './useLiveRevision';
import { useQueue, type QueueSort } from './useQueue';
import { useSelection } from './useSelection';
import { useZoom } from './useZoom';
import { VIEW_SPECS } from './views';
import './board.css';

const DEFAULT_ZONE = 'Europe/Riga';

/**
 * The dispatch board: technicians' rows by team, scheduled visits as bars, the queue of unscheduled
 * orders, and every way of placing a visit (drag, resize, the dispatch dialog, undo and redo).
 */
export function BoardPage({ parts }: { parts: string[] }) {
  const { t, i18n } = useTranslation();
  const language: Language = i18n.language === 'lv' ? 'lv' : 'en';
  const errorText = useErrorText();
  const rootRef = useRef<HTMLDivElement>(null);
  const queuePanelRef = useRef<HTMLElement>(null);
  const calendarRef = useRef<FullCalendar>(null);
  const handlersRef = useRef<TimelineHandlers | null>(null);
  /** Events fetches in flight: the board is ready when none is and the last one is drawn. */
  const fetches = useRef(0);
  const [indicator] = useState(createIndicatorStore);
  const [drops] = useState(() => new DropTracker());

  const [roster, setRoster] = useState<Roster | null>(null);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const [data] = useState(
    () =>
      new BoardData((next, open) => {
        setRoster((prev) => (prev !== null && rowsSignature(prev) === rowsSignature(next) ? prev : next));
        setExpanded(open);
      }),
  );
  const zone = roster?.timeZone ?? DEFAULT_ZONE;
  const place = parseBoardRoute(parts, todayIn(zone));
  const { shown, onDates } = useBoardRoute(calendarRef, place, zone);
  const [filters, setFilters] = useState<BoardFilters>(NO_FILTERS);
  const [notice, setNotice] = useState<BoardNotice | null>(null);
  /** Boxed: the refusal is translated when shown, so a language change re-translates it. */
  const [loadError, setLoadError] = useState<{ error: unknown } | null>(null);
  const [dialog, setDialog] = useState<DispatchTarget | null>(null);
  // Bumped when the loaded visits change, so the details panel shows the fresh ones.
  const [, setVisitsTick] = useState(0);
  const [queueQuery, setQueueQuery] = useState<{ search: string; sort: QueueSort; direction: 'asc' | 'desc' }>({ search: '', sort: 'priority', direction: 'asc' });
  const [queueToken, setQueueToken] = useState(0);
  const [highlighted, setHighlighted] = useState<number | null>(null);
  const [zoom, setZoom] = useZoom(place.view);
  const choices = useBoardChoices();
  const selection = useSelection(rootRef);
  const queue = useQueue({ filters, ...queueQuery }, queueToken);

  const format = useMemo(() => boardFormat(language, zone), [language, zone]);
  const technicianName = useCallback((id: number) => roster?.technicians.find((x) => x.id === id)?.name ?? String(id), [roster]);
  const ctx: ConflictContext = useMemo(
    () => ({
      t: (key, params) => t(key, params ?? {}),
      format,
      orderNumber: (id) => data.anyVisit(id)?.number ?? null,
      skillName: (id) => choices.skills.find((s) => s.id === id)?.label ?? null,
    }),
    [t, format, data, choices.skills],
  );
  const api = () => calendarRef.current?.getApi() ?? null;

  // The first rows and bars, loaded before the calendar is made (the roster's day of slack around the
  // days covers any zone until the company's is known). Later days, filters and revisions are fetched through the
  // calendar's events function.
  const [firstPlace] = useState(place);
  const [firstLoaded, setFirstLoaded] = useState(false);
  useEffect(() => {
    const spec = VIEW_SPECS[firstPlace.view];
    const guess = viewRange(firstPlace.date, spec.days, spec.alignToWeek, DEFAULT_ZONE);
    void Promise.all([data.loadSettings(), data.rosterFor(guess.start, guess.end)])
      .then(([, loaded]) => {
        const { start, end } = viewRange(firstPlace.date, spec.days, spec.alignToWeek, loaded.timeZone);
        return data.prefetch(start, end);
      })
      .catch((error: unknown) => setLoadError({ error }))
      .finally(() => setFirstLoaded(true));
  }, [data, firstPlace]);

  // Absences are titled in the user's language: a new language redraws them.
  useEffect(() => {
    data.setAbsenceLabel((kind) => t(`board.absenceKinds.${kind}`));
    calendarRef.current?.getApi().refetchEvents();
  }, [data, t]);

  const resources = useMemo(() => (roster ? buildResources(roster, expanded) : []), [roster, expanded]);
  const labels = useMemo(
    () => ({
      noTeam: t('board.noTeam'),
      expandTeam: (name: string) => t('board.expandTeam', { name }),
      collapseTeam: (name: string) => t('board.collapseTeam', { name }),
      technicianCount: (count: number) => t('board.technicianCount', { count }),
      lateMarker: t('board.lateMarker'),
      lateTitle: t('board.lateTitle'),
    }),
    [t],
  );

  // Opening or closing a team changes which visits are loaded.
  const firstExpand = useRef(true);
  useEffect(() => {
    if (firstExpand.current) {
      firstExpand.current = false;
      return;
    }
    calendarRef.current?.getApi().refetchEvents();
  }, [expanded]);

  const toggleTeam = (key: string) => {
    const next = new Set(expanded);
    if (next.has(key)) next.delete(key);
    else next.add(key);
    data.setExpanded(next);
    setExpanded(next);
  };

  const finder = useFindOrder({
    data,
    calendarRef,
    rootRef,
    zone,
    range: shown,
    roster,
    expanded,
    selection,
    toggleTeam,
    showInQueue: (order: QueueOrder) => {
      setQueueQuery((q) => ({ ...q, search: order.number }));
      setHighlighted(order.orderId);
      setNotice({ kind: 'text', severity: 'info', text: t('board.find.inQueue', { number: order.number }) });
    },
    notFound: (text) => setNotice({ kind: 'text', severity: 'info', text }),
  });

  /**
   * The loaded visits changed: drop selected bars that are gone, finish a pending search, and show the
   * fresh data in the details panel. (Not FullCalendar's eventsSet: it converts every event's dates
   * through the time zone plugin on each change, which costs every drop tens of milliseconds.)
   */
  const visitsChanged = () => {
    const kept = selection.current().filter((id) => data.visit(id));
    if (kept.length !== selection.current().length) selection.set(kept);
    finder.revealPending();
    setVisitsTick((n) => n + 1);
  };

  const queueChanged = useCallback(() => setQueueToken((n) => n + 1), []);
  const seenRevision = useRef<string | null>(null);
  const changes = useBoardChanges({
    data,
    calendarRef,
    ctx,
    errorText,
    indicator,
    selection,
    setNotice,
    onVisitsChanged: visitsChanged,
    onQueueChanged: queueChanged,
    onSaved: (revision) => {
      seenRevision.current = revision;
    },
  });
  const { scheduler } = changes;

  const openVisitDialog = (visit: BoardVisit) => setDialog(targetOfVisit(visit));
  /** The dialog's order as the conflict rules see it: a loaded visit or a queue card. */
  const dialogOrder = (orderId: number) => data.visit(orderId) ?? queue.rows.find((r) => r.orderId === orderId) ?? null;

  useEffect(() => {
    handlersRef.current = {
      ...createHandlers({
        data,
        zone,
        indicator,
        ctx,
        format,
        technicianName,
        selection,
        queuePanel: () => queuePanelRef.current,
        calendarEvent: (id) => calendarRef.current?.getApi().getEventById(id) ?? null,
        boardRoot: () => rootRef.current,
        submit: (moves, revert) => void changes.submitMoves(moves, revert),
        drops,
        unschedule: (visits) => void changes.unschedule(visits),
        openDialog: openVisitDialog,
        onDates,
        onEventsFetched: () => {
          // After the frame FullCalendar drew the fetched bars in; another fetch may have started meanwhile.
          requestAnimationFrame(() => {
            if (fetches.current === 0) rootRef.current?.setAttribute('data-board-state', 'ready');
          });
          visitsChanged();
        },
        onFetchFailed: (error) => setLoadError({ error }),
      }),
      fetchEvents: async (start, end) => {
        fetches.current++;
        rootRef.current?.setAttribute('data-board-state', 'loading');
        try {
          return await data.fetchEvents(start, end);
        } finally {
          fetches.current--;
        }
      },
    };
  });


  const changeFilters = useCallback(
    (next: BoardFilters) => {
      data.setFilters(next);
      setFilters(next);
      calendarRef.current?.getApi().refetchEvents();
    },
    [data],
  );

  const selectedVisits = selection.ids.map((id) => data.visit(id)).filter((v): v is BoardVisit => v !== undefined);
  const goView = (view: BoardView) => api()?.changeView(VIEW_SPECS[view].name, shown?.place.date ?? place.date);
  const describeError = (error: ApiError) => {
    const n = noticeOf(error, ctx, errorText);
    return n.kind === 'refused' ? n.lines : [n.text];
  };
  const groupMove = useGroupMove({ visits: selectedVisits, data, zone, format, ctx, describeError, submitMoves: changes.submitMoves });
  useLiveRevision(() => {
    data.invalidate();
    void data.loadSettings().then(changes.refresh, changes.refresh);
  }, seenRevision);

  useBoardKeys({ undo: scheduler.undo, redo: scheduler.redo, clearSelection: selection.clear, enabled: dialog === null && !groupMove.isOpen && scheduler.confirm === null });
  const loadErrorText = (error: unknown) => (error instanceof BoardLoadError ? errorText(error.error) : error instanceof Error ? error.message : String(error));
  const shownNotice: BoardNotice | null = loadError ? { kind: 'text', severity: 'error', text: t('board.loadFailed', { message: loadErrorText(loadError.error) }) } : notice;

  return (
    <div
      className="board"
      ref={rootRef}
      data-board-state="loading"
      onClick={(e) => {
        const toggle = (e.target as Element).closest<HTMLElement>('[data-team-toggle]');
        if (toggle?.dataset.teamToggle) toggleTeam(toggle.dataset.teamToggle);
      }}
    >
      <BoardToolbar
        title={shown?.title ?? ''}
        date={shown?.place.date ?? place.date}
        view={shown?.place.view ?? place.view}
        zoom={zoom}
        teamId={filters.teamId}
        canUndo={scheduler.canUndo}
        canRedo={scheduler.canRedo}
        onPrev={() => api()?.prev()}
        onToday={() => api()?.today()}
        onNext={() => api()?.next()}
        onDate={(date) => api()?.gotoDate(date)}
        onView={goView}
        onZoom={setZoom}
        onUndo={() => void scheduler.undo()}
        onRedo={() => void scheduler.redo()}
        onFind={finder.find}
      />
      <BoardFiltersBar filters={filters} teams={roster?.teams ?? []} skills={choices.skills} stages={choices.stages} onChange={changeFilters} />
      <div className="board-status">
        <DragIndicator store={indicator} label={t('board.indicator.label')} idle={t('board.indicator.idle')} />
        <BoardNoticeView
          notice={shownNotice}
          onDismiss={() => {
            setLoadError(null);
            setNotice(null);
          }}
        />
      </div>
      <div className="board-body">
        <div className="board-timeline">
          {roster && firstLoaded ? (
            <Timeline
              timeZone={roster.timeZone}
              language={language}
              initialPlace={place}
              zoom={zoom}
              resources={resources}
              labels={labels}
              resourceHeader={t('board.technicians')}
              handlers={handlersRef}
              calendarRef={calendarRef}
            />
          ) : (
            <p className="board-loading" aria-busy="true">
              {t('app.loading')}
            </p>
          )}
        </div>
        <aside className="board-side" aria-label={t('board.side')}>
          <DetailsPanel
            visits={selectedVisits}
            technicianName={technicianName}
            format={format}
            onDispatch={openVisitDialog}
            onMoveSelected={groupMove.open}
            onUnschedule={(v) => void changes.unschedule(v)}
            onClose={selection.clear}
          />
          <QueuePanel
            panelRef={queuePanelRef}
            {...queue}
            onLoadMore={queue.loadMore}
            search={queueQuery.search}
            onSearch={(search) => setQueueQuery((q) => ({ ...q, search }))}
            sort={queueQuery.sort}
            direction={queueQuery.direction}
            onSort={(sort, direction) => setQueueQuery((q) => ({ ...q, sort, direction }))}
            onDispatch={(order) => setDialog(targetOfQueue(order))}
            colours={data.settings?.colours ?? null}
            format={format}
            highlighted={highlighted}
          />
        </aside>
      </div>
      {dialog && roster && (
        <DispatchDialog
          target={dialog}
          roster={roster}
          fallbackDate={shown?.place.date ?? place.date}
          formatDate={format.date}
          preview={(workerId, start, end) => {
            const order = dialogOrder(dialog.orderId);
            const outcome = order ? data.checker()?.check([{ order, workerId, start, end }]) : undefined;
            return (outcome?.conflicts ?? []).map((c) => describeWithOrder(ctx, c, false));
          }}
          describeError={describeError}
          onSubmit={(workerId, start, end) => changes.place(dialog.orderId, dialogOrder(dialog.orderId)?.version ?? dialog.version, dialog.before, { workerId, start, end })}
          onClose={() => setDialog(null)}
        />
      )}
      {groupMove.dialog}
      {scheduler.confirm && <ConfirmConflictsDialog conflicts={scheduler.confirm.conflicts} onAnswer={scheduler.confirm.resolve} />}
    </div>
  );
}
