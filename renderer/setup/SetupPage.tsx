import { useTranslation } from 'react-i18next';
import { NotYetAvailable } from '../shell/NotYetAvailable';
import { href } from '../shell/router';
import { CustomersPage } from './CustomersPage';

/** Setup sections in the order a new company fills them in. */
export const SETUP_SECTIONS = [
  'customers',
  'workers',
  'teams',
  'calendars',
  'objects',
  'tasks',
  'prices',
  'agreementSetup',
  'slas',
  'stages',
  'repairCodes',
  'parameters',
  'import',
] as const;
type Section = (typeof SETUP_SECTIONS)[number];

export function SetupPage({ section }: { section: string | undefined }) {
  const { t } = useTranslation();
  const current: Section = (SETUP_SECTIONS as readonly string[]).includes(section ?? '') ? (section as Section) : 'customers';
  return (
    <section className="page setup" aria-labelledby="page-title">
      <h1 id="page-title">
        {t('setup.title')}: {t(`setup.${current}`)}
      </h1>
      <nav className="tabs" aria-label={t('setup.sections')}>
        {SETUP_SECTIONS.map((s) => (
          <a key={s} href={href('setup', s)} aria-current={s === current ? 'page' : undefined}>
            {t(`setup.${s}`)}
          </a>
        ))}
      </nav>
      {current === 'customers' ? <CustomersPage /> : <NotYetAvailable nested screen={t(`setup.${current}`)} />}
    </section>
  );
}
