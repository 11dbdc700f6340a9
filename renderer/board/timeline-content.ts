import type { BoardVisit } from '../../electron/contract/dispatch';
import type { TeamRow, TechnicianRow } from './resources';

/**
 * What the bars and row labels contain, built as plain DOM nodes: FullCalendar inserts them as they
 * are, where JSX content would mount one React portal per bar and re-render them all on every change.
 * Text goes in through textContent, never as HTML.
 *
 * FullCalendar asks for every bar's content on each of its renders (a drop re-renders the whole
 * timeline) and replaces the DOM unless it gets the very same nodes back, so the nodes are kept per
 * visit and row object and handed out again. A drag's mirror gets its own copy: a node can only be
 * in one place.
 */

export interface ContentLabels {
  noTeam: string;
  expandTeam: (name: string) => string;
  collapseTeam: (name: string) => string;
  technicianCount: (count: number) => string;
  lateMarker: string;
  lateTitle: string;
}

function el(tag: string, className: string, text?: string): HTMLElement {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

interface Cached {
  labels: ContentLabels;
  content: { domNodes: Node[] };
}

const barCache = new WeakMap<BoardVisit, Cached>();
const rowCache = new WeakMap<TeamRow | TechnicianRow, Cached>();

function cached<K extends object>(cache: WeakMap<K, Cached>, key: K, labels: ContentLabels, build: () => { domNodes: Node[] }): { domNodes: Node[] } {
  const hit = cache.get(key);
  if (hit && hit.labels === labels) return hit.content;
  const content = build();
  cache.set(key, { labels, content });
  return content;
}

/** A bar's content; `mirror` for the copy that follows the pointer while dragging. */
export function barContent(visit: BoardVisit, late: boolean, labels: ContentLabels, mirror: boolean): { domNodes: Node[] } {
  return mirror ? buildBar(visit, late, labels) : cached(barCache, visit, labels, () => buildBar(visit, late, labels));
}

export function rowLabel(row: TeamRow | TechnicianRow, labels: ContentLabels): { domNodes: Node[] } {
  return cached(rowCache, row, labels, () => (row.kind === 'team' ? teamLabel(row, labels) : technicianLabel(row)));
}

function buildBar(visit: BoardVisit, late: boolean, labels: ContentLabels): { domNodes: Node[] } {
  const root = el('div', 'bar');
  const top = el('div', 'bar-top');
  top.append(el('span', 'bar-number', visit.number));
  if (late) {
    const marker = el('span', 'bar-late', labels.lateMarker);
    marker.title = labels.lateTitle;
    top.append(marker);
  }
  top.append(el('span', 'bar-customer', visit.customer));
  const where = [visit.city, visit.task ?? visit.description].filter((part): part is string => part !== null && part !== '');
  root.append(top, el('div', 'bar-bottom', where.join(' · ')));
  return { domNodes: [root] };
}

/** The team header row: a toggle the board handles by delegation (data-team-toggle), the name and a count. */
function teamLabel(row: TeamRow, labels: ContentLabels): { domNodes: Node[] } {
  const name = row.team ? row.team.name : labels.noTeam;
  const button = el('button', 'board-team-toggle');
  button.setAttribute('type', 'button');
  button.setAttribute('aria-expanded', String(row.expanded));
  button.setAttribute('aria-label', row.expanded ? labels.collapseTeam(name) : labels.expandTeam(name));
  button.dataset.teamToggle = row.key;
  button.append(el('span', 'board-team-chevron'), el('span', 'board-team-name', name));
  const count = el('span', 'board-team-count', String(row.count));
  count.title = labels.technicianCount(row.count);
  return { domNodes: [button, count] };
}

function technicianLabel(row: TechnicianRow): { domNodes: Node[] } {
  const root = el('span', 'board-tech');
  root.append(el('span', 'board-tech-name', row.technician.name), el('span', 'board-tech-code', row.technician.code));
  return { domNodes: [root] };
}
