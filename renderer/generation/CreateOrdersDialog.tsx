import { useEffect, useRef, useState, type FormEvent } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { TRANSACTION_TYPES, type GenerationInput } from '../../electron/contract/generation';
import { formatErrorMessage } from '../../electron/contract/messages';
import type { ApiError } from '../../electron/contract/result';
import { JobProgressBar } from '../components/JobProgressBar';
import { Notice } from '../components/Notice';
import { currentLanguage } from '../i18n';
import { RefSelect } from '../setup/entity/RefSelect';
import { GenerationResult } from './GenerationResult';
import { useGenerationJob, type JobView } from './useGenerationJob';

type TransactionType = (typeof TRANSACTION_TYPES)[number];

interface Props {
  /** One agreement; without it the dialog offers the batch filters. */
  agreementId?: number;
  onClose: () => void;
}

const iso = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

/** The coming calendar month: the period a dispatcher most often plans. */
function nextMonth(): { from: string; to: string } {
  const now = new Date();
  return { from: iso(new Date(now.getFullYear(), now.getMonth() + 1, 1)), to: iso(new Date(now.getFullYear(), now.getMonth() + 2, 0)) };
}

/** A fieldset only for disabling its controls together, drawn without a frame. */
const PLAIN = { border: 0, padding: 0, margin: '0.75rem 0 0' } as const;

const optionalId = (value: string) => (value === '' ? undefined : Number(value));

/**
 * "Create service orders": period, transaction types and gap filling, then Preview (the same run,
 * rolled back) or Create. The job runs in the background; the dialog shows its progress and can
 * cancel it, which leaves nothing written.
 */
export function CreateOrdersDialog({ agreementId, onClose }: Props) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const [period, setPeriod] = useState(nextMonth);
  const [types, setTypes] = useState<Set<TransactionType>>(() => new Set(TRANSACTION_TYPES));
  const [fillGaps, setFillGaps] = useState(false);
  const [filters, setFilters] = useState({ agreementGroupId: '', customerId: '', teamId: '' });
  const job = useGenerationJob();
  const running = job.view.phase === 'running';
  const invalid = new Set((job.refusal?.details.issues ?? []).map((i) => i.field));

  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
    return () => d?.close();
  }, []);

  const labels: Record<string, string> = {
    from: t('generation.from'),
    to: t('generation.to'),
    transactionTypes: t('generation.transactionTypes'),
    'scope.agreementGroupId': t('generation.agreementGroup'),
    'scope.customerId': t('generation.customer'),
    'scope.teamId': t('generation.team'),
  };

  function input(dryRun: boolean): GenerationInput {
    const scope =
      agreementId !== undefined
        ? { agreementId }
        : Object.fromEntries(
            Object.entries(filters)
              .map(([k, v]) => [k, optionalId(v)] as const)
              .filter(([, v]) => v !== undefined),
          );
    return { scope, from: period.from, to: period.to, transactionTypes: [...types], fillGaps, dryRun };
  }

  function submit(dryRun: boolean) {
    void job.start(input(dryRun));
  }

  function toggle(type: TransactionType, on: boolean) {
    setTypes((current) => {
      const next = new Set(current);
      if (on) next.add(type);
      else next.delete(type);
      return next;
    });
  }

  const title = agreementId !== undefined ? t('generation.title') : t('generation.titleMany');
  // In the body, not inside the agreement's own form (forms do not nest); React events still
  // bubble through the component tree, so the submit stops here and never saves the agreement.
  return createPortal(
    <dialog
      ref={dialog}
      className="generation-dialog"
      aria-label={title}
      // Escape must not hide a running job: it keeps running, and only Cancel stops it.
      onCancel={(e) => {
        e.preventDefault();
        if (!running) onClose();
      }}
      style={{ width: 'min(960px, 92vw)', maxHeight: '88vh' }}
    >
      <form
        onSubmit={(e: FormEvent) => {
          e.preventDefault();
          e.stopPropagation();
          submit(true);
        }}
        noValidate
      >
        <h2>{title}</h2>
        {agreementId === undefined && (
          <fieldset disabled={running}>
            <legend>{t('orders.filters')}</legend>
            <p className="help">{t('generation.scopeHelp')}</p>
            <div className="form-grid">
              <label>
                {t('generation.agreementGroup')}
                <RefSelect entity="agreementGroups" label={t('generation.agreementGroup')} name="agreementGroupId" optional value={filters.agreementGroupId} onChange={(v) => setFilters((f) => ({ ...f, agreementGroupId: v }))} />
              </label>
              <label>
                {t('generation.customer')}
                <RefSelect entity="customers" label={t('generation.customer')} name="customerId" optional value={filters.customerId} onChange={(v) => setFilters((f) => ({ ...f, customerId: v }))} />
              </label>
              <label>
                {t('generation.team')}
                <RefSelect entity="teams" label={t('generation.team')} name="teamId" optional value={filters.teamId} onChange={(v) => setFilters((f) => ({ ...f, teamId: v }))} />
                <span className="help">{t('generation.teamHelp')}</span>
              </label>
            </div>
          </fieldset>
        )}
        <fieldset disabled={running} style={PLAIN}>
          <div className="form-grid">
            {(['from', 'to'] as const).map((key) => (
              <label key={key}>
                {labels[key]}
                <input
                  type="date"
                  value={period[key]}
                  aria-invalid={invalid.has(key) || undefined}
                  onChange={(e) => setPeriod((p) => ({ ...p, [key]: e.target.value }))}
                />
              </label>
            ))}
          </div>
          <fieldset aria-invalid={invalid.has('transactionTypes') || undefined}>
            <legend>{t('generation.transactionTypes')}</legend>
            {TRANSACTION_TYPES.map((type) => (
              <label key={type} className="checkbox">
                <input type="checkbox" checked={types.has(type)} onChange={(e) => toggle(type, e.target.checked)} />
                {t(`generation.types.${type}`)}
              </label>
            ))}
          </fieldset>
          <label className="checkbox">
            <input type="checkbox" checked={fillGaps} onChange={(e) => setFillGaps(e.target.checked)} />
            {t('generation.fillGaps')}
          </label>
          <p className="help">{t('generation.fillGapsHelp')}</p>
        </fieldset>
        {job.refusal && <Notice kind="error">{refusalText(job.refusal, labels)}</Notice>}
        <div className="actions">
          <button type="submit" disabled={running}>
            {t('generation.preview')}
          </button>
          <button type="button" className="primary" disabled={running} onClick={() => submit(false)}>
            {t('generation.run')}
          </button>
          {running ? (
            <button type="button" className="danger" disabled={job.view.phase === 'running' && job.view.cancelling} onClick={() => void job.cancel()}>
              {t('generation.cancel')}
            </button>
          ) : (
            <button type="button" onClick={onClose}>
              {t('generation.close')}
            </button>
          )}
        </div>
      </form>
      <JobProgress view={job.view} />
    </dialog>,
    document.body,
  );
}

/** The job's state below the form: progress while it runs, then the outcome. */
function JobProgress({ view }: { view: JobView }) {
  const { t } = useTranslation();
  if (view.phase === 'running') {
    return (
      <JobProgressBar
        label={t('generation.progress')}
        done={view.done}
        total={view.total}
        text={view.cancelling ? t('generation.cancelling') : t('generation.running', { done: view.done, total: view.total })}
      />
    );
  }
  if (view.phase === 'done') return <GenerationResult summary={view.summary} />;
  if (view.phase === 'cancelled') return <Notice kind="info">{t('generation.cancelled')}</Notice>;
  if (view.phase === 'failed') {
    return (
      <Notice kind="error">
        {formatErrorMessage(currentLanguage(), view.error.details)} {t('generation.failed')}
      </Notice>
    );
  }
  return null;
}

/**
 * The refusal in the user's language with this dialog's own field labels: the labels go in as the
 * field names, which the catalogue then leaves as they are.
 */
function refusalText(error: ApiError, labels: Record<string, string>): string {
  const name = (field: string) => labels[field] ?? field;
  const issues = error.details.issues?.map((i) => ({
    ...i,
    field: name(i.field),
    ...(typeof i.params?.other === 'string' ? { params: { ...i.params, other: name(i.params.other) } } : {}),
  }));
  return formatErrorMessage(currentLanguage(), { ...error.details, ...(issues ? { issues } : {}) });
}
