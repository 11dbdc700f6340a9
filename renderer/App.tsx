import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiOutput } from '../electron/contract';
import type { ApiError } from '../electron/contract/result';
import { call } from './api/client';
import { Notice } from './components/Notice';
import { changeLanguage, systemLanguage, useErrorText } from './i18n';
import { FirstStart } from './onboarding/FirstStart';
import { Shell } from './shell/Shell';

type Info = ApiOutput<'system.info'>;

export function App() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [info, setInfo] = useState<Info | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  const refresh = useCallback(async () => {
    const result = await call('system.info', {});
    if (!result.ok) {
      setError(result.error);
      return;
    }
    await changeLanguage(result.value.language ?? systemLanguage());
    setInfo(result.value);
    setError(null);
  }, []);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  if (error) {
    return (
      <main className="boot">
        <Notice kind="error">{t('errors.loadFailed', { message: errorText(error) })}</Notice>
      </main>
    );
  }
  if (!info) {
    return (
      <main className="boot" aria-busy="true">
        {t('app.loading')}
      </main>
    );
  }
  if (info.isEmpty) return <FirstStart onDone={refresh} />;
  return <Shell info={info} onInfoChanged={refresh} />;
}
