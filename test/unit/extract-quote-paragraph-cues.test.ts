// Bodies and paragraph attribution (session 12): "according to the ministry", "the statement read:", a
// source an outlet cites, "the <Demonym> spokesperson", a subject whose verb is quoted, a standing
// quotation the next paragraph continues or credits, a statement's issuer in the sentence before, and the
// headline country's foreign ministry where a bare one speaks (quotes/paragraph-cues.ts, cited-source.ts,
// demonym-voice.ts, entities/home-bodies.ts). Invented sentences.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const TITLE = 'Row over fishing rights deepens';
const MINISTRY = 'The Kenyan Foreign Ministry summoned the British envoy on Monday.';

/** The speaker's name and rule of the statement whose quotation starts with `start`, under `title`. */
function credit(body: string, start: string, title = TITLE): string | undefined {
  const { d } = extractChecked(title, body);
  const st = d.statements.find((s) => s.quote.startsWith(start));
  return st && `${d.entities.find((e) => e.id === st.speaker)?.name} [${st.rule}]`;
}

describe('a body by its kind where no verb of saying stands beside the quotation', () => {
  it('when a sentence opens "According to the ministry," then that body speaks its quotation', () => {
    expect(credit(`${MINISTRY} According to the ministry, the remarks were “unacceptable”.`, 'unacc')).toBe(
      'Kenyan Foreign Ministry [quotes:according-to-body]',
    );
    expect(
      credit(
        `${MINISTRY} According to a statement from the ministry, “the remarks were unacceptable.”`,
        'the rem',
      ),
    ).toBe('Kenyan Foreign Ministry [quotes:according-to-body]');
  });

  it('when "the ministry\'s statement read:" leads the quotation, then the ministry speaks', () => {
    expect(credit(`${MINISTRY} The ministry's statement read: “We reject these remarks.”`, 'We reject')).toBe(
      'Kenyan Foreign Ministry [quotes:body-by-kind]',
    );
  });

  it('when the statement is named as its owner\'s ("X\'s statement described"), then the owner speaks', () => {
    const body =
      "The row deepened. The Kenyan Foreign Ministry's statement described the remarks as “unacceptable”.";
    expect(credit(body, 'unacc')).toBe('Kenyan Foreign Ministry [quotes:owner-voice]');
  });

  it('when an outlet reports the words "citing a statement from" a body, then the body speaks', () => {
    const body =
      'Algeria recalled its ambassador. The Algerian Foreign Ministry protested.\n\nThe envoy was called back “for consultations,” state broadcaster RTVE reported, citing a statement from the Algerian Foreign Ministry.';
    expect(credit(body, 'for consult')).toBe('Algerian Foreign Ministry [quotes:cited-source]');
  });
});

describe('"the <Demonym> spokesperson"', () => {
  it('when one body of that country was named before, then that body speaks', () => {
    const body =
      'On Tuesday, a spokesperson for the Chinese Foreign Ministry said that the talks would go ahead.\n\nThe Chinese spokesperson said, “The minister will exchange views with his counterparts.”';
    expect(credit(body, 'The minister')).toBe('Chinese Foreign Ministry [quotes:demonym-spokesperson]');
  });

  it('when two bodies of that country were named, then no one speaks', () => {
    const body =
      'The Turkish Foreign Ministry and the Turkish Embassy in Washington protested.\n\nThe Turkish spokesperson said, “The minister will exchange views with his counterparts.”';
    expect(credit(body, 'The minister')).toBeUndefined();
  });
});

describe('a subject whose verb the quotation is', () => {
  it('when a body or a person opens the sentence and the quotation is its verb, then it speaks', () => {
    expect(
      credit('The attack happened on Monday. The European Union “deeply regrets” the decision.', 'deeply'),
    ).toBe('European Union [quotes:subject-of-quoted-verb]');
    expect(credit(`${MINISTRY} The ministry “strongly condemns” the attacks.`, 'strongly')).toBe(
      'Kenyan Foreign Ministry [quotes:subject-of-quoted-verb]',
    );
  });

  it('when the quotation is a name or the subject a country, then no one speaks', () => {
    expect(
      credit('Talks failed. The European Union “terrorist list” grew longer.', 'terrorist'),
    ).toBeUndefined();
    expect(
      credit('Talks failed. Beijing said the United States “played deaf” on Monday.', 'played'),
    ).not.toMatch(/subject-of-quoted-verb/);
  });
});

describe('a quotation standing alone as its line', () => {
  it('when the next paragraph continues it ("The ministry added …"), then that speaker speaks it', () => {
    const body = `${MINISTRY}\n\n“We reject these remarks. They are unacceptable.”\n\nThe ministry added that it would respond.`;
    expect(credit(body, 'We reject')).toBe('Kenyan Foreign Ministry [quotes:continued-next-paragraph]');
  });

  it('when the next line opens with a quotation credited after it, then that speaker speaks both', () => {
    const body =
      'The row deepened on Monday after the envoy spoke.\n\n“We reject these remarks. They are unacceptable.”\n\n“We expect an apology,” the Kenyan Foreign Ministry said in a statement.';
    expect(credit(body, 'We reject')).toBe('Kenyan Foreign Ministry [quotes:credited-next-line]');
  });

  it('when the sentence before reports a statement ("In a statement, X summoned …"), then X speaks', () => {
    const body =
      'In a statement, the Kenyan Foreign Ministry summoned the envoy on Monday over remarks on the protests.\n\n“We reject these remarks. They are unacceptable.”';
    expect(credit(body, 'We reject')).toBe('Kenyan Foreign Ministry [quotes:issuer-of-paragraph]');
  });
});

describe("the headline country's foreign ministry", () => {
  const HEADLINE = 'Kenya accuses Western envoys of meddling';

  it("when a bare foreign ministry speaks and the headline opens with a country, then that country's speaks", () => {
    const body =
      'Kenya summoned the British envoy on Monday.\n\n“We reject these remarks,” the foreign ministry said.';
    expect(credit(body, 'We reject', HEADLINE)).toBe('Kenyan Foreign Ministry [quotes:name]');
  });

  it('when the headline names two countries, then no body is made', () => {
    const body =
      'Kenya summoned the British envoy on Monday.\n\n“We reject these remarks,” the foreign ministry said.';
    expect(credit(body, 'We reject', 'Kenya and Uganda accuse Western envoys')).toBeUndefined();
  });

  it('when another foreign ministry is named, then "the foreign ministry" is that one', () => {
    const body =
      'Britain summoned the Kenyan envoy. The Czech Foreign Ministry protested.\n\n“We reject these remarks,” the foreign ministry said.';
    expect(credit(body, 'We reject', HEADLINE)).toBe('Czech Foreign Ministry [quotes:body-by-kind]');
  });
});
