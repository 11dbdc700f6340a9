import { DAY, at, createBoardWorld, expectStored, inQueue } from './board-world';
import { expect, test } from './fixtures';
import { BoardScreen } from './page-models/board';
import { fill } from './page-models/ui';

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

test('select two bars with the keyboard and move them together by an hour', async ({ app, host }) => {
  const world = await createBoardWorld(host);
  const page = app.page;
  await page.goto(`${host.baseUrl}#/board/${DAY}/day`);
  await page.reload();
  const board = new BoardScreen(app.ui);
  await board.expectReady();
  const { p, q } = world.placed;
  const t = app.t.board;

  // From the order search, Tab to Jānis’s bar and add it to the selection; Ctrl+Space opens no dialog.
  await page.getByRole('searchbox', { name: t.find.number }).focus();
  await board.tabTo(board.bar(p.id));
  await expect(board.bar(p.id)).toHaveAttribute('role', 'button');
  await expect(board.bar(p.id)).toHaveAttribute('aria-pressed', 'false');
  await page.keyboard.press('Control+Space');
  await expect(board.bar(p.id)).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await board.tabTo(board.bar(q.id));
  await page.keyboard.press('Shift+Space');
  await expect(board.bar(q.id)).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('Control+Space');
  await expect(board.bar(q.id)).toHaveAttribute('aria-pressed', 'false');
  await page.keyboard.press('Control+Space');
  await expect(board.bar(p.id)).toHaveAttribute('aria-pressed', 'true');
  await expect(board.bar(q.id)).toHaveAttribute('aria-pressed', 'true');

  // On to the details panel’s "Move selected…", which opens the group move with the days field focused.
  const moveSelected = board.details().getByRole('button', { name: t.details.moveSelected });
  await board.tabTo(moveSelected);
  await page.keyboard.press('Enter');
  const dialog = board.groupMoveDialog(2);
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('spinbutton', { name: t.groupMove.days })).toBeFocused();
  await page.keyboard.press('Tab');
  const minutes = dialog.getByRole('spinbutton', { name: fill(t.groupMove.minutes, { step: 5 }) });
  await expect(minutes).toBeFocused();
  await page.keyboard.press('Control+a');
  await page.keyboard.type('60');
  // The new local times are shown before anything is saved.
  const newTimes = dialog.getByRole('list', { name: t.groupMove.newTimes });
  await expect(newTimes.getByRole('listitem').filter({ hasText: p.number })).toContainText(/→ \S+ 11:00–12:00$/);
  await expect(newTimes.getByRole('listitem').filter({ hasText: q.number })).toContainText(/→ \S+ 13:00–14:00$/);
  await page.keyboard.press('Enter');

  await expect(dialog).toHaveCount(0);
  await expectStored(host, p.id, { workerId: world.janis, start: at('11:00'), end: at('12:00') });
  await expectStored(host, q.id, { workerId: world.peteris, start: at('13:00'), end: at('14:00') });
  await expect(board.barIn(world.janis, p.id)).toBeVisible();
  await expect(board.barIn(world.peteris, q.id)).toBeVisible();

  // One step on the undo stack: Ctrl+Z puts both back.
  await page.keyboard.press('Control+z');
  await expectStored(host, p.id, { workerId: world.janis, start: at('10:00'), end: at('11:00') });
  await expectStored(host, q.id, { workerId: world.peteris, start: at('12:00'), end: at('13:00') });
});
