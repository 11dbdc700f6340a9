import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiOutput } from '../../electron/contract';
import type { ApiError } from '../../electron/contract/result';
import { call } from '../api/client';
import { Notice } from '../components/Notice';
import { changeLanguage, systemLanguage, useErrorText } from '../i18n';

type Choice = 'system' | 'lv' | 'en';

export function LanguagePanel({ info, onChanged }: { info: ApiOutput<'system.info'>; onChanged: () => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [error, setError] = useState<ApiError | null>(null);
  const [saved, setSaved] = useState(false);

  async function choose(choice: Choice) {
    const language = choice === 'system' ? null : choice;
    const result = await call('system.setLanguage', { language, version: info.settingsVersion });
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setError(null);
    await changeLanguage(language ?? systemLanguage());
    setSaved(true);
    onChanged();
  }

  return (
    <section className="panel" aria-labelledby="language-title">
      <h2 id="language-title">{t('settings.language')}</h2>
      <label>
        {t('settings.language')}
        <select value={info.language ?? 'system'} onChange={(e) => void choose(e.target.value as Choice)}>
          <option value="system">{t('settings.languageSystem')}</option>
          <option value="lv">{t('settings.languageLv')}</option>
          <option value="en">{t('settings.languageEn')}</option>
        </select>
      </label>
      {saved && <Notice kind="success">{t('settings.languageSaved')}</Notice>}
      {error && <Notice kind="error">{errorText(error)}</Notice>}
    </section>
  );
}
