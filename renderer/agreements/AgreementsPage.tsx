import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { agreementsEntity } from '../../electron/contract/agreements';
import type { EntityDef } from '../../electron/contract/entity';
import { Notice } from '../components/Notice';
import type { EntityRow } from '../setup/entity/EntityForm';
import { EntityPage } from '../setup/entity/EntityPage';
import { AgreementActions } from './AgreementActions';

export { AgreementActions } from './AgreementActions';

/**
 * More buttons on a saved agreement (e.g. "Create service orders"). `done(message)` shows the
 * message above the list and reloads the page, for actions that write outside the open form.
 */
export type AgreementExtraActions = (row: EntityRow, done: (message: string) => void) => ReactNode;

const def = agreementsEntity as unknown as EntityDef;

/**
 * Service agreements: the generic list and form of the agreement entity, whose form shows the
 * related objects and tasks and the lines as sections, plus the copy actions.
 */
export function AgreementsPage({ extraActions, toolbar }: { extraActions?: AgreementExtraActions; toolbar?: ReactNode }) {
  const { t } = useTranslation();
  const [notice, setNotice] = useState<string | null>(null);
  // The copies are written by calls of their own; a fresh list (and a closed form) shows them.
  const [generation, setGeneration] = useState(0);
  const done = (message: string) => {
    setNotice(message);
    setGeneration((g) => g + 1);
  };

  return (
    <section className="page agreements" aria-labelledby="page-title">
      <h1 id="page-title">{t('nav.agreements')}</h1>
      <Notice kind="success">{notice}</Notice>
      <EntityPage
        key={generation}
        def={def}
        toolbar={toolbar}
        actions={(row) => (
          <>
            <AgreementActions row={row} onDone={done} />
            {extraActions?.(row, done)}
          </>
        )}
      />
    </section>
  );
}
