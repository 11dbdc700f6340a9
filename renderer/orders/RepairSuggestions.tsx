import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RepairSuggestion } from '../../electron/contract/repair-lines';
import { repairLinesEntity } from '../../electron/contract/repair-lines';
import type { ApiError } from '../../electron/contract/result';
import { call } from '../api/client';
import { ErrorNotice } from '../components/ErrorNotice';
import { Notice } from '../components/Notice';
import type { EntityRow } from '../setup/entity/EntityForm';
import { RefSelect } from '../setup/entity/RefSelect';

/** A repair line handed over from its form; `picked` makes picking the same line again count. */
export interface RepairTarget {
  row: EntityRow;
  picked: number;
}

const FIELDS = Object.keys(repairLinesEntity.fields);
const idText = (v: unknown) => (typeof v === 'number' ? String(v) : '');
const coded = (c: { code: string; description: string } | null) => (c ? `${c.code} — ${c.description}` : '—');

/** The stored line as update input: its own fields only, the fix's three fields replaced. */
function withFix(row: EntityRow, fix: RepairSuggestion) {
  const input = Object.fromEntries(FIELDS.map((k) => [k, row[k] ?? null]));
  return {
    ...input,
    diagnosisAreaId: fix.diagnosisArea?.id ?? null,
    diagnosisCodeId: fix.diagnosisCode?.id ?? null,
    resolutionId: fix.resolution.id,
    id: row.id,
    version: row.version,
  };
}

/**
 * Earlier fixes of the symptom of a repair line (or of a symptom chosen here, e.g. before the line
 * is written), ranked by how often they fixed it, each with a button that writes it into the line.
 */
export function RepairSuggestions({ orderId, target, onApplied }: { orderId: number; target: RepairTarget | null; onApplied: () => void }) {
  const { t } = useTranslation();
  const [lines, setLines] = useState<EntityRow[]>(() => (target ? [target.row] : []));
  // Bumped to read the order's lines again (the list beside this panel saves on its own).
  const [linesWanted, setLinesWanted] = useState(0);
  // A line handed over from its form starts the panel on that line (the section remounts it per hand-over).
  const [lineId, setLineId] = useState(() => (target ? String(target.row.id) : ''));
  const [objectId, setObjectId] = useState(() => idText(target?.row.serviceObjectId));
  const [areaId, setAreaId] = useState(() => idText(target?.row.symptomAreaId));
  const [codeId, setCodeId] = useState(() => idText(target?.row.symptomCodeId));
  // Kept with the query they answer, so a changed symptom never shows the previous symptom's fixes.
  const [found, setFound] = useState<{ query: string; suggestions: RepairSuggestion[] } | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const query = codeId === '' ? '' : `${objectId}:${codeId}`;
  const suggestions = found && query !== '' && found.query === query ? found.suggestions : null;

  useEffect(() => {
    let live = true;
    void call('repairLines.list', { filter: { orderId }, sort: 'lineNo', pageSize: 500 }).then((result) => {
      if (live && result.ok) setLines(result.value.rows as unknown as EntityRow[]);
    });
    return () => {
      live = false;
    };
  }, [orderId, linesWanted]);

  useEffect(() => {
    if (codeId === '') return;
    let live = true;
    const input = { orderId, symptomCodeId: Number(codeId), serviceObjectId: objectId === '' ? null : Number(objectId) };
    void call('repairLines.suggest', input).then((result) => {
      if (!live) return;
      setError(result.ok ? null : result.error);
      if (result.ok) setFound({ query: `${objectId}:${codeId}`, suggestions: result.value.suggestions });
    });
    return () => {
      live = false;
    };
  }, [orderId, objectId, codeId]);

  function pick(row: EntityRow | undefined) {
    setLineId(row ? String(row.id) : '');
    if (!row) return;
    setObjectId(idText(row.serviceObjectId));
    setAreaId(idText(row.symptomAreaId));
    setCodeId(idText(row.symptomCodeId));
  }

  async function apply(fix: RepairSuggestion) {
    setNotice(null);
    // The stored line, not the one listed: another save may have changed it since.
    const stored = await call('repairLines.get', { id: Number(lineId) });
    const result = stored.ok ? await call('repairLines.update', withFix(stored.value as unknown as EntityRow, fix) as never) : stored;
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setError(null);
    setNotice(t('repairs.applied', { lineNo: result.value.lineNo }));
    setLinesWanted((n) => n + 1);
    onApplied();
  }

  const line = lines.find((l) => String(l.id) === lineId);
  return (
    <section className="repair-suggestions" aria-labelledby="repair-suggestions">
      <h3 id="repair-suggestions">{t('repairs.suggestions')}</h3>
      <p className="hint">{t('repairs.suggestionsHint')}</p>
      <div className="form-grid">
        <label>
          {t('repairs.line')}
          <select aria-label={t('repairs.line')} value={lineId} onFocus={() => setLinesWanted((n) => n + 1)} onChange={(e) => pick(lines.find((l) => String(l.id) === e.target.value))}>
            <option value="">{t('repairs.chooseLine')}</option>
            {lines.map((l) => (
              <option key={l.id} value={String(l.id)}>
                {t('repairs.lineOption', { lineNo: l.lineNo, symptom: l.refLabels.symptomCodeId ?? t('repairs.noSymptom') })}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('repairs.object')}
          <RefSelect entity="serviceObjects" label={t('repairs.object')} name="suggestObject" value={objectId} optional onChange={setObjectId} />
        </label>
        <label>
          {t('repairs.symptomArea')}
          <RefSelect entity="symptomAreas" label={t('repairs.symptomArea')} name="suggestArea" value={areaId} optional onChange={(v) => (setAreaId(v), setCodeId(''))} />
        </label>
        <label>
          {t('repairs.symptomCode')}
          <RefSelect
            entity="symptomCodes"
            label={t('repairs.symptomCode')}
            name="suggestCode"
            value={codeId}
            optional
            filter={areaId === '' ? undefined : { key: 'symptomAreaId', id: Number(areaId) }}
            onChange={setCodeId}
          />
        </label>
      </div>
      <ErrorNotice error={error} />
      <Notice kind="success">{notice}</Notice>
      {suggestions && suggestions.length === 0 && <p>{t('repairs.noSuggestions')}</p>}
      {suggestions && suggestions.length > 0 && (
        <>
          {!line && <p className="hint">{t('repairs.needLine')}</p>}
          <table className="data-table">
            <caption className="visually-hidden">{t('repairs.suggestions')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('repairs.diagnosis')}</th>
                <th scope="col">{t('repairs.resolution')}</th>
                <th scope="col">{t('repairs.count')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('repairs.apply')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {suggestions.map((s) => {
                const fix = `${s.diagnosisCode?.code ?? s.diagnosisArea?.code ?? '—'} / ${s.resolution.code}`;
                return (
                  <tr key={`${s.diagnosisArea?.id}:${s.diagnosisCode?.id}:${s.resolution.id}`}>
                    <td>
                      {coded(s.diagnosisArea)} · {coded(s.diagnosisCode)}
                    </td>
                    <td>{coded(s.resolution)}</td>
                    <td>{s.count}</td>
                    <td>
                      <button
                        type="button"
                        disabled={!line}
                        aria-label={line ? t('repairs.applyTo', { lineNo: line.lineNo, fix }) : t('repairs.apply')}
                        onClick={() => void apply(s)}
                      >
                        {t('repairs.apply')}
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
