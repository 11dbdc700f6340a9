import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../electron/contract/result';
import { call, isDesktop, pickFolder } from '../api/client';
import { Notice } from '../components/Notice';
import { useErrorText } from '../i18n';

function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

export function BackupPanel({ defaultFolder }: { defaultFolder: string }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [folder, setFolder] = useState(defaultFolder);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  async function backUp() {
    setBusy(true);
    setDone(null);
    const result = await call('system.backup', { folder });
    setBusy(false);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setError(null);
    setDone(t('settings.backupDone', { file: result.value.file, size: formatSize(result.value.bytes) }));
  }

  return (
    <form
      className="subpanel"
      aria-labelledby="backup-title"
      onSubmit={(e) => {
        e.preventDefault();
        void backUp();
      }}
    >
      <h3 id="backup-title">{t('settings.backupTitle')}</h3>
      <div className="inline-form">
        <label className="grow">
          {t('settings.backupFolder')}
          <input value={folder} onChange={(e) => setFolder(e.target.value)} aria-invalid={error ? true : undefined} />
        </label>
        {isDesktop() && (
          <button
            type="button"
            onClick={() => void pickFolder(t('settings.backupFolder')).then((chosen) => chosen && setFolder(chosen))}
          >
            {t('settings.choose')}
          </button>
        )}
        <button type="submit" className="primary" disabled={busy}>
          {busy ? t('settings.backingUp') : t('settings.backupNow')}
        </button>
      </div>
      {done && <Notice kind="success">{done}</Notice>}
      {error && <Notice kind="error">{errorText(error)}</Notice>}
    </form>
  );
}
