// CRITICIZED of the doer of an act a verb labels or judges (relations/verbs.ts): "called X's visit
// 'provocative'", "described X's decision as irresponsible" (the judging word read after the act the name
// owns, in single quotes or none), "X's trip to Y was slammed by Z" (a passive whose subject is an owned
// act), "issued statements panning X" (both issuers). Positive labels and single-quoted praise give none.
// Every sentence here is invented.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const critics = (body: string) =>
  extractChecked('Row deepens', body).rels.filter((x) => / CRITICIZED /.test(x));

describe('a labelled act of another party', () => {
  it('judges the label after the act the name owns', () => {
    expect(critics('Foreign Minister Ana Ruiz described Bolivia’s decision as irresponsible.')).toContain(
      'Ana Ruiz CRITICIZED Bolivia',
    );
    expect(
      critics(
        'Chilean Foreign Minister Ana Ruiz arrived.\n\nPeru’s Foreign Ministry called Ruiz’s remarks a provocation on Monday.',
      ),
    ).toContain('Peruvian Foreign Ministry CRITICIZED Ana Ruiz');
  });

  it('reads a judging word in single quotes', () => {
    expect(critics('The Kenyan government called Uganda’s decision ‘regrettable’ on Friday.')).toContain(
      'Kenya CRITICIZED Uganda',
    );
  });

  it('makes nothing of a positive label', () => {
    expect(critics('Foreign Minister Ana Ruiz called Bolivia’s decision historic.')).toEqual([]);
    expect(critics('Foreign Minister Ana Ruiz described Bolivia’s move as a sign of progress.')).toEqual([]);
    expect(critics('The Kenyan government called Uganda’s decision ‘a milestone’ on Friday.')).toEqual([]);
  });

  it('reads the possessor of a visit that is the subject of a passive', () => {
    expect(
      critics(
        'Prime Minister Luis Vera toured the region.\n\nVera’s trip to the disputed island was slammed by Chile on Tuesday.',
      ),
    ).toContain('Chile CRITICIZED Luis Vera');
    expect(
      critics(
        'Prime Minister Luis Vera toured the region.\n\nVera’s trip to the disputed island was welcomed by Chile on Tuesday.',
      ),
    ).toEqual([]);
  });

  it('takes every issuer of statements panning someone', () => {
    const rels = critics(
      'Peruvian President Luis Vera arrived on Monday.\n\nChile and Bolivia issued statements panning Vera.',
    );
    expect(rels).toContain('Chile CRITICIZED Luis Vera');
    expect(rels).toContain('Bolivia CRITICIZED Luis Vera');
  });

  it('reads a label after the act’s purpose, and "termed", "deemed"', () => {
    expect(
      critics(
        'Peru’s President Luis Vera called Chile’s decision to close the border illegal and provocative.',
      ),
    ).toContain('Luis Vera CRITICIZED Chile');
    expect(
      critics('Peru’s President Luis Vera described the decision by Chile to shut the port as unlawful.'),
    ).toContain('Luis Vera CRITICIZED Chile');
    expect(
      critics('Chilean Minister Ana Ruiz arrived.\n\nPeru termed the visit by Ruiz a provocation.'),
    ).toContain('Peru CRITICIZED Ana Ruiz');
    expect(
      critics('Chilean Minister Ana Ruiz arrived.\n\nPeru deemed Ruiz’s remarks unacceptable.'),
    ).toContain('Peru CRITICIZED Ana Ruiz');
  });

  it('takes no judging word from inside the purpose', () => {
    expect(
      critics(
        'Peru’s President Luis Vera described Chile’s decision to stop illegal fishing as a good step.',
      ),
    ).toEqual([]);
    expect(
      critics('Peru’s President Luis Vera called Chile’s decision to stop illegal fishing a good step.'),
    ).toEqual([]);
  });

  it('judges the label after an act the object names its doer before', () => {
    expect(critics('In a statement, Lima described the latest Chile move as illegal.')).toContain(
      'Lima CRITICIZED Chile',
    );
    expect(critics('Foreign Minister Ana Ruiz called the recent Chile decision a milestone.')).toEqual([]);
  });
});
