import { useTranslation } from 'react-i18next';
import type { GenerationSummary } from '../../electron/contract/generation';
import { Notice } from '../components/Notice';
import { href } from '../shell/router';

/**
 * What a preview would create or what a run created: counts, skipped agreements, and the orders
 * (the first 200) with their lines. After a run each order links to its view.
 */
export function GenerationResult({ summary }: { summary: GenerationSummary }) {
  const { t } = useTranslation();
  const counts = { orders: summary.ordersPlanned, lines: summary.linesPlanned, agreements: summary.agreements };
  const skipped = summary.skipped;
  const anySkipped = skipped.template + skipped.not_active + skipped.no_lines_due > 0;
  const caption = summary.dryRun ? t('generation.plannedOrders') : t('generation.createdOrders');
  return (
    <div className="generation-result">
      <Notice kind={summary.dryRun ? 'info' : 'success'}>
        {summary.ordersPlanned === 0
          ? t('generation.nothingDue')
          : summary.dryRun
            ? t('generation.previewSummary', counts)
            : t('generation.runSummary', counts)}
      </Notice>
      {summary.conflicts > 0 && <p className="help">{t('generation.conflicts', { count: summary.conflicts })}</p>}
      {anySkipped && (
        <p className="help">
          {t('generation.skipped', { template: skipped.template, notActive: skipped.not_active, noLines: skipped.no_lines_due })}
        </p>
      )}
      {summary.orders.length > 0 && (
        <>
          {summary.orders.length < summary.ordersPlanned && (
            <p className="help">{t('generation.listedFirst', { shown: summary.orders.length, total: summary.ordersPlanned })}</p>
          )}
          <table className="data-table">
            <caption>{caption}</caption>
            <thead>
              <tr>
                <th scope="col">{t('generation.serviceDate')}</th>
                {!summary.dryRun && <th scope="col">{t('generation.order')}</th>}
                <th scope="col">{t('generation.agreement')}</th>
                <th scope="col">{t('generation.customer')}</th>
                <th scope="col">{t('generation.lines')}</th>
                <th scope="col">{t('generation.calendar')}</th>
              </tr>
            </thead>
            <tbody>
              {summary.orders.map((o, i) => (
                <tr key={o.id ?? `${o.agreementId}:${o.serviceDate}:${i}`}>
                  <td>{o.serviceDate}</td>
                  {!summary.dryRun && <td>{o.id !== null && <a href={href('orders', String(o.id))}>{o.number}</a>}</td>}
                  <td>{o.agreementNumber}</td>
                  <td>{o.customerName}</td>
                  <td>
                    {o.lines.map((l) => (
                      <div key={l.lineNo}>
                        {l.description} ({l.calculatedDate})
                      </div>
                    ))}
                  </td>
                  <td>{o.calendarConflict && <strong className="warning">{t('generation.closedDay')}</strong>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </div>
  );
}
