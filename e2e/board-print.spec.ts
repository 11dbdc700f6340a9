import { execFileSync } from 'node:child_process';
import type { Page, TestInfo } from '@playwright/test';
import type { ScheduleChange, QueueOrder } from '../electron/contract/dispatch';
import { expect, saveScreenshot, test, type App, type Host } from './fixtures';
import { BoardPrintView } from './page-models/board-print';

/**
 * The board's print views on the demo company, with visits placed through the API in the week of
 * 24–30 March 2031 (Riga moves its clocks forward on Sunday the 30th, so a Sunday visit at 10:00
 * local time is 07:00 UTC, not 08:00).
 */

const WEDNESDAY = '2031-03-26';

interface World {
  teamId: number;
  visits: { order: QueueOrder; technician: string; time: string }[];
}

async function technicianId(host: Host, name: string): Promise<number> {
  const { technicians } = await host.apiValue('dispatch.technicians', { from: '2031-03-23T00:00:00Z', to: '2031-04-01T00:00:00Z' });
  const found = technicians.find((t) => t.name === name);
  if (!found) throw new Error(`No technician ${name} in the demo company`);
  return found.id;
}

/** Four queued demo orders: two for Jānis and one for Ilze on Wednesday, one for Ilze on Sunday. */
async function world(host: Host): Promise<World> {
  await host.apiValue('system.loadDemo', {});
  const { teams } = await host.apiValue('dispatch.technicians', { from: '2031-03-23T00:00:00Z', to: '2031-04-01T00:00:00Z' });
  const team = teams.find((t) => t.name === 'Rīga Centrs');
  if (!team) throw new Error('No team Rīga Centrs in the demo company');
  const janis = await technicianId(host, 'Jānis Bērziņš');
  const ilze = await technicianId(host, 'Ilze Kalniņa');
  const queue = await host.apiValue('dispatch.queue', { sort: 'number', pageSize: 4 });
  const [a, b, c, d] = queue.rows;
  if (!a || !b || !c || !d) throw new Error('The demo queue has fewer than four orders');
  const plan = [
    { order: a, workerId: janis, technician: 'Jānis Bērziņš', start: '2031-03-26T06:00:00Z', end: '2031-03-26T07:30:00Z', time: '08:00–09:30' },
    { order: b, workerId: janis, technician: 'Jānis Bērziņš', start: '2031-03-26T08:00:00Z', end: '2031-03-26T09:00:00Z', time: '10:00–11:00' },
    { order: c, workerId: ilze, technician: 'Ilze Kalniņa', start: '2031-03-26T11:00:00Z', end: '2031-03-26T11:30:00Z', time: '13:00–13:30' },
    { order: d, workerId: ilze, technician: 'Ilze Kalniņa', start: '2031-03-30T07:00:00Z', end: '2031-03-30T08:00:00Z', time: '10:00–11:00' },
  ];
  await host.apiValue('dispatch.schedule', {
    // Sunday is outside working hours, a rule that warns: the script accepts it.
    confirmWarnings: true,
    changes: plan.map((p) => ({ orderId: p.order.orderId, version: p.order.version, workerId: p.workerId, start: p.start, end: p.end })),
  });
  return { teamId: team.id, visits: plan };
}

/** The view as paper: a PDF as Electron's printToPDF makes it, read back page by page. */
async function printedPages(page: Page, testInfo: TestInfo, name: string): Promise<string[]> {
  const path = testInfo.outputPath(`${name}.pdf`);
  await page.pdf({ path, format: 'A4', landscape: true, printBackground: true, preferCSSPageSize: true });
  const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
  return text.split('\f').slice(0, -1);
}

async function expectPrintedWithoutApp(app: App, print: BoardPrintView): Promise<void> {
  await app.page.emulateMedia({ media: 'print' });
  await expect(app.shell.nav()).toBeHidden();
  await expect(print.toolbar()).toBeHidden();
  await expect(print.sheetHeadings().first()).toBeVisible();
}

test.describe('Board print views', () => {
  test('per technician for a day: one page each, visits in time order with addresses, totals', async ({ app, host, page }, testInfo) => {
    const { teamId, visits } = await world(host);
    const [a, b, c] = visits;
    if (!a || !b || !c) throw new Error('world() plans four visits');
    const print = new BoardPrintView(app.ui, host.baseUrl);
    await print.open('technician', 'day', WEDNESDAY, String(teamId));

    const t = app.t.boardPrint;
    await expect(print.sheetHeadings()).toHaveText(['Edgars Jansons', 'Ilze Kalniņa', 'Jānis Bērziņš', 'Kārlis Eglītis', 'Mārtiņš Ozoliņš', 'Raivis Zariņš']);
    const janis = print.sheet('Jānis Bērziņš');
    await expect(janis).toContainText('Dispatch team: Rīga Centrs · Period: 26/03/2031');
    await expect(janis.locator('tbody tr')).toHaveCount(2);
    for (const visit of [a, b]) {
      const row = print.visitRow('Jānis Bērziņš', visit.order.number);
      await expect(row).toContainText(visit.time);
      await expect(row).toContainText('Wed, 26/03/2031');
      await expect(row).toContainText(visit.order.customer);
      await expect(row).toContainText(`${visit.order.address}, ${visit.order.city}`);
    }
    await expect(janis.locator('tbody tr').first()).toContainText(a.order.number);
    await expect(janis).toContainText('Visits: 2 · Planned hours: 2.5');
    await expect(print.visitRow('Ilze Kalniņa', c.order.number)).toContainText(c.time);
    await expect(print.sheet('Edgars Jansons')).toContainText(t.noVisits);
    await expect(print.sheet('Edgars Jansons')).toContainText('Visits: 0 · Planned hours: 0');
    await saveScreenshot(page, 'board-print-technician.png', testInfo.outputPath('board-print-technician.png'));

    await expectPrintedWithoutApp(app, print);
    const pages = await printedPages(page, testInfo, 'board-print-technician');
    expect(pages).toHaveLength(6);
    expect(pages[2]).toContain('Jānis Bērziņš');
    expect(pages[2]).toContain(a.order.number);
    expect(pages[2]).toContain(b.order.number);
    expect(pages[1]).toContain(c.order.number);
    expect(pages[0]).toContain(t.noVisits);
    expect(pages.join('')).not.toContain(app.t.nav.orders);
  });

  test('per team for a week: a table per team, a column per day, times right across the clock change', async ({ app, host, page }, testInfo) => {
    const { visits } = await world(host);
    const [a, b, c, d] = visits;
    if (!a || !b || !c || !d) throw new Error('world() plans four visits');
    const print = new BoardPrintView(app.ui, host.baseUrl);
    await print.open('team', 'week', WEDNESDAY);

    await expect(print.sheetHeadings()).toHaveText(['Kurzeme/Vidzeme reģioni', 'Rīga Centrs', 'Rīga Pierīga']);
    const centre = print.sheet('Rīga Centrs');
    await expect(centre).toContainText('Period: 24/03/2031 – 30/03/2031');
    await expect(centre.getByRole('columnheader')).toHaveText([
      'Technician',
      'Mon, 24/03/2031',
      'Tue, 25/03/2031',
      'Wed, 26/03/2031',
      'Thu, 27/03/2031',
      'Fri, 28/03/2031',
      'Sat, 29/03/2031',
      'Sun, 30/03/2031',
    ]);
    const janisWednesday = print.teamRow('Rīga Centrs', 'Jānis Bērziņš').getByRole('cell').nth(2);
    await expect(janisWednesday.getByRole('listitem')).toHaveText([
      `${a.time} ${a.order.number} ${a.order.customer}, ${a.order.city}`,
      `${b.time} ${b.order.number} ${b.order.customer}, ${b.order.city}`,
    ]);
    const ilze = print.teamRow('Rīga Centrs', 'Ilze Kalniņa').getByRole('cell');
    await expect(ilze.nth(2)).toHaveText(`${c.time} ${c.order.number} ${c.order.customer}, ${c.order.city}`);
    await expect(ilze.nth(6), 'Sunday 07:00 UTC is 10:00 in Riga summer time').toHaveText(`10:00–11:00 ${d.order.number} ${d.order.customer}, ${d.order.city}`);
    await expect(print.teamRow('Rīga Centrs', 'Edgars Jansons').getByRole('listitem')).toHaveCount(0);
    await saveScreenshot(page, 'board-print-team.png', testInfo.outputPath('board-print-team.png'));

    await expectPrintedWithoutApp(app, print);
    const pages = await printedPages(page, testInfo, 'board-print-team');
    expect(pages).toHaveLength(3);
    expect(pages[1]).toContain('Rīga Centrs');
    for (const visit of visits) expect(pages[1]).toContain(visit.order.number);
    expect(pages[0]).not.toContain(a.order.number);
  });

  test('the toolbar picks layout, period, date and team; Print opens the print dialog', async ({ app, host, page }) => {
    const { teamId, visits } = await world(host);
    const print = new BoardPrintView(app.ui, host.baseUrl);
    await print.open('technician', 'day', '2031-03-25');
    const t = app.t.boardPrint;
    const toolbar = print.toolbar();
    await expect(print.sheetHeadings()).toHaveCount(16);

    await toolbar.getByLabel(t.date, { exact: true }).fill(WEDNESDAY);
    await toolbar.getByRole('combobox', { name: t.team, exact: true }).selectOption({ label: 'Rīga Centrs' });
    await expect(page).toHaveURL(new RegExp(`#/board/print/technician/day/${WEDNESDAY}/${teamId}$`));
    await print.loaded();
    await expect(print.sheetHeadings()).toHaveCount(6);
    await expect(print.sheet('Jānis Bērziņš')).toContainText(visits[0]?.order.number ?? '');

    await toolbar.getByRole('combobox', { name: t.by, exact: true }).selectOption({ label: t.byTeam });
    await toolbar.getByRole('combobox', { name: t.span, exact: true }).selectOption({ label: t.week });
    await expect(page).toHaveURL(new RegExp(`#/board/print/team/week/${WEDNESDAY}/${teamId}$`));
    await print.loaded();
    await expect(print.sheetHeadings()).toHaveText(['Rīga Centrs']);
    await expect(toolbar.getByRole('link', { name: t.back })).toHaveAttribute('href', `#/board/${WEDNESDAY}/week`);

    // window.print() opens the system dialog, which a test cannot press; count the calls instead.
    await page.evaluate(() => {
      const counted = window as Window & { printCalls?: number };
      counted.printCalls = 0;
      window.print = () => {
        counted.printCalls = (counted.printCalls ?? 0) + 1;
      };
    });
    await toolbar.getByRole('button', { name: t.print, exact: true }).click();
    expect(await page.evaluate(() => (window as Window & { printCalls?: number }).printCalls)).toBe(1);
  });

  test('a technician sheet longer than a page repeats its column headings on every page', async ({ app, host, page }, testInfo) => {
    await host.apiValue('system.loadDemo', {});
    const janis = await technicianId(host, 'Jānis Bērziņš');
    const customers = await host.apiValue('customers.list', { pageSize: 1 });
    const customerId = customers.rows[0]?.id;
    if (customerId === undefined) throw new Error('The demo company has no customers');
    // Eight half-hour visits a day, Monday to Friday: 40 rows, more than one A4 page holds.
    const changes: ScheduleChange[] = [];
    for (let day = 0; day < 5; day++) {
      for (let slot = 0; slot < 8; slot++) {
        const order = await host.apiValue('orders.create', { description: `Apkope ${day}-${slot}`, customerId });
        const start = new Date(Date.UTC(2031, 2, 24 + day, 6) + slot * 30 * 60_000);
        changes.push({ orderId: order.id, version: order.version, workerId: janis, start: start.toISOString(), end: new Date(start.getTime() + 30 * 60_000).toISOString() });
      }
    }
    await host.apiValue('dispatch.schedule', { changes, confirmWarnings: true });

    const print = new BoardPrintView(app.ui, host.baseUrl);
    const team = (await host.apiValue('dispatch.technicians', { from: '2031-03-23T00:00:00Z', to: '2031-04-01T00:00:00Z' })).technicians.find((t) => t.id === janis)?.team;
    await print.open('technician', 'week', WEDNESDAY, String(team?.id));
    await expect(print.sheet('Jānis Bērziņš').locator('tbody tr')).toHaveCount(40);
    await expect(print.sheet('Jānis Bērziņš')).toContainText('Visits: 40 · Planned hours: 20');

    await page.emulateMedia({ media: 'print' });
    const pages = await printedPages(page, testInfo, 'board-print-long');
    const janisPages = pages.filter((text) => text.includes('Apkope'));
    expect(janisPages.length).toBeGreaterThan(1);
    const headings = Object.values(app.t.boardPrint.columns);
    for (const text of janisPages) for (const heading of headings) expect(text).toContain(heading);
  });
});
