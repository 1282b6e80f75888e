// Quotations whose speaker lies beyond the reach of their own sentence's attribution (issue 9, session 5),
// on invented text: a quotation that a later paragraph or a hand-wrapped line closes, words repeated from
// an earlier quotation, an attribution cut by the copy's end, a verb of saying joined by "and" to an
// earlier verb, a place as a participle's subject, a role as a subject, a statement "released by" someone,
// and a capitalised role ("the Ambassador said").
import { describe, expect, it } from 'vitest';
import { extract, speakerOf } from '../helpers/extract-text.js';

describe('a quotation over several lines or paragraphs, closed only at its end', () => {
  it.each([
    [
      'paragraphs',
      [
        'Envoy regrets protest',
        'Ambassador Tomas Brandt spoke in Lisbon on Saturday.',
        '“I regret what happened outside our embassy. We respect peaceful protest.',
        '',
        'An inquiry is under way and I think it was unfortunate,” Tomas Brandt said.',
      ],
      'I regret what happened',
      'An inquiry is under way',
      'Tomas Brandt',
    ],
    [
      'lines wrapped by hand',
      [
        'Minister rejects measures',
        'Foreign Minister Lena Varga spoke on Monday.',
        '“These measures are hostile and we will answer them in',
        'kind and without delay,” Varga said.',
      ],
      'These measures are hostile',
      'kind and without delay',
      'Lena Varga',
    ],
  ])(
    'when its %s carry one quotation, then it is one statement of the one credited at its end',
    (_, lines, start, end, who) => {
      const d = extract(lines.join('\n'));
      expect(speakerOf(d, start)).toBe(who);
      expect(d.statements.find((s) => s.quote.startsWith(start))!.quote).toContain(end);
      expect(d.statements.some((s) => s.quote.startsWith(end))).toBe(false);
    },
  );
});

describe('speakers from beyond the sentence', () => {
  it.each([
    [
      'the words repeat an earlier quotation (a repeated lead cut by the copy)',
      [
        'Talks stall',
        '"There is no reason to expect a breakthrough soon," spokesman Pavel Orlov told reporters.',
        'Foreign Minister Ivan Sedov said on Monday that talks would go on.',
        '"There is no reason to expect a breakthrough soon. We intend to pursue our interests and to ensure them from the very beginni',
      ],
      'There is no reason to expect a breakthrough soon. We intend',
      'Pavel Orlov',
      'quotes:repeated-words',
    ],
    [
      "the copy's end cuts the attribution before its verb",
      [
        'Spokesman steps down',
        'Secretary of State Clara Whitfield praised her spokesman Tom Reyes on Tuesday.',
        '"He has defended press freedom around the globe and served with integrity," Whitfield',
      ],
      'He has defended press freedom',
      'Clara Whitfield',
      'quotes:cut-attribution',
    ],
  ])('when %s, then the speaker is found', (_, lines, start, who, rule) => {
    const d = extract(lines.join('\n'));
    // (The last statement so starting: a repeat begins like the words it repeats.)
    const st = d.statements.filter((s) => s.quote.startsWith(start)).pop()!;
    expect(d.entities.find((e) => e.id === st.speaker)?.name).toBe(who);
    expect(st.rule).toBe(rule);
  });
});

describe('subjects of verbs of saying', () => {
  it.each([
    [
      'a verb of saying joined by "and" to a verb with an object',
      'The Norland Foreign Ministry summoned ambassador Karl Weiss on Sunday and said that an "explanation" was demanded.',
      'explanation',
      'Norland Foreign Ministry',
    ],
    [
      'a participle after a clause whose subject is a place, behind a dateline and a day',
      'Lisbon: Portugal on Sunday, March 19, summoned a senior Spanish diplomat over the incident, accusing Spain of "indifference" to its security.',
      'indifference',
      'Portugal',
    ],
  ])('when %s, then the clause subject speaks', (_, sentence, start, who) => {
    const d = extract(['Diplomat summoned', sentence].join('\n'));
    expect(speakerOf(d, start)).toBe(who);
  });

  it('when a role the text gives a person is the subject, then that person speaks', () => {
    const d = extract(
      [
        "Norland Foreign Secretary says attack on embassy 'unacceptable'",
        'Norland Foreign Secretary Miriam Holt responded to the attack on the embassy on Thursday.',
      ].join('\n'),
    );
    expect(speakerOf(d, 'unacceptable')).toBe('Miriam Holt');
  });

  it('when "the statement released by" a role says the words, then the statement\'s issuer speaks', () => {
    const d = extract(
      [
        'Minister condemns attack',
        'Foreign Secretary Miriam Holt condemned the attack in a statement on Thursday, calling it "unacceptable".',
        'The statement released by the Foreign Secretary further said, "We will protect all foreign missions."',
      ].join('\n'),
    );
    expect(speakerOf(d, 'We will protect')).toBe('Miriam Holt');
  });

  it('when a page capitalises a role after "the" ("the Ambassador said"), then it is the envoy named before', () => {
    const d = extract(
      [
        'Envoy protests expulsions',
        'Norwegian Ambassador to Spain Piet Halvorsen spoke to reporters on Monday.',
        '"These expulsions are a hostile act," the Ambassador said.',
      ].join('\n'),
    );
    expect(speakerOf(d, 'These expulsions')).toBe('Piet Halvorsen');
  });
});

describe('speakers the entity step must find first', () => {
  it.each([
    [
      'a name set off by commas after a role holds a word the lexicon knows as a noun',
      [
        'New envoy arrives',
        "China's new ambassador to Washington, Qin Gang, arrived on Wednesday.",
        '"The door of our relations cannot be closed," Qin told reporters.',
      ],
      'The door of our relations',
      'Qin Gang',
    ],
    [
      "an acronym is the initials of a body's name without its country",
      [
        'Ministry protests',
        'The Indian Ministry of External Affairs lodged a protest on Sunday.',
        '"We expect immediate steps," the MEA said in a statement.',
      ],
      'We expect immediate steps',
      'Indian Ministry of External Affairs',
    ],
  ])('when %s, then its quotation has that speaker', (_, lines, start, who) => {
    expect(speakerOf(extract(lines.join('\n')), start)).toBe(who);
  });
});

describe('credits outside the quotation', () => {
  it.each([
    [
      'a paragraph of its own credits the quotation ending the paragraph before',
      [
        'Envoy on relations',
        'US Ambassador John Sullivan met officials in Moscow on Monday.',
        '"Relations are at a low point and we will keep working to mend them."',
        'Mr Sullivan said in a statement issued by the embassy.',
      ],
      'Relations are at a low point',
      'John Sullivan',
    ],
    [
      'a surname no lexicon knows credits a quotation after its closing mark',
      ['Ministry reacts', 'The ministry reacted on Friday.', '"This is unacceptable," Zakharova said.'],
      'This is unacceptable',
      'Zakharova',
    ],
    [
      "a surname no lexicon knows opens a quotation with its verb's colon",
      ['Talks offered', 'Lavrov told reporters: "We are ready for talks with Washington."'],
      'We are ready for talks',
      'Lavrov',
    ],
  ])('when %s, then that one speaks', (_, lines, start, who) => {
    expect(speakerOf(extract(lines.join('\n')), start)).toBe(who);
  });
});

describe('names behind a possessive title, and passive quoting', () => {
  it.each([
    [
      'a possessive country and lower-case title words stand before the name credited after a comma',
      [
        'Row',
        'The move was "deeply regrettable", Japan\'s chief cabinet secretary Hirokazu Matsuno told reporters.',
      ],
      'deeply regrettable',
      'Hirokazu Matsuno',
    ],
    [
      '"X was quoted by an agency as saying"',
      [
        'Row',
        'Russian envoy Anatoly Antonov spoke on Monday.',
        'Antonov was quoted by TASS as saying: "We will respond in kind."',
      ],
      'We will respond in kind',
      'Anatoly Antonov',
    ],
  ])('when %s, then the person speaks, not the agency', (_, lines, start, who) => {
    expect(speakerOf(extract(lines.join('\n')), start)).toBe(who);
  });
});

describe('speakers named by a headline, a body of a country, an envoy without a post', () => {
  it.each([
    [
      "a headline's name before its colon",
      [
        'Peskov: Relations with Washington "hit the bottom"',
        'Kremlin spokesman Dmitry Peskov spoke after the call.',
      ],
      'hit the bottom',
      'Dmitry Peskov',
    ],
    [
      '"the foreign ministry of" a country',
      ['Decision rejected', 'The foreign ministry of Ecuador said in a statement: "We reject the decision."'],
      'We reject the decision',
      'Ecuadorian Foreign Ministry',
    ],
    [
      '"the envoy" after "the ambassador of" a country, named in apposition',
      [
        'Envoy stays',
        'The ambassador of Ghana, Kwame Mensah, met the press on Monday.',
        '"Our mission continues," the envoy said.',
      ],
      'Our mission continues',
      'Kwame Mensah',
    ],
  ])('when %s says the words, then it is their speaker', (_, lines, start, who) => {
    expect(speakerOf(extract(lines.join('\n')), start)).toBe(who);
  });
});

describe('speakers named by a kind, an acronym title, a title before a verb', () => {
  it.each([
    [
      '"the party" after a party named',
      [
        'Party reacts',
        "South Korea's ruling People Power Party criticized the ambassador on Monday.",
        'The party said his remarks were "serious diplomatic rudeness".',
      ],
      'serious diplomatic rudeness',
      'People Power Party',
    ],
    [
      'an acronym set as a title before a name, alone elsewhere',
      [
        'Ministers meet',
        'EAM Jaishankar met FM Sergey Lavrov in Bali on Friday.',
        'EAM wrote on Twitter, "My first meeting with the new counterpart was useful."',
      ],
      'My first meeting',
      'Jaishankar',
    ],
    [
      'two words the lexicon knows as nouns between a title and a verb of saying',
      ['Row', 'South Korean Foreign Minister Park Chin said the Chinese diplomat had "gone too far".'],
      'gone too far',
      'Park Chin',
    ],
  ])('when %s, then it speaks', (_, lines, start, who) => {
    expect(speakerOf(extract(lines.join('\n')), start)).toBe(who);
  });
});
