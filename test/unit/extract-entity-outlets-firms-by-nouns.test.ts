// Outlets and firms a cue beside the name types, when no lexicon knows them: a media noun after a titled
// word ("the official Korvan news agency", singles.ts and patterns.ts) or before a verb of reporting
// (", Morrow newspaper reported"), an outlet crediting its source
// ("X writes about this with reference to", name-agents.ts), a firm's sector closing its name ("Dravo
// Nickel", general-heads.ts), a one-word firm shaped as a bank ("Velmabank", singles.ts) and a business noun
// beside a name ("his holding Ostrik", firm-nouns.ts). Persons with the same cues stay persons.
import { describe, expect, it } from 'vitest';
import { extract } from '../helpers/extract-text.js';

const typeOf = (d: ReturnType<typeof extract>, name: string) => d.entities.find((e) => e.name === name)?.type;

describe('outlets typed by the words beside them', () => {
  it('when an acronym is followed by "news agency" after "official", then it is an outlet, no titled person', () => {
    const d = extract(
      'Envoy summoned\nTehran summoned the envoy on Sunday, the official KORVA news agency reports. “We protest,” KORVA added.',
    );
    expect(typeOf(d, 'KORVA')).toBe('Organization');
  });

  it('when a titled surname stands with no media noun after it, then it is still a person', () => {
    const d = extract(
      'Envoy summoned\nThe official said Minister Dorcas would travel on Monday. Dorcas declined to comment.',
    );
    expect(typeOf(d, 'Dorcas')).toBe('Person');
  });

  it('when a name, its media noun and a verb of reporting credit a report, then the name is an outlet', () => {
    const d = extract(
      'Envoy visits\nThe envoy visited the capital for talks, Morrow newspaper reported. Korvel news agency said he left.',
    );
    expect(typeOf(d, 'Morrow')).toBe('Organization');
    expect(typeOf(d, 'Korvel')).toBe('Organization');
  });

  it('when a person named in full stands before the media noun, then she stays a person', () => {
    const d = extract('Envoy visits\nThe envoy visited the capital, Maria Petrova newspaper reported.');
    expect(typeOf(d, 'Maria Petrova')).toBe('Person');
  });

  it('when a name "writes about this with reference to" a source, then it is an outlet', () => {
    const d = extract(
      'Diplomat expelled\nVelmora expelled the diplomat. Balkan Truth writes about this with reference to the ministry.',
    );
    expect(typeOf(d, 'Balkan Truth')).toBe('Organization');
  });

  it('when a person with a first name writes about it with reference to a source, then she stays a person', () => {
    const d = extract(
      'Diplomat expelled\nVelmora expelled the diplomat. Anna Berg writes about this with reference to the ministry.',
    );
    expect(typeOf(d, 'Anna Berg')).toBe('Person');
  });
});

describe('firms typed by their sector or a business noun', () => {
  it('when a name ends with a sector word, then it is a firm, even before a role in apposition', () => {
    const d = extract(
      'Sanctions spared\nSanctions against Dravo Nickel, where Ostrik is the chairman, were not imposed. Tamba Steel was listed.',
    );
    expect(typeOf(d, 'Dravo Nickel')).toBe('Organization');
    expect(typeOf(d, 'Tamba Steel')).toBe('Organization');
  });

  it('when a first name or a title comes before the sector word, then it is a person', () => {
    const d = extract('Talks held\nMark Nickel met Minister Jan Steel in the capital on Monday.');
    expect(typeOf(d, 'Mark Nickel')).toBe('Person');
    expect(typeOf(d, 'Jan Steel')).toBe('Person');
  });

  it('when a lone word is shaped as a bank with no cue of a person, then it is a firm', () => {
    const d = extract(
      'Sanctions imposed\nThe Treasury imposed sanctions on Velmabank and two of its officers.',
    );
    expect(typeOf(d, 'Velmabank')).toBe('Organization');
  });

  it('when a business noun after a possessive or "holding" after a name names it, then it is a firm', () => {
    const d = extract(
      'Sanctions imposed\nThe Treasury blacklisted Dravix holding, and also the businessman’s holding Ostrava and the lender Korvel Capital.',
    );
    expect(typeOf(d, 'Dravix')).toBe('Organization');
    expect(typeOf(d, 'Ostrava')).toBe('Organization');
    expect(typeOf(d, 'Korvel Capital')).toBe('Organization');
  });

  it('when "holding" is a verb before a name, then no firm is made of it', () => {
    const d = extract(
      'Talks held\nThe ministers are holding Tamsin responsible for the delay, Minister Tamsin Reed said.',
    );
    expect(d.entities.filter((e) => e.type === 'Organization').map((e) => e.name)).not.toContain('Tamsin');
  });
});
