import { useTranslation } from 'react-i18next';
import type { ApiOutput } from '../../electron/contract';
import { CONFLICT_RULES, CONFLICT_SEVERITIES, DISPATCH_SCOPE, type ConflictRuleName } from '../../electron/contract/dispatch';
import { fieldLabel } from '../../electron/contract/messages';
import { ORDER_PRIORITIES } from '../../electron/contract/order-entities';
import { call } from '../api/client';
import { ErrorNotice } from '../components/ErrorNotice';
import { Notice } from '../components/Notice';
import { useSingleRecordForm } from '../components/useSingleRecordForm';
import { currentLanguage } from '../i18n';
import './dispatch-settings.css';

type Settings = ApiOutput<'dispatch.settings'>;
type Priority = (typeof ORDER_PRIORITIES)[number];

const HEX_COLOUR = /^#[0-9a-fA-F]{6}$/;

function RuleChoice({ rule, value, onChange }: { rule: ConflictRuleName; value: string; onChange: (value: 'block' | 'warn') => void }) {
  const { t } = useTranslation();
  return (
    <fieldset className="rule-choice">
      <legend>{fieldLabel(currentLanguage(), DISPATCH_SCOPE, `rules.${rule}`)}</legend>
      {CONFLICT_SEVERITIES.map((severity) => (
        <label key={severity} className="checkbox">
          <input type="radio" name={`rule-${rule}`} value={severity} checked={value === severity} onChange={() => onChange(severity)} />
          {t(`dispatchSettings.${severity}`)}
        </label>
      ))}
    </fieldset>
  );
}

/**
 * A colour picker and the same colour as text; the text may hold an unfinished or wrong value,
 * which the main process refuses on save with the field's name.
 */
function ColourField({ priority, value, onChange }: { priority: Priority; value: string; onChange: (value: string) => void }) {
  const { t } = useTranslation();
  const label = fieldLabel(currentLanguage(), DISPATCH_SCOPE, `colours.${priority}`);
  const valid = HEX_COLOUR.test(value);
  return (
    <div className="colour-field">
      <label>
        {label}
        <input type="color" value={valid ? value.toLowerCase() : '#000000'} onChange={(e) => onChange(e.target.value)} />
      </label>
      <label>
        {t('dispatchSettings.hexLabel', { colour: label })}
        <input className="mono" value={value} maxLength={7} aria-invalid={!valid} onChange={(e) => onChange(e.target.value.trim())} />
      </label>
      <div className="colour-sample" role="img" aria-label={t('dispatchSettings.sample', { colour: label })} style={{ backgroundColor: valid ? value : 'transparent' }}>
        {t('dispatchSettings.sampleText')}
      </div>
    </div>
  );
}

/** Setup > Dispatch board: block or warn per conflict rule, and the bar colour per priority. */
export function DispatchSettingsPage() {
  const { t } = useTranslation();
  const form = useSingleRecordForm('dispatch.settings');
  const { draft, stored, error, saved } = form;

  async function save() {
    if (!draft || !stored) return;
    form.saveResult(await call('dispatch.updateSettings', { rules: draft.rules, colours: draft.colours, version: stored.version }));
  }

  const edit = (change: Partial<Pick<Settings, 'rules' | 'colours'>>) => {
    if (draft) form.edit({ ...draft, ...change });
  };

  return (
    <form
      className="panel dispatch-settings"
      aria-labelledby="dispatch-settings-title"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <h2 id="dispatch-settings-title">{t('dispatchSettings.title')}</h2>
      {draft && (
        <>
          <h3>{t('dispatchSettings.rulesTitle')}</h3>
          <p className="help">{t('dispatchSettings.rulesHelp')}</p>
          <div className="rule-grid">
            {CONFLICT_RULES.map((rule) => (
              <RuleChoice key={rule} rule={rule} value={draft.rules[rule]} onChange={(severity) => edit({ rules: { ...draft.rules, [rule]: severity } })} />
            ))}
          </div>
          <h3>{t('dispatchSettings.coloursTitle')}</h3>
          <p className="help">{t('dispatchSettings.coloursHelp')}</p>
          {ORDER_PRIORITIES.map((priority) => (
            <ColourField key={priority} priority={priority} value={draft.colours[priority]} onChange={(colour) => edit({ colours: { ...draft.colours, [priority]: colour } })} />
          ))}
        </>
      )}
      <ErrorNotice error={error} onReload={form.reload} />
      {saved && <Notice kind="success">{t('form.saved')}</Notice>}
      <div className="actions">
        <button type="submit" className="primary" disabled={!draft}>
          {t('form.save')}
        </button>
      </div>
    </form>
  );
}
