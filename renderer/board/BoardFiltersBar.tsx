import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ORDER_PRIORITIES } from '../../electron/contract/order-entities';
import type { BoardFilters, Priority } from './board-data';
import type { TeamRef } from './resources';

export interface Choice {
  id: number;
  label: string;
}

interface BoardFiltersBarProps {
  filters: BoardFilters;
  teams: readonly TeamRef[];
  skills: readonly Choice[];
  stages: readonly Choice[];
  onChange: (filters: BoardFilters) => void;
}

const CITY_DELAY_MS = 300;

const idOrNull = (value: string): number | null => (value === '' ? null : Number(value));

/** The filters the rows, the bars and the queue share. */
export function BoardFiltersBar({ filters, teams, skills, stages, onChange }: BoardFiltersBarProps) {
  const { t } = useTranslation();
  const [city, setCity] = useState(filters.city);

  useEffect(() => {
    if (city === filters.city) return;
    const timer = setTimeout(() => onChange({ ...filters, city }), CITY_DELAY_MS);
    return () => clearTimeout(timer);
  }, [city, filters, onChange]);

  return (
    <div className="board-filters">
      <fieldset className="board-filter-set">
        <legend className="visually-hidden">{t('board.filters.label')}</legend>
        <label>
          {t('board.filters.team')}
          <select value={filters.teamId ?? ''} onChange={(e) => onChange({ ...filters, teamId: idOrNull(e.target.value) })}>
            <option value="">{t('board.filters.anyTeam')}</option>
            {teams.map((team) => (
              <option key={team.id} value={team.id}>
                {team.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('board.filters.skill')}
          <select value={filters.skillId ?? ''} onChange={(e) => onChange({ ...filters, skillId: idOrNull(e.target.value) })}>
            <option value="">{t('board.filters.anySkill')}</option>
            {skills.map((s) => (
              <option key={s.id} value={s.id}>
                {s.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('board.filters.city')}
          <input type="search" value={city} onChange={(e) => setCity(e.target.value)} placeholder={t('board.filters.cityPlaceholder')} />
        </label>
        <label>
          {t('board.filters.priority')}
          <select value={filters.priority ?? ''} onChange={(e) => onChange({ ...filters, priority: e.target.value === '' ? null : (e.target.value as Priority) })}>
            <option value="">{t('board.filters.anyPriority')}</option>
            {ORDER_PRIORITIES.map((p) => (
              <option key={p} value={p}>
                {t(`board.priorities.${p}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('board.filters.stage')}
          <select value={filters.stageId ?? ''} onChange={(e) => onChange({ ...filters, stageId: idOrNull(e.target.value) })}>
            <option value="">{t('board.filters.anyStage')}</option>
            {stages.map((s) => (
              <option key={s.id} value={s.id}>
                {s.label}
              </option>
            ))}
          </select>
        </label>
      </fieldset>
    </div>
  );
}
