// The author of a noun of speech as a quotation's speaker (quotes/speech-noun.ts): "X rejected the claim
// by Y that “…”", "X dismissed Y's claim that “…”", "a letter from Y saying “…”", "X said that,
// according to Y, …“…”", "X cited Y as saying" (quotes/speech-subject.ts), and "the spokesperson said"
// after "a <body> spokesperson said" (quotes/index.ts); "the official said" as the person last titled
// with an office (quotes/role-coreference.ts). Invented sentences.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const TITLE = 'Iceland protests new tariffs';
const LEAD = 'Prime Minister Anna Berg met the Danish envoy Lars Holm on Monday.';

/** The speaker's name and rule of the statement whose quotation starts with `start`. */
function credit(body: string, start: string): string | undefined {
  const { d } = extractChecked(TITLE, `${LEAD}\n\n${body}`);
  const st = d.statements.find((s) => s.quote.startsWith(start));
  return st && `${d.entities.find((e) => e.id === st.speaker)?.name} [${st.rule}]`;
}

describe('the author of a noun of speech', () => {
  it('when the sentence’s verb takes a claim by someone else that the quotation gives, then the claim’s author speaks', () => {
    expect(
      credit('Holm rejected the claim by Berg that the tariffs were “illegal and void”.', 'illegal'),
    ).toBe('Anna Berg [quotes:author-of-speech-noun]');
    expect(credit('Holm dismissed Berg’s claim that the tariffs were “illegal and void”.', 'illegal')).toBe(
      'Anna Berg [quotes:author-of-speech-noun]',
    );
  });

  it('when a letter from someone is linked to the words by "saying", then its author speaks', () => {
    expect(
      credit('Holm received a letter from Berg saying the tariffs were “illegal and void”.', 'illegal'),
    ).toBe('Anna Berg [quotes:author-of-speech-noun]');
  });

  it('when "according to" someone stands inside the sentence after its verb, then that one speaks', () => {
    expect(credit('Holm said that, according to Berg, the tariffs were “illegal and void”.', 'illegal')).toBe(
      'Anna Berg [quotes:author-of-speech-noun]',
    );
  });

  it('when another verb of saying stands between the author and the quotation, then its subject speaks', () => {
    expect(credit('Berg’s claim was answered when Holm said the tariffs were “fair”.', 'fair')).toBe(
      'Lars Holm [quotes:subject-of-verb-before]',
    );
  });

  it('when someone is cited as saying the words, then the one cited speaks', () => {
    expect(credit('Holm cited Berg as saying the tariffs were “illegal and void”.', 'illegal')).toBe(
      'Anna Berg [quotes:quoted-as-saying]',
    );
  });
});

describe('an unnamed spokesperson of a named body', () => {
  it('when a body’s unnamed spokesperson was credited by the body’s name, then "the spokesperson said" after it is that body', () => {
    const body =
      '“We can confirm that the note was received,” a Danish Foreign Ministry spokesperson said on Wednesday.\n\n“This is an unhelpful step,” the spokesperson said.';
    expect(credit(body, 'This is an')).toBe('Danish Foreign Ministry [quotes:the-spokesperson]');
  });
});

describe('"the official" as a role', () => {
  const ROLE_TITLE = 'Iceland protests new tariffs';
  const said = (body: string) => {
    const { d } = extractChecked(ROLE_TITLE, body);
    const st = d.statements.find((s) => s.quote.startsWith('We need'));
    return st && `${d.entities.find((e) => e.id === st.speaker)?.name} [${st.rule}]`;
  };
  it('when a person was named with a title of office before "the official said", then that person speaks', () => {
    expect(
      said(
        'The agency learned this from Icelandic Minister of Foreign Affairs Anna Berg.\n\nThe official said: “We need to see a clear picture of the tariffs.”',
      ),
    ).toBe('Anna Berg [quotes:role-coreference]');
  });

  it('when an unnamed official was brought in since, then "the official" is not the titled person', () => {
    expect(
      said(
        'Icelandic Minister of Foreign Affairs Anna Berg met the envoy. A senior official briefed reporters later.\n\nThe official said: “We need to see a clear picture of the tariffs.”',
      ),
    ).not.toBe('Anna Berg [quotes:role-coreference]');
  });
});
