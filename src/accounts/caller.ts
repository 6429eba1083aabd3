import type { Actor } from './actor.ts';

/**
 * Who asks a use case to act. A signed-in staff member (`Actor`), or the operator at the server's
 * console (`redress` CLI, first start), who already holds the machine and is trusted with everything.
 * The operator is an explicit value, never "no actor": a route that forgot `requireActor` passes
 * `null`, which does not type-check as a Caller.
 */
export interface Operator {
  readonly kind: 'operator';
}

export const operator: Operator = Object.freeze({ kind: 'operator' });

export type Caller = Actor | Operator;

export const isOperator = (caller: Caller): caller is Operator => 'kind' in caller && caller.kind === 'operator';
