// Whether a stance can hold between two parties: neither is the other nor the other's own state (a
// ministry does not criticise its own country). Shared by the stance rules that read nouns and phrases.
import type { Ctx } from '../context.js';
import type { Entity } from '../entities/index.js';
import { stateOf } from '../events/parties.js';

/** The critic (or supporter) may not be the target nor the target's own state, nor the reverse. */
export function differentSides(c: Ctx, source: Entity, target: Entity): boolean {
  return source !== target && stateOf(c, source) !== target && stateOf(c, target) !== source;
}
