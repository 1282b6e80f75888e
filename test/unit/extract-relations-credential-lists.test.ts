// Credentials presented by a listed group of envoys, on sentences written for the test: a host named only by
// the role of a head of state ("to the president") is the host already named, and the envoys are the list
// after "are:". Every sentence here is invented.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const run = extractChecked;

describe('a list of envoys presenting credentials', () => {
  it('meets the president named before, each envoy posted in his state', () => {
    const r = run(
      'President receives credentials',
      'President Luis Arce of Bolivia today received credentials of three new ambassadors. The new ambassadors to Bolivia who presented credentials to the president are: Ambassador Hugo Salas of Peru, Ambassador Marta Rivas of Chile and Ambassador Pedro Duarte of Brazil.',
    );
    for (const who of ['Hugo Salas', 'Marta Rivas', 'Pedro Duarte']) {
      expect(r.rels.some((x) => x === `${who} MET Luis Arce` || x === `Luis Arce MET ${who}`)).toBe(true);
      expect(r.rels).toContain(`${who} AMBASSADOR_TO Bolivia`);
    }
    expect(r.events('meeting')).toHaveLength(1);
  });

  it('takes no host when the article names none before', () => {
    const r = run(
      'Credentials',
      'The new ambassadors who presented credentials to the president are: Ambassador Hugo Salas of Peru and Ambassador Marta Rivas of Chile.',
    );
    expect(r.rels.filter((x) => / MET /.test(x))).toEqual([]);
  });
});
