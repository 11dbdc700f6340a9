import { expect, type Locator, type Page } from '@playwright/test';
import { fill, type Ui } from './ui';

/** A point on the screen. */
interface Point {
  x: number;
  y: number;
}

/**
 * The dispatch board. FullCalendar's grid has no roles to speak of, so rows, slots and bars are found
 * by the attributes the board sets for its benchmark and tests (data-resource-id, data-date,
 * data-order-id); everything the board adds itself is found by role and label.
 */
export class BoardScreen {
  constructor(private readonly ui: Ui) {}

  private get page(): Page {
    return this.ui.page;
  }

  private get t() {
    return this.ui.t.board;
  }

  root(): Locator {
    return this.page.locator('.board');
  }

  /** Opens `#/board/<date>/<view>` and waits until rows and bars are drawn. */
  async open(date: string, view: 'day' | '3days' | 'week' | '2weeks' = 'day'): Promise<void> {
    const hash = `#/board/${date}/${view}`;
    // A board still drawing its first days writes their address back (replaceState) and can overwrite
    // a hash set at that moment, as a person typing an address during the load could see: set it
    // again until the board shows that place.
    await expect(async () => {
      await this.page.evaluate((target) => {
        if (window.location.hash !== target) window.location.hash = target;
      }, hash);
      await expect(this.root()).toHaveAttribute('data-board-state', 'ready', { timeout: 2000 });
      await expect(this.page).toHaveURL(new RegExp(`${hash}$`), { timeout: 1000 });
    }).toPass({ timeout: 15_000 });
  }

  async expectReady(): Promise<void> {
    await expect(this.root()).toHaveAttribute('data-board-state', 'ready');
  }

  bar(orderId: number): Locator {
    return this.page.locator(`.board-bar[data-order-id="${orderId}"]`);
  }

  /** A technician's row on the timeline (its lane holds the bars). */
  lane(workerId: number): Locator {
    return this.page.locator(`.fc-timeline-lane[data-resource-id="${workerId}"]`);
  }

  /** The lane of a dispatch team's header row (not a drop target). */
  teamLane(): Locator {
    return this.page.locator('.fc-timeline-lane[data-resource-id^="team:"]').first();
  }

  barIn(workerId: number, orderId: number): Locator {
    return this.lane(workerId).locator(`.board-bar[data-order-id="${orderId}"]`);
  }

  /** The header cell of the slot starting at this local date and time ("2027-01-04", "10:00"). */
  slot(date: string, time: string): Locator {
    return this.page.locator(`th.fc-timeline-slot[data-date="${date}T${time}:00"]`);
  }

  queue(): Locator {
    return this.page.getByRole('region', { name: this.t.queue.title });
  }

  queueCard(number: string): Locator {
    return this.queue().getByRole('listitem').filter({ hasText: number });
  }

  dispatchButton(number: string): Locator {
    return this.queue().getByRole('button', { name: fill(this.t.dispatchOrder, { number }), exact: true });
  }

  indicator(): Locator {
    return this.page.getByRole('status', { name: this.t.indicator.label });
  }

  notice(): Locator {
    return this.page.locator('.board-notice');
  }

  confirmDialog(): Locator {
    return this.page.getByRole('dialog', { name: this.t.confirm.title });
  }

  dispatchDialog(number: string): Locator {
    return this.page.getByRole('dialog', { name: fill(this.t.dialog.title, { number }) });
  }

  details(): Locator {
    return this.page.getByRole('region', { name: this.t.details.title });
  }

  groupMoveDialog(count: number): Locator {
    return this.page.getByRole('dialog', { name: fill(this.t.groupMove.title, { count }) });
  }

  /** Just inside the start of a slot, in the middle of a technician's row. */
  async pointAt(workerId: number, date: string, time: string): Promise<Point> {
    const slot = await box(this.slot(date, time));
    const lane = await box(this.lane(workerId));
    return { x: slot.x + 3, y: lane.y + lane.height / 2 };
  }

  /** Presses Tab until `target` has the focus, as a keyboard user moves through the page. */
  async tabTo(target: Locator, maxPresses = 40): Promise<void> {
    for (let i = 0; i < maxPresses; i++) {
      if (await target.evaluate((el) => el === document.activeElement)) return;
      await this.page.keyboard.press('Tab');
    }
    await expect(target).toBeFocused();
  }

  /** A mouse drag in small steps: FullCalendar starts a drag only after the pointer has moved a few times. */
  async drag(from: Point, to: Point): Promise<void> {
    const mouse = this.page.mouse;
    await mouse.move(from.x, from.y);
    await mouse.down();
    await mouse.move(from.x + 4, from.y + 4, { steps: 4 });
    await mouse.move(to.x, to.y, { steps: 12 });
    await mouse.move(to.x, to.y, { steps: 2 });
    await mouse.up();
  }

  /**
   * Grabs a bar near its start (past the start's resize handle), so the drop lands the start on the
   * slot under the pointer.
   */
  async barStart(orderId: number): Promise<Point> {
    const b = await box(this.bar(orderId));
    return { x: b.x + 12, y: b.y + b.height / 2 };
  }

  /**
   * The resize handle at the bar's end (shown on hover), just inside the bar: the handle straddles the
   * end, and grabbing it left of the end keeps the grab in the bar's last snap.
   */
  async barEnd(orderId: number): Promise<Point> {
    await this.bar(orderId).hover();
    const b = await box(this.bar(orderId).locator('.fc-event-resizer-end'));
    return { x: b.x + b.width / 2 - 2, y: b.y + b.height / 2 };
  }

  async queueCardPoint(number: string): Promise<Point> {
    const b = await box(this.queueCard(number).locator('.queue-customer'));
    return { x: b.x + 10, y: b.y + b.height / 2 };
  }

  async queuePoint(): Promise<Point> {
    const b = await box(this.queue().getByRole('list'));
    return { x: b.x + b.width / 2, y: b.y + Math.min(120, b.height / 2) };
  }
}

async function box(locator: Locator): Promise<{ x: number; y: number; width: number; height: number }> {
  await locator.scrollIntoViewIfNeeded();
  const b = await locator.boundingBox();
  if (!b) throw new Error(`Not visible: ${locator.toString()}`);
  return b;
}
