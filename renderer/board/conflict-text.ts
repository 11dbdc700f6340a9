import type { ConflictRuleName } from '../../electron/contract/dispatch';
import { CONFLICT_RULES } from '../../electron/contract/dispatch';
import type { FieldIssue } from '../../electron/contract/result';
import type { BoardFormat } from './board-format';

/**
 * Conflicts in words, for the drag indicator, the refusal notice and the confirmation dialog. The
 * same parameters come from the pure rules in the renderer and from the main process's refusal.
 */

export type Translate = (key: string, params?: Record<string, string | number>) => string;

export interface ConflictContext {
  t: Translate;
  format: BoardFormat;
  /** The number of a loaded order, for "overlaps order S-00012". */
  orderNumber(orderId: number): string | null;
  skillName(skillId: number): string | null;
}

type Params = Record<string, string | number | undefined>;

const str = (v: string | number | undefined): string => (v === undefined ? '' : String(v));

function absenceKind(ctx: ConflictContext, kind: string): string {
  return ctx.t(`board.absenceKinds.${kind}`);
}

/** One conflict of a rule, without the order it concerns. */
export function describeConflict(ctx: ConflictContext, rule: ConflictRuleName, params: Params): string {
  const { t, format } = ctx;
  switch (rule) {
    case 'overlap': {
      const other = ctx.orderNumber(Number(params.otherOrderId ?? params.orderId)) ?? str(params.otherNumber);
      const when = params.start !== undefined && params.end !== undefined ? format.span(str(params.start), str(params.end)) : '';
      return other ? t('board.conflict.overlap', { other, when }) : t('board.conflict.overlapUnknown', { when });
    }
    case 'outside_hours':
      return params.reason === 'day_off'
        ? t('board.conflict.dayOff', { date: format.date(str(params.date)) })
        : t('board.conflict.outsideHours', { date: format.date(str(params.date)), open: str(params.open), close: str(params.close) });
    case 'absence':
      return t('board.conflict.absence', { kind: absenceKind(ctx, str(params.kind)), from: format.date(str(params.from)), to: format.date(str(params.to)) });
    case 'missing_skill': {
      const skill = ctx.skillName(Number(params.skillId)) ?? str(params.skill ?? params.skillId);
      if (params.reason === 'expired') return t('board.conflict.skillExpired', { skill, date: format.date(str(params.validTo)) });
      if (params.reason === 'level') {
        return params.level === undefined
          ? t('board.conflict.skillNoLevel', { skill, minLevel: str(params.minLevel) })
          : t('board.conflict.skillLevel', { skill, level: str(params.level), minLevel: str(params.minLevel) });
      }
      return t('board.conflict.skillMissing', { skill });
    }
    case 'after_sla_deadline':
      return t('board.conflict.afterSla', { deadline: format.moment(str(params.deadline)) });
    case 'stage_locked':
      return t('board.conflict.stageLocked');
  }
}

export interface DescribedConflict {
  severity: 'block' | 'warn';
  text: string;
}

/** "S-00012: overlaps …" — the order is named when several visits move at once. */
export function describeWithOrder(ctx: ConflictContext, conflict: { rule: ConflictRuleName; severity: 'block' | 'warn'; params: Params; number: string }, many: boolean): DescribedConflict {
  const text = describeConflict(ctx, conflict.rule, conflict.params);
  return { severity: conflict.severity, text: many ? `${conflict.number}: ${text}` : text };
}

/** The rule a refusal's issue names (key dispatch_<rule>), or null for other issues. */
function ruleOfIssue(issue: FieldIssue): ConflictRuleName | null {
  const rule = issue.key.replace(/^dispatch_/, '');
  return (CONFLICT_RULES as readonly string[]).includes(rule) ? (rule as ConflictRuleName) : null;
}

/** The conflicts of a dispatch_confirm or dispatch_blocked refusal, translated. */
export function describeIssues(ctx: ConflictContext, issues: readonly FieldIssue[]): DescribedConflict[] {
  const numbers = new Set(issues.map((i) => str(i.params?.number)));
  const many = numbers.size > 1;
  const out: DescribedConflict[] = [];
  for (const issue of issues) {
    const rule = ruleOfIssue(issue);
    if (rule === null) continue;
    const params: Params = { ...issue.params };
    const severity = params.severity === 'block' ? 'block' : 'warn';
    out.push(describeWithOrder(ctx, { rule, severity, params, number: str(params.number) }, many));
  }
  return out;
}
