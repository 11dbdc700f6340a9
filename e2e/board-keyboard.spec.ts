import { DAY, at, createBoardWorld, expectStored, inQueue } from './board-world';
import { expect, test } from './fixtures';
import { BoardScreen } from './page-models/board';

/** Every drag has a keyboard path: the dispatch dialog, reached and filled without the mouse. */

test.use({ viewport: { width: 1920, height: 1080 } });

test('dispatch an order from the queue with the keyboard only', async ({ app, host }) => {
  const world = await createBoardWorld(host);
  const page = app.page;
  await page.goto(`${host.baseUrl}#/board/${DAY}/day`);
  await page.reload();
  const board = new BoardScreen(app.ui);
  await board.expectReady();
  const { d } = world.queued;
  const t = app.t.board;

  // From the queue's sort direction button, Tab through the cards to this order's "Dispatch…" button.
  await board.queue().getByRole('button', { name: t.queue.ascending }).focus();
  await expect(board.dispatchButton(d.number)).toBeVisible();
  await board.tabTo(board.dispatchButton(d.number));
  await page.keyboard.press('Enter');

  const dialog = board.dispatchDialog(d.number);
  await expect(dialog).toBeVisible();
  const technician = dialog.getByRole('combobox', { name: t.dialog.technician });
  await expect(technician).toBeFocused();
  // Type-ahead picks Pēteris Ozols; the date is the order's preferred date and the start 08:00.
  await page.keyboard.type('P');
  await expect(technician.locator('option:checked')).toHaveText('Pēteris Ozols (T002)');
  await expect(dialog.getByLabel(t.dialog.date)).toHaveValue(DAY);
  await expect(dialog.getByLabel(t.dialog.start)).toHaveValue('08:00');
  await page.keyboard.press('Tab');
  await expect(dialog.getByLabel(t.dialog.date)).toBeFocused();
  // On through the date's and the time's parts to the duration, then type 90 minutes.
  const minutes = dialog.getByRole('spinbutton', { name: t.dialog.minutes });
  await board.tabTo(minutes);
  await page.keyboard.press('Control+a');
  await page.keyboard.type('90');
  await page.keyboard.press('Enter');

  await expect(dialog).toHaveCount(0);
  await expectStored(host, d.id, { workerId: world.peteris, start: at('08:00'), end: at('09:30') });
  await expect(board.barIn(world.peteris, d.id)).toBeVisible();
  expect(await inQueue(host, d.id)).toBe(false);
});

test('open a bar’s dialog with Enter and move it to another technician', async ({ app, host }) => {
  const world = await createBoardWorld(host);
  const page = app.page;
  await page.goto(`${host.baseUrl}#/board/${DAY}/day`);
  await page.reload();
  const board = new BoardScreen(app.ui);
  await board.expectReady();
  const { p } = world.placed;

  await board.bar(p.id).focus();
  await page.keyboard.press('Enter');
  const dialog = board.dispatchDialog(p.number);
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel(app.t.board.dialog.start)).toHaveValue('10:00');
  await page.keyboard.type('P');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');

  await expectStored(host, p.id, { workerId: world.peteris, start: at('10:00'), end: at('11:00') });
  await expect(board.barIn(world.peteris, p.id)).toBeVisible();
});
