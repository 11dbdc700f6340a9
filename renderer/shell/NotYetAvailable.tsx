import { useTranslation } from 'react-i18next';

/** An honest placeholder for screens later versions fill: nothing here pretends to work. */
export function NotYetAvailable({ screen, nested = false }: { screen: string; nested?: boolean }) {
  const { t } = useTranslation();
  const state = (
    <div className="empty-state">
      <h2>{t('notYet.title')}</h2>
      <p>{t('notYet.body', { screen })}</p>
    </div>
  );
  if (nested) return state;
  return (
    <section className="page" aria-labelledby="page-title">
      <h1 id="page-title">{screen}</h1>
      {state}
    </section>
  );
}
