import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../electron/contract/result';
import { describeIssues, type ConflictContext } from './conflict-text';

/** The board's last outcome: saved, refused by a rule (with the reasons), or another error. */
export type BoardNotice = { kind: 'text'; severity: 'error' | 'success' | 'info'; text: string } | { kind: 'refused'; lines: string[] };

/** A refusal in words: the blocked rules one by one, anything else as the translated error. */
export function noticeOf(error: ApiError, ctx: ConflictContext, errorText: (error: ApiError) => string): BoardNotice {
  if (error.details.key === 'dispatch_blocked' || error.details.key === 'dispatch_confirm') {
    const lines = describeIssues(ctx, error.details.issues ?? []).map((c) => c.text);
    if (lines.length > 0) return { kind: 'refused', lines };
  }
  return { kind: 'text', severity: 'error', text: errorText(error) };
}

export function BoardNoticeView({ notice, onDismiss }: { notice: BoardNotice | null; onDismiss: () => void }) {
  const { t } = useTranslation();
  if (!notice) return null;
  const error = notice.kind === 'refused' || notice.severity === 'error';
  const severity = notice.kind === 'refused' ? 'error' : notice.severity;
  return (
    <div className={`board-notice notice-${severity}`} role={error ? 'alert' : 'status'}>
      {notice.kind === 'refused' ? (
        <span>
          <strong>{t('board.refused')}</strong> {notice.lines.join(' · ')}
        </span>
      ) : (
        <span>{notice.text}</span>
      )}
      <button type="button" className="board-icon-button" aria-label={t('board.dismiss')} title={t('board.dismiss')} onClick={onDismiss}>
        ×
      </button>
    </div>
  );
}
