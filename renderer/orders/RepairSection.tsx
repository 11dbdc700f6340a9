import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EntityDef } from '../../electron/contract/entity';
import { repairLinesEntity } from '../../electron/contract/repair-lines';
import { EntityPage } from '../setup/entity/EntityPage';
import { RepairSuggestions, type RepairTarget } from './RepairSuggestions';

const repairs = repairLinesEntity as unknown as EntityDef;

/**
 * The order's repair lines (the generic list and form of the child entity) and, beside them, the
 * earlier fixes of a symptom. The generic form cannot show look-ups of its own, so a saved line's
 * form gets a button that hands the line to the suggestions panel, which applies a fix to it
 * through `repairLines.update`; the list is then drawn afresh to show the filled-in fix.
 */
export function RepairSection({ orderId }: { orderId: number }) {
  const { t } = useTranslation();
  const [target, setTarget] = useState<RepairTarget | null>(null);
  // Bumped after a fix is applied: remounting the list reloads it (and closes a now stale form).
  const [applied, setApplied] = useState(0);
  return (
    <section className="panel" aria-labelledby="order-repairs">
      <h2 id="order-repairs">{t('repairs.title')}</h2>
      <EntityPage
        key={applied}
        def={repairs}
        parent={{ field: 'orderId', id: orderId }}
        actions={(row) => (
          <button type="button" onClick={() => setTarget({ row, picked: Date.now() })}>
            {t('repairs.findFixes')}
          </button>
        )}
      />
      <RepairSuggestions key={target?.picked ?? 0} orderId={orderId} target={target} onApplied={() => setApplied((n) => n + 1)} />
    </section>
  );
}
