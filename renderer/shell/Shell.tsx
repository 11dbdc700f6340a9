import { useTranslation } from 'react-i18next';
import type { ApiOutput } from '../../electron/contract';
import { AgreementsPage } from '../agreements/AgreementsPage';
import { BoardPage } from '../board/BoardPage';
import { BoardPrintPage } from '../board/print/BoardPrintPage';
import { BatchCreateOrdersAction, agreementGenerationActions } from '../generation/CreateOrdersAction';
import { OrdersPage } from '../orders/OrdersPage';
import { RequestsPage } from '../requests/RequestsPage';
import { SettingsPage } from '../settings/SettingsPage';
import { SetupPage } from '../setup/SetupPage';
import { NAV_ITEMS, type NavItem } from './nav';
import { NotYetAvailable } from './NotYetAvailable';
import { href, useRoute } from './router';

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
        return <AgreementsPage extraActions={agreementGenerationActions} toolbar={<BatchCreateOrdersAction />} />;
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
        {page()}
      </main>
    </div>
  );
}
