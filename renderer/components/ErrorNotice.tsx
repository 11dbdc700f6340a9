import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../electron/contract/result';
import { useErrorText } from '../i18n';
import { Notice } from './Notice';

/**
 * A refusal in the user's language. After a conflict the form holds a stale version, so the
 * notice offers to load the stored record (the user's typing is replaced by what is stored).
 */
export function ErrorNotice({ error, onReload }: { error: ApiError | null; onReload?: () => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  if (!error) return null;
  return (
    <Notice kind="error">
      {errorText(error)}
      {error.code === 'conflict' && onReload && (
        <>
          {' '}
          <button type="button" onClick={onReload}>
            {t('form.reload')}
          </button>
        </>
      )}
    </Notice>
  );
}
