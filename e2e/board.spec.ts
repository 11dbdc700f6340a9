import { DAY, at, createBoardWorld, expectStored, inQueue, type BoardWorld } from './board-world';
import { expect, test, type App, type Host } from './fixtures';
import { BoardScreen } from './page-models/board';
import { fill } from './page-models/ui';

/**
 * The dispatch board with the mouse, as a dispatcher uses it: from the queue onto a technician's row,
 * moving, resizing and unscheduling bars, a drop the rules block and one they warn about, undo and
 * redo. What was saved is checked through the API.
 */

test.use({ viewport: { width: 1920, height: 1080 } });

async function openBoard(app: App, host: Host): Promise<{ board: BoardScreen; world: BoardWorld }> {
  const world = await createBoardWorld(host);
  // The database was filled through the API after the page opened: load the app again, on the board.
  await app.page.goto(`${host.baseUrl}#/board/${DAY}/day`);
  await app.page.reload();
  const board = new BoardScreen(app.ui);
  await board.expectReady();
  await expect(board.barIn(world.janis, world.placed.p.id)).toBeVisible();
  return { board, world };
}

test.describe('The dispatch board by mouse', () => {
  test('drag an order from the queue onto a technician’s row', async ({ app, host }) => {
    const { board, world } = await openBoard(app, host);
    const { a } = world.queued;
    await board.drag(await board.queueCardPoint(a.number), await board.pointAt(world.janis, DAY, '13:00'));

    await expect(board.barIn(world.janis, a.id)).toBeVisible();
    await expectStored(host, a.id, { workerId: world.janis, start: at('13:00'), end: at('14:00') });
    await expect(board.queueCard(a.number)).toHaveCount(0);
    expect(await inQueue(host, a.id)).toBe(false);
  });

  test('move a bar to another time and technician', async ({ app, host }) => {
    const { board, world } = await openBoard(app, host);
    const { p } = world.placed;
    await board.drag(await board.barStart(p.id), await board.pointAt(world.peteris, DAY, '14:00'));

    await expectStored(host, p.id, { workerId: world.peteris, start: at('14:00'), end: at('15:00') });
    await expect(board.barIn(world.peteris, p.id)).toBeVisible();
    await expect(board.barIn(world.janis, p.id)).toHaveCount(0);
  });

  test('resize a bar to make the visit longer', async ({ app, host }) => {
    const { board, world } = await openBoard(app, host);
    const { q } = world.placed;
    const end = await board.barEnd(q.id);
    const target = await board.pointAt(world.peteris, DAY, '14:00');
    // Left of the slot's start, as the grab was left of the bar's end.
    await board.drag(end, { x: target.x - 5, y: end.y });

    await expectStored(host, q.id, { workerId: world.peteris, start: at('12:00'), end: at('14:00') });
  });

  test('drag a bar back onto the queue to unschedule it', async ({ app, host }) => {
    const { board, world } = await openBoard(app, host);
    const { p } = world.placed;
    await board.drag(await board.barStart(p.id), await board.queuePoint());

    await expectStored(host, p.id, null);
    await expect.poll(() => inQueue(host, p.id)).toBe(true);
    await expect(board.bar(p.id)).toHaveCount(0);
    await expect(board.queueCard(p.number)).toBeVisible();
  });

  test('a drop onto another visit is refused, with the reason shown', async ({ app, host }) => {
    const { board, world } = await openBoard(app, host);
    const { b } = world.queued;
    await board.drag(await board.queueCardPoint(b.number), await board.pointAt(world.janis, DAY, '10:30'));

    await expect(board.indicator()).toContainText(app.t.board.indicator.blocked);
    await expect(board.indicator()).toContainText(world.placed.p.number);
    // A save of the refused drop would have gone before this allowed one: once this one is stored, b is known to be untouched.
    const { a } = world.queued;
    await board.drag(await board.queueCardPoint(a.number), await board.pointAt(world.janis, DAY, '14:00'));
    await expectStored(host, a.id, { workerId: world.janis, start: at('14:00'), end: at('15:00') });
    await expect(board.bar(b.id)).toHaveCount(0);
    expect(await inQueue(host, b.id)).toBe(true);
    await expectStored(host, b.id, null);
  });

  test('a bar released over a team header is not saved at the last allowed place it passed', async ({ app, host }) => {
    const { board, world } = await openBoard(app, host);
    const { p, q } = world.placed;
    const from = await board.barStart(q.id);
    const allowed = await board.pointAt(world.janis, DAY, '14:00');
    const lane = await board.teamLane().boundingBox();
    if (!lane) throw new Error('The team header row is not on the board');
    const mouse = app.page.mouse;
    await mouse.move(from.x, from.y);
    await mouse.down();
    await mouse.move(from.x + 4, from.y + 4, { steps: 4 });
    await mouse.move(allowed.x, allowed.y, { steps: 12 });
    await expect(board.indicator()).toContainText(app.t.board.indicator.free);
    await mouse.move(allowed.x, lane.y + lane.height / 2, { steps: 8 });
    await mouse.up();

    // A later allowed move is stored; had the first release been saved, it would have been stored before it.
    await board.drag(await board.barStart(p.id), await board.pointAt(world.janis, DAY, '15:00'));
    await expectStored(host, p.id, { workerId: world.janis, start: at('15:00'), end: at('16:00') });
    await expectStored(host, q.id, { workerId: world.peteris, start: at('12:00'), end: at('13:00') });
    await expect(board.barIn(world.peteris, q.id)).toBeVisible();
  });

  test('a drop outside working hours asks first: cancel keeps it queued, confirm saves it', async ({ app, host }) => {
    const { board, world } = await openBoard(app, host);
    const { c } = world.queued;
    const outsideHours = fill(app.t.board.conflict.outsideHours, { open: '08:00', close: '17:00', date: '04/01/2027' });

    await board.drag(await board.queueCardPoint(c.number), await board.pointAt(world.peteris, DAY, '07:00'));
    await expect(board.confirmDialog()).toBeVisible();
    await expect(board.confirmDialog()).toContainText(outsideHours);
    await board.confirmDialog().getByRole('button', { name: app.t.board.confirm.cancel }).click();
    await expect(board.confirmDialog()).toHaveCount(0);
    await expect(board.bar(c.id)).toHaveCount(0);
    expect(await inQueue(host, c.id)).toBe(true);

    await board.drag(await board.queueCardPoint(c.number), await board.pointAt(world.peteris, DAY, '07:00'));
    await board.confirmDialog().getByRole('button', { name: app.t.board.confirm.confirm }).click();
    await expectStored(host, c.id, { workerId: world.peteris, start: at('07:00'), end: at('08:00') });
    await expect(board.barIn(world.peteris, c.id)).toBeVisible();
  });

  test('undo and redo a move with Ctrl+Z and Ctrl+Y', async ({ app, host }) => {
    const { board, world } = await openBoard(app, host);
    const { p } = world.placed;
    await board.drag(await board.barStart(p.id), await board.pointAt(world.janis, DAY, '14:00'));
    await expectStored(host, p.id, { workerId: world.janis, start: at('14:00'), end: at('15:00') });
    await expect(board.root().getByRole('button', { name: app.t.board.undo })).toBeEnabled();

    await app.page.keyboard.press('Control+z');
    await expectStored(host, p.id, { workerId: world.janis, start: at('10:00'), end: at('11:00') });
    await expect(board.root().getByRole('button', { name: app.t.board.redo })).toBeEnabled();

    await app.page.keyboard.press('Control+y');
    await expectStored(host, p.id, { workerId: world.janis, start: at('14:00'), end: at('15:00') });
    await expect(board.barIn(world.janis, p.id)).toBeVisible();
  });

  test('Ctrl-click two bars and move both by the same time', async ({ app, host }) => {
    const { board, world } = await openBoard(app, host);
    const { p, q } = world.placed;
    await board.bar(p.id).click();
    await board.bar(q.id).click({ modifiers: ['Control'] });
    await expect(board.details()).toContainText(fill(app.t.board.details.selected, { count: 2 }));

    // Jānis 10:00 -> 12:00 moves Pēteris's 12:00 visit to 14:00 as well; each keeps its technician.
    await board.drag(await board.barStart(p.id), await board.pointAt(world.janis, DAY, '12:00'));
    await expectStored(host, p.id, { workerId: world.janis, start: at('12:00'), end: at('13:00') });
    await expectStored(host, q.id, { workerId: world.peteris, start: at('14:00'), end: at('15:00') });
    await expect(board.barIn(world.peteris, q.id)).toBeVisible();
  });
});
