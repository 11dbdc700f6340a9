import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CreateOrdersDialog } from './CreateOrdersDialog';

/** "Create service orders" for one saved agreement, for the agreement form's extra actions. */
export function CreateOrdersAction({ agreementId }: { agreementId: number }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        {t('generation.create')}
      </button>
      {open && <CreateOrdersDialog agreementId={agreementId} onClose={() => setOpen(false)} />}
    </>
  );
}

/** The periodic batch: the same dialog over every agreement matching group, customer and team. */
export function BatchCreateOrdersAction() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        {t('generation.createMany')}
      </button>
      {open && <CreateOrdersDialog onClose={() => setOpen(false)} />}
    </>
  );
}

/** For the agreements page's `extraActions`: the button on every saved agreement's form. */
export function agreementGenerationActions(row: { id: number }) {
  return <CreateOrdersAction agreementId={row.id} />;
}
