import { useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { agreementsEntity } from '../../electron/contract/agreements';
import type { EntityDef } from '../../electron/contract/entity';
import type { ApiError } from '../../electron/contract/result';
import { call } from '../api/client';
import { ErrorNotice } from '../components/ErrorNotice';
import { fieldLabelOf } from '../setup/entity/labels';

interface Source {
  id: number;
  text: string;
}

interface SourceLine {
  id: number;
  lineNo: number;
  description: string;
  stopped: boolean;
}

interface Props {
  target: { id: number; number: string };
  onCopied: (count: number) => void;
  onClose: () => void;
}

const def = agreementsEntity as unknown as EntityDef;
const SOURCES = 100;

/** Agreements and templates to copy from, found by number or description; the target itself is left out. */
function useSources(search: string, targetId: number, templateText: string): Source[] {
  const [sources, setSources] = useState<Source[]>([]);
  useEffect(() => {
    let live = true;
    const timer = setTimeout(() => {
      void call('agreements.list', { search, pageSize: SOURCES, sort: 'number' }).then((result) => {
        if (!live || !result.ok) return;
        setSources(
          result.value.rows
            .filter((r) => r.id !== targetId)
            .map((r) => ({ id: r.id, text: `${r.number ?? ''} — ${r.description}${r.templateGroupId !== null ? ` (${templateText})` : ''}` })),
        );
      });
    }, search ? 250 : 0);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [search, targetId, templateText]);
  return sources;
}

/** The lines of the chosen agreement; those of an earlier choice never show under a new one. */
function useSourceLines(sourceId: number | null): SourceLine[] {
  const [loaded, setLoaded] = useState<{ sourceId: number; lines: SourceLine[] } | null>(null);
  useEffect(() => {
    if (sourceId === null) return;
    let live = true;
    void call('agreementLines.list', { filter: { agreementId: sourceId }, sort: 'lineNo', pageSize: 500 }).then((result) => {
      if (!live || !result.ok) return;
      setLoaded({ sourceId, lines: result.value.rows.map((r) => ({ id: r.id, lineNo: r.lineNo ?? 0, description: r.description, stopped: r.stopped })) });
    });
    return () => {
      live = false;
    };
  }, [sourceId]);
  return loaded !== null && loaded.sourceId === sourceId ? loaded.lines : [];
}

/**
 * "Copy lines from…": choose an agreement or template, tick its lines, copy. A modal dialog in
 * its own top-level element, so typing in it never submits the agreement form behind it.
 */
export function CopyLinesDialog({ target, onCopied, onClose }: Props) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const [search, setSearch] = useState('');
  const [sourceId, setSourceId] = useState<number | null>(null);
  // Every line that can be copied is ticked unless the user unticked it; stopped lines never are.
  const [unticked, setUnticked] = useState<Set<number>>(new Set());
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const sources = useSources(search, target.id, t('agreements.template'));
  const lines = useSourceLines(sourceId);
  const chosen = new Set(lines.filter((l) => !l.stopped && !unticked.has(l.id)).map((l) => l.id));
  const title = t('agreements.copyLinesTitle', { number: target.number });

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => element?.close();
  }, []);

  function toggle(id: number, on: boolean) {
    setUnticked((current) => {
      const next = new Set(current);
      if (on) next.delete(id);
      else next.add(id);
      return next;
    });
  }

  async function copy() {
    if (sourceId === null) return;
    setBusy(true);
    const lineIds = lines.filter((l) => chosen.has(l.id)).map((l) => l.id);
    const result = await call('agreements.copyLines', { targetId: target.id, sourceId, lineIds });
    setBusy(false);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    onCopied(result.value.lineIds.length);
  }

  return createPortal(
    // The browser centres a modal dialog; a width of its own keeps it steady while lines load.
    <dialog ref={dialog} aria-label={title} onClose={onClose} style={{ width: 'min(32rem, 90vw)', borderRadius: 10 }}>
      <h2>{title}</h2>
      <label className="search">
        {t('agreements.findSource')}
        <input type="search" value={search} onChange={(e) => setSearch(e.target.value)} />
      </label>
      <label>
        {fieldLabelOf(def, 'sourceId')}
        <select
          aria-label={fieldLabelOf(def, 'sourceId')}
          value={sourceId === null ? '' : String(sourceId)}
          onChange={(e) => (setSourceId(e.target.value === '' ? null : Number(e.target.value)), setUnticked(new Set()), setError(null))}
        >
          <option value="">{t('form.choose')}</option>
          {sources.map((s) => (
            <option key={s.id} value={String(s.id)}>
              {s.text}
            </option>
          ))}
        </select>
      </label>
      {sourceId !== null && (
        <fieldset>
          <legend>{fieldLabelOf(def, 'lineIds')}</legend>
          {lines.length === 0 && <p>{t('agreements.noLines')}</p>}
          {lines.map((line) => (
            <label key={line.id} className="checkbox">
              <input type="checkbox" disabled={line.stopped} checked={chosen.has(line.id)} onChange={(e) => toggle(line.id, e.target.checked)} />
              {`${line.lineNo}. ${line.description}`}
              {line.stopped && ` (${t('agreements.stopped')})`}
            </label>
          ))}
        </fieldset>
      )}
      <ErrorNotice error={error} />
      <div className="actions">
        <button type="button" className="primary" disabled={busy || sourceId === null || chosen.size === 0} onClick={() => void copy()}>
          {busy ? t('agreements.copying') : t('agreements.copyNow')}
        </button>
        <button type="button" onClick={() => dialog.current?.close()}>
          {t('agreements.cancel')}
        </button>
      </div>
    </dialog>,
    document.body,
  );
}
