import { Suspense, lazy } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiOutput } from '../../electron/contract';
import { BoardPage } from '../board/BoardPage';
import { NAV_ITEMS, type NavItem } from './nav';
import { NotYetAvailable } from './NotYetAvailable';
import { href, useRoute } from './router';

/**
 * The board is the first screen and comes with the main bundle; every other screen is a chunk of its
 * own, loaded when first opened, so starting the application parses only what the board needs.
 */
const AgreementsScreen = lazy(() => import('./agreements-screen').then((m) => ({ default: m.AgreementsScreen })));
const BoardPrintPage = lazy(() => import('../board/print/BoardPrintPage').then((m) => ({ default: m.BoardPrintPage })));
const OrdersPage = lazy(() => import('../orders/OrdersPage').then((m) => ({ default: m.OrdersPage })));
const RequestsPage = lazy(() => import('../requests/RequestsPage').then((m) => ({ default: m.RequestsPage })));
const SettingsPage = lazy(() => import('../settings/SettingsPage').then((m) => ({ default: m.SettingsPage })));
const SetupPage = lazy(() => import('../setup/SetupPage').then((m) => ({ default: m.SetupPage })));

interface ShellProps {
  info: ApiOutput<'system.info'>;
  onInfoChanged: () => void;
}

export function Shell({ info, onInfoChanged }: ShellProps) {
  const { t } = useTranslation();
  const [first = 'board', ...rest] = useRoute();
  const current: NavItem = (NAV_ITEMS as readonly string[]).includes(first) ? (first as NavItem) : 'board';

  function page() {
    if (current === 'board' && rest[0] === 'print') return <BoardPrintPage parts={rest.slice(1)} />;
    switch (current) {
      case 'board':
        return <BoardPage parts={rest} />;
      case 'orders':
        return <OrdersPage id={rest[0]} />;
      case 'requests':
        return <RequestsPage />;
      case 'setup':
        return <SetupPage section={rest[0]} sub={rest[1]} />;
      case 'agreements':
        return <AgreementsScreen />;
      case 'settings':
        return <SettingsPage info={info} onInfoChanged={onInfoChanged} />;
      default:
        return <NotYetAvailable screen={t(`nav.${current}`)} />;
    }
  }

  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <nav className="sidebar" aria-label={t('nav.label')}>
        <div className="brand">
          <span className="brand-mark" aria-hidden="true">
            SV
          </span>
          <span>
            <strong>{t('app.name')}</strong>
            <small>{t('app.tagline')}</small>
          </span>
        </div>
        <ul>
          {NAV_ITEMS.map((item) => (
            <li key={item}>
              <a href={href(item)} aria-current={item === current ? 'page' : undefined}>
                {t(`nav.${item}`)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <main id="main" className="content">
        <Suspense fallback={<p className="help">{t('app.loading')}</p>}>{page()}</Suspense>
      </main>
    </div>
  );
}
