import type { ApiName } from '../../contract';
import type { EntityDef } from '../../contract/entity';
import type { FieldMap } from '../../contract/fields';
import type { Handlers } from '../context';
import { entityService, type EntityRules } from './entity-service';

type CallsOf<N extends string> = Extract<`${N}.${'list' | 'get' | 'create' | 'update' | 'delete'}`, ApiName>;

/** The five handlers of one entity, keyed by their contract names. */
export function entityHandlers<const N extends string, F extends FieldMap>(
  def: EntityDef<N, F>,
  rules: EntityRules<F> = {},
): Pick<Handlers, CallsOf<N>> {
  const service = entityService(def as unknown as EntityDef<string, F>, rules);
  const handlers = {
    [`${def.name}.list`]: service.list,
    [`${def.name}.get`]: service.get,
    [`${def.name}.create`]: service.create,
    [`${def.name}.update`]: service.update,
    [`${def.name}.delete`]: service.delete,
  };
  // The contract derives these calls from the same definition, so the shapes agree by construction.
  return handlers as unknown as Pick<Handlers, CallsOf<N>>;
}
