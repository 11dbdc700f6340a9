import { AgreementsPage } from '../agreements/AgreementsPage';
import { BatchCreateOrdersAction, agreementGenerationActions } from '../generation/CreateOrdersAction';

/** The agreements page with the order generation actions: one chunk, loaded when first opened. */
export function AgreementsScreen() {
  return <AgreementsPage extraActions={agreementGenerationActions} toolbar={<BatchCreateOrdersAction />} />;
}
