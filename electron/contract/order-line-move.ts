import { z } from 'zod';
import { Id } from './common';
import { endpoint } from './define';

/**
 * Moving lines from one service order to another of the same agreement (e.g. to split a generated
 * visit). Refusals are labelled in the `orderLineMove` scope (see fieldLabels in messages.ts).
 */

export const LINE_MOVE_SCOPE = 'orderLineMove';

export const MoveLinesInput = z
  .object({
    lineIds: z.array(Id).min(1).max(1000).describe('The lines to move; all of one order, none posted or cancelled'),
    targetOrderId: Id.describe('The order that receives them: another open order of the same agreement'),
  })
  .strict();

export const MoveLinesOutput = z.object({
  sourceOrderId: Id,
  targetOrderId: Id,
  /** Each moved line with its new number on the target order. */
  lines: z.array(z.object({ id: Id, lineNo: z.number().int() })),
});

export const orderLineMoveContract = {
  'orderLines.move': endpoint({
    summary:
      "Moves lines to another order of the same agreement in one transaction: they are numbered after the target's last line and keep everything else (series keys, prices, signatures); objects and tasks they name are related to the target when missing; both orders' versions, planned hours and progress are updated. Refused unless both orders belong to the same agreement, neither is posted or cancelled, both stages allow changes, and every line is open.",
    scope: LINE_MOVE_SCOPE,
    input: MoveLinesInput,
    output: MoveLinesOutput,
    writes: true,
  }),
};
