// A quotation standing alone after a sentence whose subject is not its speaker but which names the speaker
// plainly (quotes/agent-before.ts): a passive's agent ("The decision was announced by X.") and the one
// asked ("X was asked about …"). Invented sentences.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const LEAD = 'MOSCOW - Russia expelled two Estonian diplomats on Friday.';

/** The speaker's name and rule of the statement whose quotation starts with `start`, or undefined. */
function credit(body: string, start: string): string | undefined {
  const { d } = extractChecked('Diplomatic row', `${LEAD}\n\n${body}`);
  const st = d.statements.find((s) => s.quote.startsWith(start));
  return st && `${d.entities.find((e) => e.id === st.speaker)?.name} [${st.rule}]`;
}

describe('the agent of a passive in the sentence before', () => {
  it.each([
    'The decision was announced by Russia’s Foreign Ministry.\n\n“The Estonian side',
    'The expulsions were confirmed by the Foreign Ministry on Saturday. “The Estonian side',
  ])('%s …”: the agent speaks', (body) => {
    expect(credit(`${body} has been informed.”`, 'The Estonian')).toBe(
      'Russian Foreign Ministry [quotes:agent-of-sentence-before]',
    );
  });

  it('not when more follows the agent in its sentence', () => {
    const body =
      'The expulsions were confirmed by the Foreign Ministry, which summoned the ambassador.\n\n“The Estonian side has been informed.”\n\nThe diplomats have a week to leave.';
    expect(credit(body, 'The Estonian')).toBeUndefined();
  });
});

describe('the one asked in the sentence before', () => {
  it.each([
    'Kremlin spokesman Dmitry Peskov was asked about the expulsions.',
    'Dmitry Peskov, the Kremlin spokesman, was asked about the expulsions on Monday.',
  ])('%s then “…”: the one asked answers', (sentence) => {
    expect(credit(`${sentence}\n\n“This is a reciprocal measure.”`, 'This is')).toBe(
      'Dmitry Peskov [quotes:asked-in-sentence-before]',
    );
  });

  it('not when the one asked declined to comment', () => {
    const body =
      'Kremlin spokesman Dmitry Peskov was asked about the expulsions but declined to comment.\n\n“This is a reciprocal measure.”';
    expect(credit(body, 'This is')).not.toBe('Dmitry Peskov [quotes:asked-in-sentence-before]');
  });
});

describe('one whose manner of speaking the sentence before describes', () => {
  it.each([
    'Speaking to reporters in Brussels, Estonian Prime Minister Kaja Kallas was blunt.\n\n',
    'Estonian Prime Minister Kaja Kallas was quick to respond.\n\n',
    'Estonian Prime Minister Kaja Kallas did not mince her words. ',
  ])('%s“…”: that one speaks', (sentence) => {
    expect(credit(`${sentence}“We will not be intimidated.”`, 'We will not')).toBe(
      'Kaja Kallas [quotes:manner-in-sentence-before]',
    );
  });

  it('not one the sentence only places somewhere', () => {
    const body = 'Estonian Prime Minister Kaja Kallas was in Brussels.\n\n“We will not be intimidated.”';
    expect(credit(body, 'We will not')).toBeUndefined();
  });
});
