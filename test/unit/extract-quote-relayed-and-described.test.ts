// Speakers whose attribution carries more than a name (quotes/name-descriptor.ts, quotes/reported-clause.ts):
// a body's lower-case descriptor before its verb ("X state news agency said"), a body's acronym in
// parentheses after a long name the extractor did not take ("the Office of X (OX) said"), a clause
// an outlet only relays ("RNA reported that the ministry has informed …"), and a verb joined by "and" to a
// copula ("X is not a member of Y and has said …": quotes/coordinated-subject.ts). Invented sentences.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const TITLE = 'Ruritania protests new tariffs';
const LEAD =
  'The Ruritanian Foreign Ministry summoned the Bordurian envoy on Monday, the Ruritan News Agency (RNA) said.';

/** The speaker's name and rule of the statement whose quotation starts with `start`. */
function credit(body: string, start: string): string | undefined {
  const { d } = extractChecked(TITLE, `${LEAD}\n\n${body}`);
  const st = d.statements.find((s) => s.quote.startsWith(start));
  return st && `${d.entities.find((e) => e.id === st.speaker)?.name} [${st.rule}]`;
}

describe('a body named with a descriptor or an acronym before its verb', () => {
  it('when a lower-case descriptor of an outlet stands between the body and its verb, then the body speaks', () => {
    const body = '“We reject these measures outright,” RNA state news agency said.';
    expect(credit(body, 'We reject')).toBe('Ruritan News Agency [quotes:name]');
  });

  it('when a long name the text does not make an entity is followed by its acronym in parentheses, then the acronym speaks', () => {
    const body =
      'The Bordurian Trade Council (BTC) answered on Tuesday.\n\n“Our tariffs follow every rule of trade,” the Office of the Trade Envoy (BTC) said.';
    expect(credit(body, 'Our tariffs')).toBe('Bordurian Trade Council [quotes:name-acronym]');
  });
});

describe('a clause an outlet relays', () => {
  it('when an outlet reported that a body did something, then the body speaks the words in that clause', () => {
    const body =
      "For its part, RNA reported that the Ruritanian Foreign Ministry has informed the envoy of Ruritania's “firm protest against these steps” and considered the tariffs to be “baseless and unjust,” describing them as “an act of economic aggression.”";
    expect(credit(body, 'firm protest')).toBe('Ruritanian Foreign Ministry [quotes:reported-clause-subject]');
    expect(credit(body, 'baseless')).toBe('Ruritanian Foreign Ministry [quotes:reported-clause-subject]');
    expect(credit(body, 'an act of')).toBe('Ruritanian Foreign Ministry [quotes:reported-clause-subject]');
  });

  it('when the subject after "reported that" has no verb of its own, then the outlet clause credits no one new', () => {
    const body = 'RNA reported that the talks on tariffs were “going nowhere” after a week.';
    expect(credit(body, 'going nowhere')).not.toBe(
      'Ruritanian Foreign Ministry [quotes:reported-clause-subject]',
    );
  });
});

describe('a verb of saying joined by "and" to a copula', () => {
  const body = (s: string) => `Prime Minister Anna Berg met the Danish envoy Lars Holm on Monday.\n\n${s}`;
  it('when the sentence opens with a name, a copula, a complement naming another body, then "and" and the verb, then the opening name speaks', () => {
    expect(
      credit(
        body('Iceland is not a member of the Trade Council and has said that its ruling is “void”.'),
        'void',
      ),
    ).toBe('Iceland [quotes:subject-of-coordinated-verb]');
    expect(
      credit(
        body('Iceland was not consulted by the Trade Council and said the tariffs were “illegal and void”.'),
        'illegal',
      ),
    ).toBe('Iceland [quotes:subject-of-coordinated-verb]');
  });

  it('when the first verb is no copula, then the coordinated-verb reading is unchanged', () => {
    expect(
      credit(body('Berg thanked Holm for the visit and described the talks as “frank and useful”.'), 'frank'),
    ).toBe('Anna Berg [quotes:subject-of-coordinated-verb]');
  });
});
