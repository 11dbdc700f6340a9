import { DAY, at, createBoardWorld, expectStored } from './board-world';
import { expect, openInNewContext, test } from './fixtures';
import { BoardScreen } from './page-models/board';

/** Two people on one host: a change made on one board appears on the other without a reload. */

const viewport = { width: 1920, height: 1080 };
test.use({ viewport });

test('a second page sees a bar moved on the first within a few seconds', async ({ app, host, browser }) => {
  const world = await createBoardWorld(host);
  const first = app.page;
  await first.goto(`${host.baseUrl}#/board/${DAY}/day`);
  await first.reload();
  const board = new BoardScreen(app.ui);
  await board.expectReady();

  const other = await openInNewContext(browser, host, { lang: 'en', viewport });
  try {
    const otherBoard = new BoardScreen(other.app.ui);
    await otherBoard.open(DAY, 'day');
    const { q } = world.placed;
    await expect(otherBoard.barIn(world.peteris, q.id)).toBeVisible();

    await board.drag(await board.barStart(q.id), await board.pointAt(world.janis, DAY, '14:00'));
    await expectStored(host, q.id, { workerId: world.janis, start: at('14:00'), end: at('15:00') });

    await expect(otherBoard.barIn(world.janis, q.id)).toBeVisible({ timeout: 6000 });
    await expect(otherBoard.barIn(world.peteris, q.id)).toHaveCount(0);
  } finally {
    await other.context.close();
  }
});

test('a drag held while another change arrives is not lost: the refresh waits for the release', async ({ app, host }) => {
  const world = await createBoardWorld(host);
  await app.page.goto(`${host.baseUrl}#/board/${DAY}/day`);
  await app.page.reload();
  const board = new BoardScreen(app.ui);
  await board.expectReady();
  const { p, q } = world.placed;
  await expect(board.barIn(world.peteris, q.id)).toBeVisible();

  const from = await board.barStart(q.id);
  const to = await board.pointAt(world.janis, DAY, '14:00');
  const mouse = app.page.mouse;
  await mouse.move(from.x, from.y);
  await mouse.down();
  await mouse.move(from.x + 4, from.y + 4, { steps: 4 });
  await mouse.move(to.x, to.y, { steps: 12 });
  // Someone else moves another visit while the bar is in the air; the board's poll sees it meanwhile.
  const other = (await host.apiValue('orders.get', { id: p.id })) as { version: number };
  await host.apiValue('dispatch.schedule', { changes: [{ orderId: p.id, version: other.version, workerId: world.janis, start: at('08:00'), end: at('09:00') }] });
  await app.page.waitForTimeout(2600);
  await mouse.move(to.x, to.y, { steps: 2 });
  await mouse.up();

  await expectStored(host, q.id, { workerId: world.janis, start: at('14:00'), end: at('15:00') });
  await expect(board.barIn(world.janis, q.id)).toBeVisible();
  await expect(board.barIn(world.janis, p.id)).toBeVisible();
});

test("the board's own save is not taken for someone else's change: no full reload follows it", async ({ app, host }) => {
  const world = await createBoardWorld(host);
  await app.page.goto(`${host.baseUrl}#/board/${DAY}/day`);
  await app.page.reload();
  const board = new BoardScreen(app.ui);
  await board.expectReady();
  const rowLoads: string[] = [];
  app.page.on('request', (request) => {
    if (request.url().endsWith('/api/dispatch.technicians')) rowLoads.push(request.url());
  });
  const revisionPolls = () => app.page.waitForResponse((response) => response.url().endsWith('/api/dispatch.revision'));

  const { q } = world.placed;
  await board.drag(await board.barStart(q.id), await board.pointAt(world.janis, DAY, '14:00'));
  await expectStored(host, q.id, { workerId: world.janis, start: at('14:00'), end: at('15:00') });
  // Two polls after the save have seen its revision.
  await revisionPolls();
  await revisionPolls();
  expect(rowLoads).toEqual([]);

  // A change from elsewhere still reloads.
  const p = await host.apiValue('orders.get', { id: world.placed.p.id });
  await host.apiValue('dispatch.schedule', { changes: [{ orderId: p.id, version: p.version, workerId: world.peteris, start: at('08:00'), end: at('09:00') }] });
  await expect(board.barIn(world.peteris, p.id)).toBeVisible({ timeout: 6000 });
  expect(rowLoads.length).toBeGreaterThan(0);
});
