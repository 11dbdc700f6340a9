import { useTranslation } from 'react-i18next';
import type { EntityDef } from '../../electron/contract/entity';
import { orderLinesEntity, orderObjectsEntity, orderTasksEntity } from '../../electron/contract/order-entities';
import { EntityPage } from '../setup/entity/EntityPage';

const lines = orderLinesEntity as unknown as EntityDef;
const objects = orderObjectsEntity as unknown as EntityDef;
const tasks = orderTasksEntity as unknown as EntityDef;

/**
 * The order's lines and its related objects and tasks, each the generic list and form of its
 * child entity. Each saves on its own, so they need not wait for the header's save.
 */
export function OrderSections({ orderId }: { orderId: number }) {
  const { t } = useTranslation();
  const parent = { field: 'orderId', id: orderId };
  return (
    <>
      <section className="panel" aria-labelledby="order-lines">
        <h2 id="order-lines">{t('orders.lines')}</h2>
        <EntityPage def={lines} parent={parent} />
      </section>
      <section className="panel" aria-labelledby="order-objects">
        <h2 id="order-objects">{t('orders.objects')}</h2>
        <EntityPage def={objects} parent={parent} />
      </section>
      <section className="panel" aria-labelledby="order-tasks">
        <h2 id="order-tasks">{t('orders.tasks')}</h2>
        <EntityPage def={tasks} parent={parent} />
      </section>
    </>
  );
}
