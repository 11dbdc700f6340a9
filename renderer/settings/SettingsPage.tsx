import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiOutput } from '../../electron/contract';
import { getActor, setActor } from '../api/client';
import { Notice } from '../components/Notice';
import { BackupPanel } from './BackupPanel';
import { LanguagePanel } from './LanguagePanel';
import { RestorePanel } from './RestorePanel';

type Info = ApiOutput<'system.info'>;

export function SettingsPage({ info, onInfoChanged }: { info: Info; onInfoChanged: () => void }) {
  const { t } = useTranslation();
  const [name, setName] = useState(getActor() || info.osUser);
  const [nameSaved, setNameSaved] = useState(false);

  return (
    <section className="page" aria-labelledby="page-title">
      <h1 id="page-title">{t('settings.title')}</h1>

      <LanguagePanel info={info} onChanged={onInfoChanged} />

      <section className="panel" aria-labelledby="you-title">
        <h2 id="you-title">{t('settings.you')}</h2>
        <form
          className="inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            setActor(name);
            setNameSaved(true);
          }}
        >
          <label>
            {t('settings.you')}
            <input value={name} maxLength={100} onChange={(e) => (setName(e.target.value), setNameSaved(false))} />
          </label>
          <button type="submit">{t('settings.youSave')}</button>
        </form>
        <p className="help">{t('settings.youHelp')}</p>
        {nameSaved && <Notice kind="success">{t('settings.youSaved')}</Notice>}
      </section>

      <section className="panel" aria-labelledby="db-title">
        <h2 id="db-title">{t('settings.database')}</h2>
        <dl className="facts">
          <dt>{t('settings.dbFile')}</dt>
          <dd data-testid="db-path">{info.dbPath}</dd>
          <dt>{t('settings.schemaVersion')}</dt>
          <dd data-testid="schema-version">{info.schemaVersion}</dd>
          <dt>{t('settings.appVersion')}</dt>
          <dd>{info.appVersion}</dd>
        </dl>
        <BackupPanel defaultFolder={info.defaultBackupFolder} />
        <RestorePanel onRestored={onInfoChanged} />
      </section>
    </section>
  );
}
