import { useTranslation } from 'react-i18next';
import { fieldLabel } from '../../electron/contract/messages';
import { call } from '../api/client';
import { ErrorNotice } from '../components/ErrorNotice';
import { Notice } from '../components/Notice';
import { useSingleRecordForm } from '../components/useSingleRecordForm';
import { currentLanguage } from '../i18n';
import { SequencesPanel } from './SequencesPanel';

const FLAGS = ['allowOrdersWithoutAgreement', 'signOffRequired', 'reasonOnSlaCancel', 'reasonOnSlaExceed'] as const;

/** Zones offered in the list; any IANA name the runtime knows is accepted by the main process. */
function timeZones(current: string): string[] {
  const known = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return known.includes(current) ? known : [current, ...known];
}

/** Service management parameters and number sequences. */
export function ParametersPage() {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const { draft, stored, error, saved, edit: setDraft, saveResult, reload } = useSingleRecordForm('parameters.get');

  async function save() {
    if (!draft || !stored) return;
    const { updatedAt: _at, updatedBy: _by, ...input } = draft;
    saveResult(await call('parameters.update', { ...input, version: stored.version }));
  }

  return (
    <div className="parameters">
      <form
        className="panel"
        aria-labelledby="parameters-title"
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <h2 id="parameters-title">{t('parameters.general')}</h2>
        {draft && (
          <div className="form-grid">
            {FLAGS.map((flag) => (
              <label key={flag} className="checkbox wide">
                <input type="checkbox" checked={draft[flag]} onChange={(e) => setDraft({ ...draft, [flag]: e.target.checked })} />
                {fieldLabel(lang, 'parameters', flag)}
              </label>
            ))}
            <label>
              {fieldLabel(lang, 'parameters', 'timeZone')}
              <select value={draft.timeZone} onChange={(e) => setDraft({ ...draft, timeZone: e.target.value })}>
                {timeZones(draft.timeZone).map((zone) => (
                  <option key={zone}>{zone}</option>
                ))}
              </select>
            </label>
            <label>
              {fieldLabel(lang, 'parameters', 'currency')}
              <input value={draft.currency} maxLength={3} onChange={(e) => setDraft({ ...draft, currency: e.target.value.toUpperCase() })} />
            </label>
          </div>
        )}
        <ErrorNotice error={error} onReload={reload} />
        {saved && <Notice kind="success">{t('form.saved')}</Notice>}
        <div className="actions">
          <button type="submit" className="primary" disabled={!draft}>
            {t('form.save')}
          </button>
        </div>
      </form>
      <SequencesPanel />
    </div>
  );
}
