import { useEffect, useState } from 'react';
import { call } from '../api/client';
import type { Choice } from './BoardFiltersBar';

const ALL = 500;

/** Skills and stages for the filters (and skill names for conflict messages), loaded once per visit to the board. */
export function useBoardChoices(): { skills: Choice[]; stages: Choice[] } {
  const [choices, setChoices] = useState<{ skills: Choice[]; stages: Choice[] }>({ skills: [], stages: [] });
  useEffect(() => {
    let live = true;
    void Promise.all([call('skills.list', { pageSize: ALL, sort: 'code' }), call('stages.list', { pageSize: ALL, sort: 'code' })]).then(([skills, stages]) => {
      if (!live) return;
      setChoices({
        skills: skills.ok ? skills.value.rows.map((s) => ({ id: s.id, label: `${s.code} — ${s.description}` })) : [],
        stages: stages.ok ? stages.value.rows.map((s) => ({ id: s.id, label: `${s.code} — ${s.description}` })) : [],
      });
    });
    return () => {
      live = false;
    };
  }, []);
  return choices;
}
