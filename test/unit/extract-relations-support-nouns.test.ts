// SUPPORTED read from the noun "support" or "solidarity" (relations/support-nouns.ts), on sentences written
// for the test: a named possessor of the support, a verb voicing it (its subject supports, a participle's
// main clause too), "in solidarity with" after a clause; the supported is the name opening the object, or
// its possessor. Negatives: a negated verb, a name deeper in the object (an act's victim, a relation
// between two others, an adjective of a policy), support sought from someone, a quotation, the verb
// "support". Every sentence here is invented.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const supports = (body: string) =>
  extractChecked('Talks held', body).rels.filter((x) => / SUPPORTED /.test(x));

describe('support voiced by a verb’s subject', () => {
  it('makes the subject the supporter of the name opening the object', () => {
    expect(
      supports(
        'French President Emmanuel Macron reaffirmed his country’s strong support for Armenia’s sovereignty.',
      ),
    ).toContain('Emmanuel Macron SUPPORTED Armenia');
    expect(supports('Bulgaria announced its support for Ukraine on Monday.')).toEqual([
      'Bulgaria SUPPORTED Ukraine',
    ]);
    expect(supports('Chancellor Olaf Scholz pledged continued support to Kyiv and Chisinau.')).toEqual([
      'Olaf Scholz SUPPORTED Kyiv',
      'Olaf Scholz SUPPORTED Chisinau',
    ]);
    expect(
      supports('The ministry said Moldova reaffirms its consistent support for Ukraine’s efforts.'),
    ).toEqual(['Moldova SUPPORTED Ukraine']);
    expect(supports('Japan expressed solidarity with Taiwan after the earthquake.')).toEqual([
      'Japan SUPPORTED Taiwan',
    ]);
    expect(supports('Spain joined the talks on Monday, expressing support for Morocco’s plan.')).toEqual([
      'Spain SUPPORTED Morocco',
    ]);
  });

  it('makes a named possessor the supporter', () => {
    expect(
      supports(
        'Prime Minister Hun Manet expressed Cambodia’s full support for the Philippines’ chairmanship.',
      ),
    ).toEqual(['Cambodia SUPPORTED Philippines']);
    expect(
      supports('The row is linked to France’s support for Niger’s ousted president, Mohamed Bazoum.'),
    ).toEqual(['France SUPPORTED Mohamed Bazoum']);
  });

  it('reads “in solidarity with” after a clause', () => {
    expect(
      supports('Estonia is also expelling a Russian diplomat in solidarity with the Czech Republic.'),
    ).toContain('Estonia SUPPORTED Czech Republic');
    expect(supports('Latvia expelled a Russian diplomat as a sign of solidarity with Prague.')).toContain(
      'Latvia SUPPORTED Prague',
    );
  });
});

describe('no support read', () => {
  it('after a negation, or from a name deeper in the object', () => {
    expect(supports('Canada did not express support for Israel’s plan.')).toEqual([]);
    expect(supports('Germany voiced support for the sanctions against Russia.')).toEqual([]);
    expect(
      supports(
        'Macron reiterated France’s full support for the normalization of relations between Armenia and Azerbaijan.',
      ),
    ).toEqual([]);
    expect(supports('Moscow had offered its support for U.S. foreign policy.')).toEqual([]);
  });

  it('for the solidarity of another act in the clause', () => {
    expect(
      supports(
        'Russia is expelling two Slovak diplomats in response to their expulsions of Russian envoys in solidarity with Prague.',
      ),
    ).toEqual([]);
  });

  it('for support sought, inside a quotation, or for the verb', () => {
    expect(supports('Hungary has sought support for its plan from Turkey.')).toEqual([]);
    expect(supports('“We expressed our support for Ukraine,” the Greek Foreign Minister said.')).toEqual([]);
    expect(supports('Poland wants to support Ukraine in the talks.')).toEqual([]);
  });
});
