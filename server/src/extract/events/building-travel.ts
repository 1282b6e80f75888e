// No one travels to a building: a leader's seat, residence or hall named as a place ("arrived at PM House",
// "visited the Rashtrapati Bhavan", entities/residences.ts) is where a meeting happens, not a destination, so
// the arrival or visit keeps no ARRIVED_IN or VISITED to it (the real pages' gold gives none).
import type { EvOut } from './types.js';

const TRAVEL_TO = /^(?:ARRIVED_IN|VISITED)$/;
const BUILDING = 'entities/residences:building';

/** The events with their travel relations to buildings left out. */
export function withoutBuildingTravel(events: EvOut[]): EvOut[] {
  for (const e of events)
    e.relations = e.relations.filter((r) => !(TRAVEL_TO.test(r.type) && r.target.rule === BUILDING));
  return events;
}
