import { agreementHandlers } from './agreements';
import type { AppEnvironment, Handlers } from './context';
import { customerHandlers } from './customers-service';
import { dispatchHandlers } from './dispatch';
import { generationHandlers } from './generation/handlers';
import { orderReadHandlers } from './orders-read';
import { orderEditHandlers } from './orders';
import { postingHandlers } from './posting';
import { orderStageHandlers } from './lifecycle-stages';
import { orderLineMoveHandlers } from './order-line-move';
import { setupHandlers } from './entities/setup-handlers';
import { signOffHandlers } from './signoff';
import { parameterHandlers } from './parameters-service';
import { repairLineHandlers } from './repair-lines';
import { requestHandlers } from './requests';
import { systemHandlers } from './system-service';
import { transferHandlers } from './transfer-service';

/**
 * The one handler map: every contract call has exactly one handler here. A call added to the
 * contract without a handler fails the type check.
 */
export function createHandlers(env: AppEnvironment): Handlers {
  return {
    ...systemHandlers(env),
    ...customerHandlers,
    ...setupHandlers,
    ...transferHandlers,
    ...parameterHandlers,
    ...agreementHandlers,
    ...generationHandlers(env), ...orderReadHandlers,
    ...orderEditHandlers,
    ...requestHandlers,
    ...postingHandlers(env),
    ...repairLineHandlers,
    ...orderStageHandlers,
    ...signOffHandlers,
    ...orderLineMoveHandlers,
    ...dispatchHandlers,
  } satisfies Handlers;
}
