import type { Page } from '@playwright/test';
import { expect, openInNewContext, saveScreenshot, test, type Host } from './fixtures';
import { BoardScreen } from './page-models/board';
import type { Lang } from './page-models/ui';

/**
 * The board as a person sees it, saved for review in both languages: the demo company with a day of
 * visits (Monday 6 January 2031, clear of the demo's own dates), one technician away on training and
 * one bar selected.
 */

const DAY = '2031-01-06';
const viewport = { width: 1600, height: 900 };
test.use({ viewport });

/** Local time on DAY (Riga is UTC+2 in January). */
const at = (h: number, m = 0) => new Date(Date.UTC(2031, 0, 6, h - 2, m)).toISOString();

async function busyDay(host: Host): Promise<number> {
  await host.apiValue('system.loadDemo', {});
  const { technicians } = await host.apiValue('dispatch.technicians', { from: at(0), to: at(24) });
  const queue = await host.apiValue('dispatch.queue', { sort: 'number', pageSize: 14 });
  const starts = [
    [8, 0],
    [12, 30],
  ] as const;
  const changes = queue.rows.map((order, i) => {
    const tech = technicians[i % 10];
    const [h, m] = starts[Math.floor(i / 10)] ?? [15, 0];
    if (!tech) throw new Error('The demo company has fewer than ten technicians');
    const start = at(h + (i % 3), m);
    return { orderId: order.orderId, version: order.version, workerId: tech.id, start, end: new Date(Date.parse(start) + order.durationMinutes * 60_000).toISOString() };
  });
  // Warnings (skills and SLA deadlines of demo orders) are accepted, as a dispatcher would.
  await host.apiValue('dispatch.schedule', { changes, confirmWarnings: true });
  const away = technicians[10];
  if (away) await host.apiValue('absences.create', { workerId: away.id, kind: 'training', fromDate: DAY, toDate: DAY });
  return changes[0]?.orderId ?? 0;
}

async function shoot(page: Page, lang: Lang, selected: number, outputPath: string): Promise<void> {
  const board = new BoardScreen(new (await import('./page-models/ui')).Ui(page, lang));
  await board.open(DAY, 'day');
  await expect(board.bar(selected)).toBeVisible();
  await board.bar(selected).click();
  await expect(board.details()).toBeVisible();
  await page.mouse.move(0, 0);
  await saveScreenshot(page, `board-${lang}.png`, outputPath);
}

test('screenshots of the board in Latvian and English', async ({ app, host, browser }, testInfo) => {
  const selected = await busyDay(host);
  await app.page.reload();
  await shoot(app.page, 'en', selected, testInfo.outputPath('board-en.png'));

  const lv = await openInNewContext(browser, host, { lang: 'lv', locale: 'lv-LV', viewport });
  try {
    await shoot(lv.page, 'lv', selected, testInfo.outputPath('board-lv.png'));
  } finally {
    await lv.context.close();
  }
});
