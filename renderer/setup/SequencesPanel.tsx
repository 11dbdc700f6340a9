import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiOutput } from '../../electron/contract';
import { fieldLabel } from '../../electron/contract/messages';
import type { ApiError } from '../../electron/contract/result';
import { call } from '../api/client';
import { ErrorNotice } from '../components/ErrorNotice';
import { Notice } from '../components/Notice';
import { currentLanguage } from '../i18n';

type Sequence = ApiOutput<'sequences.list'>[number];

function SequenceRow({ sequence, onSaved, onReload }: { sequence: Sequence; onSaved: () => void; onReload: () => void }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const [prefix, setPrefix] = useState(sequence.prefix);
  const [nextNumber, setNextNumber] = useState(String(sequence.nextNumber));
  const [width, setWidth] = useState(String(sequence.width));
  const [error, setError] = useState<ApiError | null>(null);
  const name = t(`parameters.names.${sequence.code}`);

  async function save() {
    const result = await call('sequences.update', {
      code: sequence.code,
      prefix,
      // Not-a-number text goes as typed so the main process names the field in its refusal.
      nextNumber: /^\d+$/.test(nextNumber.trim()) ? Number(nextNumber) : (nextNumber as unknown as number),
      width: /^\d+$/.test(width.trim()) ? Number(width) : (width as unknown as number),
      version: sequence.version,
    });
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setError(null);
    onSaved();
  }

  return (
    <tr>
      <th scope="row">{name}</th>
      <td>
        <input aria-label={`${name}: ${fieldLabel(lang, 'sequence', 'prefix')}`} value={prefix} onChange={(e) => setPrefix(e.target.value)} />
      </td>
      <td>
        <input
          aria-label={`${name}: ${fieldLabel(lang, 'sequence', 'nextNumber')}`}
          inputMode="numeric"
          value={nextNumber}
          onChange={(e) => setNextNumber(e.target.value)}
        />
      </td>
      <td>
        <input aria-label={`${name}: ${fieldLabel(lang, 'sequence', 'width')}`} inputMode="numeric" value={width} onChange={(e) => setWidth(e.target.value)} />
      </td>
      <td>{sequence.lastUsed || '—'}</td>
      <td className="mono">{sequence.example}</td>
      <td>
        <button type="button" onClick={() => void save()} aria-label={`${t('form.save')}: ${name}`}>
          {t('form.save')}
        </button>
        <ErrorNotice error={error} onReload={onReload} />
      </td>
    </tr>
  );
}

/** Each sequence edits on its own row; a save refreshes the table with the stored values. */
export function SequencesPanel() {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const [rows, setRows] = useState<Sequence[]>([]);
  const [error, setError] = useState<ApiError | null>(null);
  const [saved, setSaved] = useState(false);
  const [generation, setGeneration] = useState(0);
  const refresh = useCallback(() => setGeneration((n) => n + 1), []);

  useEffect(() => {
    let live = true;
    void call('sequences.list', {}).then((result) => {
      if (!live) return;
      if (result.ok) setRows(result.value);
      else setError(result.error);
    });
    return () => {
      live = false;
    };
  }, [generation]);

  return (
    <section className="panel" aria-labelledby="sequences-title">
      <h2 id="sequences-title">{t('parameters.sequences')}</h2>
      <table className="data-table sequences">
        <thead>
          <tr>
            <th scope="col">{t('parameters.sequence')}</th>
            <th scope="col">{fieldLabel(lang, 'sequence', 'prefix')}</th>
            <th scope="col">{fieldLabel(lang, 'sequence', 'nextNumber')}</th>
            <th scope="col">{fieldLabel(lang, 'sequence', 'width')}</th>
            <th scope="col">{t('parameters.lastUsed')}</th>
            <th scope="col">{t('parameters.example')}</th>
            <th scope="col" />
          </tr>
        </thead>
        <tbody>
          {rows.map((s) => (
            <SequenceRow
              key={`${s.code}:${s.version}`}
              sequence={s}
              onSaved={() => {
                setSaved(true);
                refresh();
              }}
              onReload={refresh}
            />
          ))}
        </tbody>
      </table>
      <ErrorNotice error={error} />
      {saved && <Notice kind="success">{t('form.saved')}</Notice>}
    </section>
  );
}
