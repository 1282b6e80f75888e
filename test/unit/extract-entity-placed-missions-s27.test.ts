// A body's mission or delegation named with the place it serves ("the UN Assistance Mission in
// Afghanistan", "the OSCE Special Monitoring Mission to Ukraine"), on invented newswire text: one
// organisation, and "the mission said" is its, not the parent body's; the negatives, a lower-case mission,
// a mission with no place after it, a body and a place joined by a comma.
import { describe, expect, it } from 'vitest';
import { extractChecked, speakerOf } from '../helpers/extract-text.js';

const run = (body: string) => extractChecked('Peacekeepers attacked', body).d;
const orgs = (body: string) =>
  run(body)
    .entities.filter((e) => e.type === 'Organization')
    .map((e) => e.name);

describe('a mission or delegation in or to a place', () => {
  it('when "the UN Assistance Mission in Afghanistan" reports and "the mission stated", then the mission speaks', () => {
    const body = [
      'The UN Assistance Mission in Afghanistan said on Monday that the executions violated international law.',
      '"Public executions are a form of cruel, inhuman and degrading punishment," the mission stated.',
    ].join('\n\n');
    expect(orgs(body)).toEqual(['UN Assistance Mission in Afghanistan']);
    expect(speakerOf(run(body), 'Public executions')).toBe('UN Assistance Mission in Afghanistan');
  });

  it('when "the OSCE Special Monitoring Mission to Ukraine" or "the EU Delegation to Ukraine" is named, then it is one body', () => {
    expect(
      orgs('The OSCE Special Monitoring Mission to Ukraine reported new ceasefire violations on Sunday.'),
    ).toEqual(['OSCE Special Monitoring Mission to Ukraine']);
    expect(orgs('The EU Delegation to Ukraine said on Monday that the aid had arrived.')).toContain(
      'EU Delegation to Ukraine',
    );
  });
});

describe('negatives', () => {
  it('when the mission is in lower case, or no place follows it, then the parent body stays as named', () => {
    expect(orgs('The African Union said its mission in Somalia would end next year.')).toEqual([
      'African Union',
    ]);
    const body = 'The OSCE Mission said on Sunday that the monitors had left Donetsk.';
    expect(orgs(body).filter((n) => /Mission/.test(n))).toEqual([]);
  });

  it('when a comma parts the body from the place, then no mission is made', () => {
    expect(
      orgs('The United Nations, in South Sudan since 2011, said the attack killed two peacekeepers.'),
    ).toEqual(['United Nations']);
  });
});
