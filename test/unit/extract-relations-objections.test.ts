// CRITICIZED read from verbs that object to an act (relations/verbs.ts), on sentences written for the
// test: a purpose ("summoned X to protest …"), a passive whose subject is the act ("The call by X was
// condemned by Y"), a possessor after title words, an act with adjectives before its doer, an act labelled
// with a judging word and no quotation marks, "hit back at", "dismissed", "repudiated". Every sentence here
// is invented.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const critics = (body: string) =>
  extractChecked('Row deepens', body).rels.filter((x) => / CRITICIZED /.test(x));

describe('an objection to an act', () => {
  it('reads a purpose after a summons as the summoner’s', () => {
    expect(
      critics(
        'The Chilean Foreign Ministry summoned Peruvian Ambassador Ana Ruiz on Monday to protest the statement of Peruvian President Luis Vera.',
      ),
    ).toContain('Chilean Foreign Ministry CRITICIZED Luis Vera');
  });

  it('takes no purpose from someone asked to object', () => {
    expect(
      critics('Peru urged Chile on Monday to condemn the statement of Bolivian President Luis Vera.'),
    ).toEqual([]);
  });

  it('reads the doer of an act that is the subject of a passive', () => {
    expect(
      critics(
        'The call by Bolivian Foreign Minister Luis Vera to the rebel leader was strongly condemned by the Government of Chile.',
      ),
    ).toContain('Government of Chile CRITICIZED Luis Vera');
  });

  it('reads the possessor of the act after title words', () => {
    expect(
      critics('The Chilean government has strongly protested Bolivian Senate President Luis Vera’s remarks.'),
    ).toContain('Chile CRITICIZED Luis Vera');
  });

  it('reads the doer of an act with adjectives', () => {
    expect(
      critics(
        'Foreign Ministry spokesman Luis Vera condemned the interventionist approach of Peru on Sunday.',
      ),
    ).toContain('Luis Vera CRITICIZED Peru');
  });

  it('reads an act labelled with a judging word and no quotation marks', () => {
    expect(critics('Santiago called the remarks by Peruvian President Ana Ruiz unacceptable.')).toContain(
      'Santiago CRITICIZED Ana Ruiz',
    );
    expect(critics('Santiago called the remarks by Peruvian President Ana Ruiz on Monday.')).toEqual([]);
  });

  it('reads "hit back at", "dismissed" and "repudiated"', () => {
    expect(critics('Lima hit back at Santiago on Tuesday.')).toContain('Lima CRITICIZED Santiago');
    expect(
      critics('The Kremlin dismissed the sanctions imposed by the European Union as illegitimate.'),
    ).toContain('Kremlin CRITICIZED European Union');
    expect(
      critics('The government of Chile repudiated the statements of Peruvian President Ana Ruiz.'),
    ).toContain('Chile CRITICIZED Ana Ruiz');
  });

  it('takes no dismissal of a person as an objection', () => {
    expect(critics('Peruvian President Ana Ruiz dismissed Foreign Minister Luis Vera on Monday.')).toEqual(
      [],
    );
  });
});
