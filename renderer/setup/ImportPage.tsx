import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiOutput } from '../../electron/contract';
import { fieldLabel, formatErrorMessage } from '../../electron/contract/messages';
import type { ApiError } from '../../electron/contract/result';
import { entityDef } from '../../electron/contract/setup';
import { MAX_CSV_CHARS, TRANSFER_KINDS, transferColumns, transferIssueDetails, type TransferKind } from '../../electron/contract/transfer';
import { call } from '../api/client';
import { ErrorNotice } from '../components/ErrorNotice';
import { Notice } from '../components/Notice';
import { currentLanguage } from '../i18n';

type Summary = ApiOutput<'transfer.preview'>;

/** What the Import button may send: the very text that passed a clean check. */
interface Checked {
  file: File;
  kind: TransferKind;
  csv: string;
  summary: Summary;
}

/**
 * Excel's "CSV UTF-8" is UTF-8; its plain "CSV" on a Latvian Windows is Windows-1257. Text that is
 * not valid UTF-8 is read as the latter, so "ā" and "š" arrive intact either way.
 */
async function readText(file: File): Promise<string> {
  const bytes = await file.arrayBuffer();
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1257').decode(bytes);
  }
}

function download(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  // The click starts the download synchronously; the address is not needed after it.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

function IssuesTable({ summary }: { summary: Summary }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  return (
    <table className="data-table">
      <caption className="visually-hidden">{t('transfer.issues')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('transfer.row')}</th>
          <th scope="col">{t('transfer.field')}</th>
          <th scope="col">{t('transfer.problem')}</th>
        </tr>
      </thead>
      <tbody>
        {summary.issues.map((issue, i) => (
          <tr key={i}>
            <td>{issue.row}</td>
            <td>{issue.field ? fieldLabel(lang, summary.scope, issue.field) : t('transfer.wholeRow')}</td>
            <td>{formatErrorMessage(lang, transferIssueDetails(summary.scope, issue))}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** CSV import (checked first, then all or nothing) and export of master data. */
export function ImportPage({ title }: { title: string }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const [kind, setKind] = useState<TransferKind>('customers');
  const [file, setFile] = useState<File | null>(null);
  const [checked, setChecked] = useState<Checked | null>(null);
  /** Issues from a check, or from an import that found the data changed since the check. */
  const [refused, setRefused] = useState<{ summary: Summary; by: 'preview' | 'import' } | null>(null);
  const [done, setDone] = useState<Summary | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [exported, setExported] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const kindTitle = (k: TransferKind) => (k === 'customers' ? t('customers.title') : (entityDef(k)?.labels[lang].title ?? k));

  function reset() {
    setChecked(null);
    setRefused(null);
    setDone(null);
    setProblem(null);
    setError(null);
    setExported(null);
  }

  async function check() {
    if (!file) return;
    reset();
    if (file.size > MAX_CSV_CHARS) {
      setProblem(t('transfer.tooLarge', { max: MAX_CSV_CHARS / 1024 / 1024 }));
      return;
    }
    setBusy(true);
    try {
      const csv = await readText(file);
      const result = await call('transfer.preview', { kind, csv });
      if (!result.ok) setError(result.error);
      else if (result.value.issues.length > 0) setRefused({ summary: result.value, by: 'preview' });
      else setChecked({ file, kind, csv, summary: result.value });
    } catch (err) {
      setProblem(t('transfer.readFailed', { message: err instanceof Error ? err.message : String(err) }));
    } finally {
      setBusy(false);
    }
  }

  async function runImport() {
    if (!checked) return;
    setBusy(true);
    const result = await call('transfer.import', { kind: checked.kind, csv: checked.csv });
    setBusy(false);
    reset();
    if (!result.ok) setError(result.error);
    else if (!result.value.imported) setRefused({ summary: result.value, by: 'import' });
    else setDone(result.value);
  }

  async function runExport() {
    reset();
    const result = await call('transfer.export', { kind });
    if (!result.ok) {
      setError(result.error);
      return;
    }
    download(result.value.fileName, result.value.csv);
    setExported(result.value.fileName);
  }

  const canImport = checked !== null && checked.file === file && checked.kind === kind && checked.summary.rows > 0 && !busy;
  const counts = (s: Summary) => ({ rows: s.rows, creates: s.creates, updates: s.updates });

  return (
    <section className="transfer" aria-label={title}>
      <div className="panel">
        <div className="form-grid">
          <label>
            {t('transfer.kind')}
            <select
              value={kind}
              onChange={(e) => {
                setKind(e.target.value as TransferKind);
                reset();
              }}
            >
              {TRANSFER_KINDS.map((k) => (
                <option key={k} value={k}>
                  {kindTitle(k)}
                </option>
              ))}
            </select>
          </label>
        </div>
      </div>

      <form
        className="panel"
        aria-labelledby="transfer-import-title"
        onSubmit={(e) => {
          e.preventDefault();
          void check();
        }}
      >
        <h2 id="transfer-import-title">{t('transfer.importTitle')}</h2>
        <p className="help">{t('transfer.importHelp')}</p>
        <p className="help">{t('transfer.columns', { columns: transferColumns(kind).join(';') })}</p>
        <div className="form-grid">
          <label>
            {t('transfer.file')}
            <input
              type="file"
              accept=".csv,text/csv"
              onChange={(e) => {
                setFile(e.target.files?.[0] ?? null);
                reset();
              }}
            />
          </label>
        </div>
        <div className="actions">
          <button type="submit" disabled={!file || busy}>
            {t('transfer.preview')}
          </button>
          <button type="button" className="primary" disabled={!canImport} onClick={() => void runImport()}>
            {t('transfer.import')}
          </button>
        </div>
        {checked && (
          <Notice kind="info">
            {checked.summary.rows === 0 ? t('transfer.previewEmpty') : t('transfer.previewOk', counts(checked.summary))}
          </Notice>
        )}
        {done && <Notice kind="success">{t('transfer.imported', counts(done))}</Notice>}
        {refused && (
          <>
            <Notice kind="error">
              {t(refused.by === 'preview' ? 'transfer.previewBad' : 'transfer.notImported', { count: refused.summary.issues.length })}
            </Notice>
            <IssuesTable summary={refused.summary} />
          </>
        )}
        {problem && <Notice kind="error">{problem}</Notice>}
        <ErrorNotice error={error} />
      </form>

      <div className="panel" role="group" aria-labelledby="transfer-export-title">
        <h2 id="transfer-export-title">{t('transfer.exportTitle')}</h2>
        <p className="help">{t('transfer.exportHelp')}</p>
        <div className="actions">
          <button type="button" onClick={() => void runExport()}>
            {t('transfer.export')}
          </button>
        </div>
        {exported && <Notice kind="success">{t('transfer.exported', { fileName: exported })}</Notice>}
      </div>
    </section>
  );
}
