import type { z } from 'zod';
import { agreementsContract } from './agreements';
import { customersContract } from './customers';
import { dispatchContract } from './dispatch';
import { generationContract } from './generation';
import { jobsContract } from './jobs';
import { ordersContract } from './orders';
import { postingContract } from './posting';
import { orderSignOffContract } from './order-signoff';
import { orderStagesContract } from './order-stages';
import { orderLineMoveContract } from './order-line-move';
import { parametersContract } from './parameters';
import { repairLinesContract } from './repair-lines';
import { requestsContract } from './requests';
import { setupContract } from './setup';
import { systemContract } from './system';
import { transferContract } from './transfer';

/** The one API of the application: every call the UI or a script can make. */
export const contract = {
  ...systemContract,
  ...customersContract,
  ...setupContract,
  ...transferContract,
  ...parametersContract,
  ...agreementsContract,
  ...generationContract, ...jobsContract, ...ordersContract,
  ...requestsContract,
  ...postingContract,
  ...repairLinesContract,
  ...orderSignOffContract,
  ...orderStagesContract,
  ...orderLineMoveContract,
  ...dispatchContract,
};

export type Contract = typeof contract;
export type ApiName = keyof Contract;
/** What a caller sends (defaults may be omitted). */
export type ApiInput<N extends ApiName> = z.input<Contract[N]['input']>;
/** What a handler receives after parsing (defaults filled in). */
export type ApiParsedInput<N extends ApiName> = z.output<Contract[N]['input']>;
export type ApiOutput<N extends ApiName> = z.output<Contract[N]['output']>;

export function isApiName(name: string): name is ApiName {
  return Object.prototype.hasOwnProperty.call(contract, name);
}

export * from './result';
