import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrderSignatures, SignatureEntry } from '../../electron/contract/order-signoff';
import type { OrderDetail } from '../../electron/contract/orders';
import type { ApiError } from '../../electron/contract/result';
import { call, getActor } from '../api/client';
import { ErrorNotice } from '../components/ErrorNotice';
import { Notice } from '../components/Notice';
import { currentLanguage } from '../i18n';
import { navigate } from '../shell/router';
import { SignaturePad, type Drawing } from './SignaturePad';

const moment = (iso: string) =>
  new Intl.DateTimeFormat(currentLanguage() === 'lv' ? 'lv-LV' : 'en-GB', { dateStyle: 'short', timeStyle: 'short' }).format(new Date(iso));

function SignatureCard({ s }: { s: SignatureEntry }) {
  const { t } = useTranslation();
  const what = [s.order ? t('signOff.whatOrder') : '', s.lines.length > 0 ? t('signOff.whatLines', { lines: s.lines.map((l) => l.lineNo).join(', ') }) : '']
    .filter(Boolean)
    .join(', ');
  return (
    <li className="signature" style={{ display: 'flex', gap: '1rem', alignItems: 'flex-start', flexWrap: 'wrap' }}>
      <img src={s.imagePng} alt={t('signOff.imageAlt', { name: s.signerName })} width={240} height={80} style={{ background: '#fff' }} />
      <dl className="facts">
        <dt>{t('signOff.signedBy')}</dt>
        <dd>{s.signerName}</dd>
        <dt>{t('signOff.signedAt')}</dt>
        <dd>
          {moment(s.signedAt)} ({t('signOff.recordedBy', { name: s.recordedBy })})
        </dd>
        <dt>{t('signOff.what')}</dt>
        <dd>{what}</dd>
        {s.reasonCode && (
          <>
            <dt>{t('signOff.reason')}</dt>
            <dd>{s.reasonCode}</dd>
          </>
        )}
      </dl>
    </li>
  );
}

/** The form that signs the order, or only the chosen lines, with a drawn signature. */
function SignForm({ data, onSigned }: { data: OrderSignatures; onSigned: (value: OrderSignatures) => void }) {
  const { t } = useTranslation();
  const [signer, setSigner] = useState(getActor);
  const [drawing, setDrawing] = useState<Drawing>({ strokes: 0, imagePng: '' });
  const [lineIds, setLineIds] = useState<number[]>([]);
  const [reasonId, setReasonId] = useState('');
  const [reasons, setReasons] = useState<{ id: number; code: string; description: string }[]>([]);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  // Remounts the pad after a sign-off so the next signature starts blank.
  const [padKey, setPadKey] = useState(0);
  const open = data.lines.filter((l) => l.status === 'created' && l.signatureId === null);

  useEffect(() => {
    void call('reasonCodes.list', { pageSize: 500 }).then((r) => {
      if (r.ok) setReasons(r.value.rows as { id: number; code: string; description: string }[]);
    });
  }, []);

  async function sign(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    const result = await call('orders.signOff', {
      orderId: data.orderId,
      version: data.version,
      signerName: signer,
      // A blank pad sends an empty PNG; the service refuses it by the stroke count, naming the signature.
      imagePng: drawing.imagePng || 'data:image/png;base64,AA==',
      strokes: drawing.strokes,
      ...(lineIds.length > 0 ? { lineIds } : {}),
      ...(reasonId ? { reasonId: Number(reasonId) } : {}),
    });
    setBusy(false);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setError(null);
    setLineIds([]);
    setDrawing({ strokes: 0, imagePng: '' });
    setPadKey((k) => k + 1);
    onSigned(result.value);
  }

  return (
    <form aria-labelledby="signoff-new" onSubmit={(e) => void sign(e)} noValidate>
      <h3 id="signoff-new">{t('signOff.newSignature')}</h3>
      <label>
        {t('signOff.signer')}
        <input value={signer} onChange={(e) => setSigner(e.target.value)} maxLength={100} autoComplete="name" />
      </label>
      <SignaturePad key={padKey} onChange={setDrawing} />
      {open.length > 0 && (
        <fieldset>
          <legend>{t('signOff.lines')}</legend>
          <p className="help">{t('signOff.linesHelp')}</p>
          {open.map((l) => (
            <label key={l.id} className="check">
              <input
                type="checkbox"
                checked={lineIds.includes(l.id)}
                onChange={(e) => setLineIds((ids) => (e.target.checked ? [...ids, l.id] : ids.filter((id) => id !== l.id)))}
              />
              {t('signOff.lineOption', { lineNo: l.lineNo, description: l.description })}
            </label>
          ))}
        </fieldset>
      )}
      {reasons.length > 0 && (
        <label>
          {t('signOff.reason')}
          <select value={reasonId} onChange={(e) => setReasonId(e.target.value)}>
            <option value="">{t('signOff.noReason')}</option>
            {reasons.map((r) => (
              <option key={r.id} value={r.id}>
                {r.code} — {r.description}
              </option>
            ))}
          </select>
        </label>
      )}
      <ErrorNotice error={error} />
      <div className="actions">
        <button type="submit" className="primary" disabled={busy}>
          {busy ? t('signOff.signing') : t('signOff.sign')}
        </button>
      </div>
    </form>
  );
}

type Pending = 'cancel' | 'delete' | null;

/** Cancel, revoke a cancellation, delete: each asks inline before it acts. */
function OrderActions({ order, onChanged }: { order: OrderDetail; onChanged: () => void }) {
  const { t } = useTranslation();
  const [pending, setPending] = useState<Pending>(null);
  const [note, setNote] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [done, setDone] = useState('');
  const ref = { orderId: order.id, version: order.version };

  async function run(action: 'orders.cancel' | 'orders.revokeCancel' | 'orders.delete') {
    const result =
      action === 'orders.cancel' ? await call(action, { ...ref, ...(note.trim() ? { note: note.trim() } : {}) }) : await call(action, ref);
    setPending(null);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setError(null);
    if (action === 'orders.delete') {
      navigate('orders');
      return;
    }
    setDone(action === 'orders.cancel' ? t('signOff.cancelled') : t('signOff.revoked'));
    onChanged();
  }

  return (
    <div role="group" aria-label={t('signOff.actions')} className="actions">
      {order.progress === 'in_process' && (
        <button type="button" onClick={() => setPending('cancel')}>
          {t('signOff.cancelOrder')}
        </button>
      )}
      {order.progress === 'cancelled' && (
        <button type="button" onClick={() => void run('orders.revokeCancel')}>
          {t('signOff.revokeCancel')}
        </button>
      )}
      <button type="button" className="danger" onClick={() => setPending('delete')}>
        {t('signOff.deleteOrder')}
      </button>
      {pending && (
        <div role="alertdialog" aria-label={pending === 'cancel' ? t('signOff.cancelOrder') : t('signOff.deleteOrder')} className="confirm">
          <p>{pending === 'cancel' ? t('signOff.cancelConfirm') : t('signOff.deleteConfirm', { number: order.number })}</p>
          {pending === 'cancel' && (
            <label>
              {t('signOff.cancelNote')}
              <input value={note} onChange={(e) => setNote(e.target.value)} maxLength={500} />
            </label>
          )}
          <button type="button" className="primary" onClick={() => void run(pending === 'cancel' ? 'orders.cancel' : 'orders.delete')}>
            {t('signOff.confirm')}
          </button>
          <button type="button" onClick={() => setPending(null)} autoFocus>
            {t('signOff.keep')}
          </button>
        </div>
      )}
      <ErrorNotice error={error} />
      {done && <Notice kind="success">{done}</Notice>}
    </div>
  );
}

/**
 * The order's sign-off: existing signatures with their drawings, a signature pad to sign the
 * order or chosen lines, and cancel / revoke / delete. `onChanged` loads the order again, since
 * these change its version, progress and lines.
 */
export function SignOffSection({ order, onChanged }: { order: OrderDetail; onChanged: () => void }) {
  const { t } = useTranslation();
  const [data, setData] = useState<OrderSignatures | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  // Shown here, not in the form: the form goes away once nothing is left to sign.
  const [signed, setSigned] = useState(false);

  useEffect(() => {
    let live = true;
    void call('orders.signatures', { orderId: order.id }).then((r) => {
      if (!live) return;
      if (r.ok) setData(r.value);
      else setError(r.error);
    });
    return () => {
      live = false;
    };
  }, [order.id, order.version]);

  return (
    <section className="panel" aria-labelledby="order-signoff">
      <h2 id="order-signoff">{t('signOff.title')}</h2>
      <ErrorNotice error={error} />
      <h3>{t('signOff.signatures')}</h3>
      {data && data.signatures.length === 0 && <p>{t('signOff.none')}</p>}
      {data && data.signatures.length > 0 && (
        <ul className="signatures" aria-label={t('signOff.signatures')} style={{ listStyle: 'none', padding: 0 }}>
          {data.signatures.map((s) => (
            <SignatureCard key={s.id} s={s} />
          ))}
        </ul>
      )}
      {/* Nothing is left to sign once the order and every open line are signed. */}
      {data && order.progress === 'in_process' && (data.signatureId === null || data.lines.some((l) => l.status === 'created' && l.signatureId === null)) && (
        <SignForm
          data={data}
          onSigned={(value) => {
            setData(value);
            setSigned(true);
            onChanged();
          }}
        />
      )}
      {signed && <Notice kind="success">{t('signOff.signed')}</Notice>}
      {order.progress !== 'in_process' && <p>{t('signOff.closed', { progress: t(`orders.progressNames.${order.progress}`) })}</p>}
      <OrderActions order={order} onChanged={onChanged} />
    </section>
  );
}
