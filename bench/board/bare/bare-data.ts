/** What the bare page loads: the board's week handed to FullCalendar as plain arrays. */
export interface BareData {
  /** The week's Monday, a local date. */
  monday: string;
  timeZone: string;
  resources: { id: string; title: string; team: string }[];
  events: { id: string; resourceId: string; title: string; start: string; end: string }[];
}

export const BARE_DATA_PATH = 'data.json';
