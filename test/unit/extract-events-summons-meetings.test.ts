// A summons held as a meeting, on sentences written for the test: a meeting of two persons, one of them the
// envoy a summons summoned, whose sentence says what a summons does (a protest, representations, regret), is
// that summons, no meeting of its own, and its other person holds the summons (a summoner, with no SUMMONED
// relation of their own). A meeting on another matter stays a meeting.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const run = extractChecked;
const summoners = (r: ReturnType<typeof run>) =>
  r
    .events('summons')
    .flatMap((e) => e.participants.filter((p) => p.role === 'summoner').map((p) => r.name(p.entity)));

describe('a summons held as a meeting', () => {
  it('a protest lodged during a meeting with the envoy summoned', () => {
    const r = run(
      'Envoy summoned',
      'Russia summoned the German ambassador Alexander Lambsdorff on Tuesday. Deputy Foreign Minister Alexander Grushko lodged a protest during his meeting with Lambsdorff.',
    );
    expect(r.events('meeting')).toEqual([]);
    expect(summoners(r)).toContain('Alexander Grushko');
    expect(r.rels.filter((x) => x.includes(' MET '))).toEqual([]);
    expect(r.rels).not.toContain('Alexander Grushko SUMMONED Alexander Lambsdorff');
  });

  it('regret or representations in a meeting with the envoy', () => {
    const a = run(
      'Envoy summoned',
      'Seoul summoned Japanese Ambassador Koichi Aiboshi on Monday. First Vice Minister Cho Hyun-dong expressed regret in a meeting with Aiboshi.',
    );
    expect(a.events('meeting')).toEqual([]);
    expect(summoners(a)).toContain('Cho Hyun-dong');
  });

  it('a meeting on another day about something else stays a meeting', () => {
    const r = run(
      'Envoy summoned',
      'Ankara summoned US Ambassador Jeff Flake on Monday. On Wednesday, Flake met opposition leader Kemal Kilicdaroglu to discuss trade.',
    );
    expect(r.events('meeting')).toHaveLength(1);
    expect(summoners(r)).not.toContain('Kemal Kilicdaroglu');
  });
});
