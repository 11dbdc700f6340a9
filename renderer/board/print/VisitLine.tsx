import type { ApiOutput } from '../../../electron/contract';
import type { BoardVisit } from '../../../electron/contract/dispatch';
import type { PrintFormat } from './print-format';

export type PriorityColours = ApiOutput<'dispatch.settings'>['colours'];

/**
 * One visit in a cell of the team table: "08:00–10:00 SO-000123 Customer, City", marked with its
 * priority's colour; `detailed` (the day table has room) adds the address and the task.
 */
export function VisitLine({ visit, format, colours, detailed }: { visit: BoardVisit; format: PrintFormat; colours: PriorityColours; detailed: boolean }) {
  const place = detailed ? [visit.address, visit.city] : [visit.city];
  const where = [visit.customer, ...place].filter(Boolean).join(', ');
  return (
    <li className="visit-line" style={{ borderLeftColor: colours[visit.priority] }}>
      <span className="nowrap">{format.timeRange(visit.start, visit.end)}</span> <strong className="nowrap">{visit.number}</strong> {where}
      {detailed && visit.task && <span className="visit-task"> · {visit.task}</span>}
    </li>
  );
}
