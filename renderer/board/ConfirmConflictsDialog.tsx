import { useEffect, useRef } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { DescribedConflict } from './conflict-text';
import { ConflictList } from './ConflictList';

/**
 * The rules warned about a change: the user sees each warning and confirms or cancels. Closing the
 * dialog any other way (Escape) cancels.
 */
export function ConfirmConflictsDialog({ conflicts, onAnswer }: { conflicts: readonly DescribedConflict[]; onAnswer: (confirmed: boolean) => void }) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const answered = useRef(false);

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);

  const answer = (confirmed: boolean) => {
    if (answered.current) return;
    answered.current = true;
    onAnswer(confirmed);
  };

  return createPortal(
    <dialog ref={dialog} className="board-dialog" aria-labelledby="board-confirm-title" onClose={() => answer(false)}>
      <h2 id="board-confirm-title">{t('board.confirm.title')}</h2>
      <p>{t('board.confirm.body')}</p>
      <ConflictList conflicts={conflicts} />
      <div className="actions">
        <button type="button" className="primary" autoFocus onClick={() => answer(true)}>
          {t('board.confirm.confirm')}
        </button>
        <button type="button" onClick={() => dialog.current?.close()}>
          {t('board.confirm.cancel')}
        </button>
      </div>
    </dialog>,
    document.body,
  );
}
