import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../electron/contract/result';
import { call } from '../api/client';
import { ErrorNotice } from '../components/ErrorNotice';
import type { EntityRow } from '../setup/entity/EntityForm';
import { CopyLinesDialog } from './CopyLinesDialog';

interface Props {
  row: EntityRow;
  /** Something was written elsewhere than in the open form: the page says what and reloads. */
  onDone: (message: string) => void;
}

/** "Copy agreement" and "Copy lines from…" on a saved agreement. */
export function AgreementActions({ row, onDone }: Props) {
  const { t } = useTranslation();
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const [copyingLines, setCopyingLines] = useState(false);
  const number = typeof row.number === 'string' ? row.number : '';

  async function copyAgreement() {
    setBusy(true);
    const result = await call('agreements.copy', { id: row.id });
    setBusy(false);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    onDone(t('agreements.copied', { number: result.value.number ?? '' }));
  }

  return (
    <>
      <button type="button" disabled={busy} onClick={() => void copyAgreement()}>
        {t('agreements.copy')}
      </button>
      <button type="button" onClick={() => (setCopyingLines(true), setError(null))}>
        {t('agreements.copyLines')}
      </button>
      <ErrorNotice error={error} />
      {copyingLines && (
        <CopyLinesDialog
          target={{ id: row.id, number }}
          onCopied={(count) => (setCopyingLines(false), onDone(t('agreements.linesCopied', { count, number })))}
          onClose={() => setCopyingLines(false)}
        />
      )}
    </>
  );
}
