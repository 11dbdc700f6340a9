import { useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { OrderDetail } from '../../electron/contract/orders';
import type { ApiError } from '../../electron/contract/result';
import { call } from '../api/client';
import { ErrorNotice } from '../components/ErrorNotice';

interface Target {
  id: number;
  text: string;
}

/** The agreement's other orders still in process: the only ones lines can move to. */
function useTargets(order: OrderDetail): Target[] {
  const [targets, setTargets] = useState<Target[]>([]);
  const agreementId = order.agreement?.id;
  useEffect(() => {
    if (agreementId === undefined) return;
    let live = true;
    void call('orders.list', { agreementId, progress: 'in_process', sort: 'number', pageSize: 200 }).then((result) => {
      if (!live || !result.ok) return;
      setTargets(
        result.value.rows
          .filter((r) => r.id !== order.id)
          .map((r) => ({ id: r.id, text: `${r.number} — ${r.preferredDate ?? ''} ${r.description}`.replace(/\s+/g, ' ') })),
      );
    });
    return () => {
      live = false;
    };
  }, [agreementId, order.id]);
  return targets;
}

/** A modal dialog of its own (like "Copy lines from…"): tick open lines, choose the target order, move. */
function MoveLinesDialog({ order, onMoved, onClose }: { order: OrderDetail; onMoved: () => void; onClose: () => void }) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const [chosen, setChosen] = useState<Set<number>>(new Set());
  const [targetId, setTargetId] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const targets = useTargets(order);
  const open = order.lines.filter((l) => l.status === 'created');
  const title = t('orderMove.title', { number: order.number });

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => element?.close();
  }, []);

  const toggle = (id: number, on: boolean) =>
    setChosen((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  async function move() {
    setBusy(true);
    const result = await call('orderLines.move', { lineIds: open.filter((l) => chosen.has(l.id)).map((l) => l.id), targetOrderId: Number(targetId) });
    setBusy(false);
    if (result.ok) onMoved();
    else setError(result.error);
  }

  return createPortal(
    <dialog ref={dialog} aria-label={title} onClose={onClose} style={{ width: 'min(34rem, 90vw)', borderRadius: 10 }}>
      <h2>{title}</h2>
      <fieldset>
        <legend>{t('orderMove.lines')}</legend>
        {open.length === 0 && <p>{t('orderMove.noLines')}</p>}
        {open.map((line) => (
          <label key={line.id} className="checkbox">
            <input type="checkbox" checked={chosen.has(line.id)} onChange={(e) => toggle(line.id, e.target.checked)} />
            {`${line.lineNo}. ${line.description}`}
          </label>
        ))}
      </fieldset>
      <label>
        {t('orderMove.target')}
        <select value={targetId} onChange={(e) => (setTargetId(e.target.value), setError(null))}>
          <option value="">{t('form.choose')}</option>
          {targets.map((o) => (
            <option key={o.id} value={String(o.id)}>
              {o.text}
            </option>
          ))}
        </select>
      </label>
      {targets.length === 0 && <p>{t('orderMove.noTargets')}</p>}
      <ErrorNotice error={error} />
      <div className="actions">
        <button type="button" className="primary" disabled={busy || targetId === '' || chosen.size === 0} onClick={() => void move()}>
          {busy ? t('orderMove.moving') : t('orderMove.move')}
        </button>
        <button type="button" onClick={() => dialog.current?.close()}>
          {t('orderMove.cancel')}
        </button>
      </div>
    </dialog>,
    document.body,
  );
}

/**
 * "Move lines…" on an order of an agreement that is still in process: the lines go to another
 * order of the same agreement, and the page loads both changes again.
 */
export function MoveLinesSection({ order, onChanged }: { order: OrderDetail; onChanged: () => void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  if (order.agreement === null || order.progress !== 'in_process') return null;
  return (
    <section className="panel" aria-label={t('orderMove.section')}>
      <button type="button" onClick={() => setOpen(true)}>
        {t('orderMove.button')}
      </button>
      {open && (
        <MoveLinesDialog
          order={order}
          onClose={() => setOpen(false)}
          onMoved={() => {
            setOpen(false);
            onChanged();
          }}
        />
      )}
    </section>
  );
}
