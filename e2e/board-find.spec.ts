import { DAY, createBoardWorld, inQueue } from './board-world';
import { expect, test } from './fixtures';
import { BoardScreen } from './page-models/board';
import { fill } from './page-models/ui';

/** Finding an order by number from other days, and the filters the rows, bars and queue share. */

test.use({ viewport: { width: 1920, height: 1080 } });

test('find an order by number: the board goes to its day and selects its bar; a queued one is shown in the queue', async ({ app, host }) => {
  const world = await createBoardWorld(host);
  // Planned eight weeks after its preferred date, so only the order's own place can lead there.
  const { q } = world.placed;
  const stored = await host.apiValue('orders.get', { id: q.id });
  await host.apiValue('dispatch.schedule', {
    changes: [{ orderId: q.id, version: stored.version, workerId: world.peteris, start: '2027-03-01T10:00:00.000Z', end: '2027-03-01T11:00:00.000Z' }],
  });
  const page = app.page;
  await page.goto(`${host.baseUrl}#/board/2027-02-01/week`);
  await page.reload();
  const board = new BoardScreen(app.ui);
  await board.expectReady();
  const t = app.t.board;
  const find = page.getByRole('search', { name: t.find.label });

  await find.getByRole('searchbox', { name: t.find.number }).fill(world.placed.q.number);
  await find.getByRole('button', { name: t.find.submit }).click();
  await expect(board.barIn(world.peteris, world.placed.q.id)).toHaveClass(/is-selected/);
  await expect(board.details().getByRole('heading', { name: world.placed.q.number })).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`#/board/2027-03-01/week$`));

  await find.getByRole('searchbox', { name: t.find.number }).fill(world.queued.c.number);
  await find.getByRole('button', { name: t.find.submit }).click();
  await expect(page.getByRole('status').filter({ hasText: fill(t.find.inQueue, { number: world.queued.c.number }) })).toBeVisible();
  await expect(board.queueCard(world.queued.c.number)).toHaveClass(/is-highlighted/);
});

test('the priority filter narrows the bars and the queue; collapsing a team hides its rows', async ({ app, host }) => {
  const world = await createBoardWorld(host);
  await host.apiValue('orders.update', { ...(await orderHeader(host, world.placed.p.id)), priority: 'high' });
  const page = app.page;
  await page.goto(`${host.baseUrl}#/board/${DAY}/day`);
  await page.reload();
  const board = new BoardScreen(app.ui);
  await board.expectReady();
  const t = app.t.board;

  await page.getByRole('combobox', { name: t.filters.priority }).selectOption({ label: t.priorities.high });
  await expect(board.bar(world.placed.q.id)).toHaveCount(0);
  await expect(board.bar(world.placed.p.id)).toBeVisible();
  await expect(board.queue().getByRole('listitem')).toHaveText([t.queue.empty]);

  await page.getByRole('combobox', { name: t.filters.priority }).selectOption({ label: t.filters.anyPriority });
  await expect(board.bar(world.placed.q.id)).toBeVisible();
  const toggle = page.getByRole('button', { name: fill(t.collapseTeam, { name: 'Ziemeļu komanda' }) });
  await toggle.click();
  await expect(page.getByRole('button', { name: fill(t.expandTeam, { name: 'Ziemeļu komanda' }) })).toHaveAttribute('aria-expanded', 'false');
  await expect(board.lane(world.janis)).toHaveCount(0);
  await expect(board.bar(world.placed.p.id)).toHaveCount(0);
});

test('with a filter on, a drop next to a visit the filter hides is still refused while dragging', async ({ app, host }) => {
  const world = await createBoardWorld(host);
  const { a } = world.queued;
  await host.apiValue('orders.update', { ...(await orderHeader(host, a.id)), priority: 'high' });
  const page = app.page;
  await page.goto(`${host.baseUrl}#/board/${DAY}/day`);
  await page.reload();
  const board = new BoardScreen(app.ui);
  await board.expectReady();
  const t = app.t.board;

  // Only high priority: Jānis's normal-priority visit 10:00–11:00 is hidden, the high-priority order a is queued.
  await page.getByRole('combobox', { name: t.filters.priority }).selectOption({ label: t.priorities.high });
  await expect(board.bar(world.placed.p.id)).toHaveCount(0);
  await expect(board.queueCard(a.number)).toBeVisible();
  await board.drag(await board.queueCardPoint(a.number), await board.pointAt(world.janis, DAY, '10:30'));

  await expect(board.indicator()).toContainText(t.indicator.blocked);
  await expect(board.indicator()).toContainText(world.placed.p.number);
  expect(await inQueue(host, a.id)).toBe(true);
});

/** The order's header fields as orders.update wants them back. */
async function orderHeader(host: Parameters<typeof createBoardWorld>[0], id: number) {
  const o = await host.apiValue('orders.get', { id });
  return {
    id,
    version: o.version,
    description: o.description,
    customerId: o.customer.id,
    priority: o.priority,
    preferredDate: o.preferredDate,
    serviceCity: o.serviceCity,
  };
}
