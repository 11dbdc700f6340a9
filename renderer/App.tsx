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

  const [generation, setGeneration] = useState(0);
  /** Asks for system.info again (after the first-start choice, a restore or a language change). */
  const refresh = useCallback(() => setGeneration((n) => n + 1), []);

  useEffect(() => {
    let live = true;
    void call('system.info', {}).then(async (result) => {
      if (!live) return;
      if (!result.ok) {
        setError(result.error);
        return;
      }
      await changeLanguage(result.value.language ?? systemLanguage());
      if (!live) return;
      setInfo(result.value);
      setError(null);
    });
    return () => {
      live = false;
    };
  }, [generation]);

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
