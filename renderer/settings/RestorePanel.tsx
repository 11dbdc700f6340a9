import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../electron/contract/result';
import { call, isDesktop, pickFile } from '../api/client';
import { Notice } from '../components/Notice';
import { useErrorText } from '../i18n';

export function RestorePanel({ onRestored }: { onRestored: () => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [file, setFile] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  async function restore() {
    setConfirming(false);
    const result = await call('system.restore', { file });
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setError(null);
    setDone(t('settings.restoreDone', { file: result.value.previousFile }));
    onRestored();
  }

  return (
    <form
      className="subpanel"
      aria-labelledby="restore-title"
      onSubmit={(e) => {
        e.preventDefault();
        setDone(null);
        setConfirming(true);
      }}
    >
      <h3 id="restore-title">{t('settings.restoreTitle')}</h3>
      <p className="help">{t('settings.restoreHelp')}</p>
      <div className="inline-form">
        <label className="grow">
          {t('settings.restoreFile')}
          <input value={file} onChange={(e) => setFile(e.target.value)} aria-invalid={error ? true : undefined} />
        </label>
        {isDesktop() && (
          <button type="button" onClick={() => void pickFile(t('settings.restoreFile')).then((chosen) => chosen && setFile(chosen))}>
            {t('settings.choose')}
          </button>
        )}
        <button type="submit" disabled={file.trim() === ''}>
          {t('settings.restoreNow')}
        </button>
      </div>
      {confirming && (
        <div className="confirm" role="alertdialog" aria-label={t('settings.restoreTitle')}>
          <p>{t('settings.restoreConfirm', { file })}</p>
          <button type="button" className="danger" onClick={() => void restore()}>
            {t('form.yes')}
          </button>
          <button type="button" onClick={() => setConfirming(false)}>
            {t('form.no')}
          </button>
        </div>
      )}
      {done && <Notice kind="success">{done}</Notice>}
      {error && <Notice kind="error">{errorText(error)}</Notice>}
    </form>
  );
}
