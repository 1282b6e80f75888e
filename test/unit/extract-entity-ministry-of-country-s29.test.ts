// Ministries named by their field and then their country (session 29, invented text; entities/org-tails.ts
// of-country, builder.ts): "the Ministry of Internal Affairs of Belarus" is the Belarusian Interior
// Ministry, "the Ministry of Finance of Ukraine" the Ukrainian Finance Ministry, and the country is the
// longest opening of the capitalised run after "of (the)" that is one ("of the Russian Federation Sergei
// Shoigu"); "Defense" is spelt "Defence" in the name; a ministry followed by no country keeps its name.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const named = (title: string, body: string) => extractChecked(title, body).names;

describe('a ministry named by its field, then "of" and its country', () => {
  it("when the field is internal affairs, then the body is the country's interior ministry", () => {
    const n = named(
      'Sanctions imposed',
      'Canada sanctioned officers of the Ministry of Internal Affairs of Belarus on Friday.',
    );
    expect(n).toContain('Organization Belarusian Interior Ministry');
  });

  it("when the field is finance, then the body is the country's finance ministry", () => {
    const n = named('Aid agreed', 'The Ministry of Finance of Ukraine welcomed the loan on Tuesday.');
    expect(n).toContain('Organization Ukrainian Finance Ministry');
  });

  it('when a name follows the country, then the country is still read and the person kept', () => {
    const n = named(
      'Relatives sanctioned',
      'The list names relatives of the head of the Ministry of Defence of the Russian Federation Sergei Shoigu.',
    );
    expect(n).toContain('Organization Russian Defence Ministry');
    expect(n).toContain('Person Sergei Shoigu');
  });
});

describe('the spelling of a defence ministry', () => {
  it('when the page spells it "Defense", then the body is still named the Defence Ministry', () => {
    const n = named(
      'Talks held',
      'Officials of the Ministry of Defense of Ukraine met the delegation in Kyiv.',
    );
    expect(n).toContain('Organization Ukrainian Defence Ministry');
  });
});

describe('ministries with no country after them', () => {
  it('when no country follows, then the ministry keeps its words', () => {
    const n = named(
      'Budget talks',
      'The Ministry of Finance of the coalition said on Monday it had no plan.',
    );
    expect(n.some((x) => /Finance Ministry/.test(x))).toBe(false);
  });
});
