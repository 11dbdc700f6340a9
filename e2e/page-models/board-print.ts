import { expect, type Locator, type Page } from '@playwright/test';
import { escapeRegExp, type Ui } from './ui';

/** The board's print view: `#/board/print/<by>/<span>/<date>[/<teamId>]`, its toolbar and sheets. */
export class BoardPrintView {
  constructor(
    private readonly ui: Ui,
    private readonly baseUrl: string,
  ) {}

  private get page(): Page {
    return this.ui.page;
  }

  /** Opens the address afresh (a new load, so data made through the API meanwhile is seen). */
  async open(...parts: string[]): Promise<void> {
    await this.page.goto(`${this.baseUrl}#/board/print/${parts.join('/')}`);
    await this.page.reload();
    await this.loaded();
  }

  view(): Locator {
    return this.page.getByRole('region', { name: new RegExp(`^${escapeRegExp(this.ui.t.boardPrint.title)}:`) });
  }

  async loaded(): Promise<void> {
    await expect(this.view()).toHaveAttribute('aria-busy', 'false');
  }

  toolbar(): Locator {
    return this.page.getByRole('form', { name: this.ui.t.boardPrint.toolbar, exact: true });
  }

  /** One technician's or one team's sheet, by its heading. */
  sheet(heading: string): Locator {
    return this.view().getByRole('region', { name: heading, exact: true });
  }

  sheetHeadings(): Locator {
    return this.view().getByRole('heading', { level: 2 });
  }

  /** A technician's row in a team sheet; its cells are the period's days in order. */
  teamRow(team: string, technician: string): Locator {
    return this.sheet(team).getByRole('row').filter({ has: this.page.getByRole('rowheader', { name: technician, exact: true }) });
  }

  /** A visit's row in a technician sheet, found by the order number. */
  visitRow(technician: string, orderNumber: string): Locator {
    return this.sheet(technician).getByRole('row').filter({ has: this.page.getByRole('cell', { name: orderNumber, exact: true }) });
  }
}
