import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../electron/contract/result';
import { call } from '../api/client';
import { Notice } from '../components/Notice';
import { useErrorText } from '../i18n';

/** Shown once on an empty database: the demo company or a clean start. */
export function FirstStart({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  async function run(action: 'system.loadDemo' | 'system.startEmpty') {
    setBusy(true);
    const result = await call(action, {});
    setBusy(false);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    onDone();
  }

  return (
    <main className="first-start" aria-labelledby="first-start-title">
      <div className="card">
        <div className="brand-mark large" aria-hidden="true">
          SV
        </div>
        <h1 id="first-start-title">{t('firstStart.title')}</h1>
        <p>{t('firstStart.body')}</p>
        <div className="actions">
          <button type="button" className="primary" disabled={busy} onClick={() => void run('system.loadDemo')}>
            {busy ? t('firstStart.loadingDemo') : t('firstStart.loadDemo')}
          </button>
          <button type="button" disabled={busy} onClick={() => void run('system.startEmpty')}>
            {t('firstStart.startEmpty')}
          </button>
        </div>
        {error && <Notice kind="error">{errorText(error)}</Notice>}
      </div>
    </main>
  );
}
