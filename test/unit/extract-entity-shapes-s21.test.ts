// Entity-stage shapes of session 21 (issue 9): a plural or abbreviated plural title before a list of names is
// a title, not part of the first name ("Senators Marco Rubio and Ted Cruz", "Reps. X and Y").
import { describe, expect, it } from 'vitest';
import { extract } from '../helpers/extract-text.js';

const names = (s: string, type: string) =>
  extract(`Talks resume\n${s}`)
    .entities.filter((e) => e.type === type)
    .map((e) => e.name);
const persons = (s: string) => names(s, 'Person');

describe('a plural title before a list of names', () => {
  it.each([
    ['Critics of China, Senators Marco Rubio and Ted Cruz, were targeted by the action.', 'Marco Rubio'],
    ['Senators Elizabeth Warren and Bernie Sanders wrote to the Treasury on Friday.', 'Elizabeth Warren'],
    ['The letter was signed by Sens. Bob Menendez and Lindsey Graham.', 'Bob Menendez'],
    ['The bill was opposed by Representatives Ilhan Omar and Rashida Tlaib.', 'Ilhan Omar'],
    ['The move was welcomed by Congressmen Jim Banks and Mike Gallagher.', 'Jim Banks'],
    ['The plan divided Governors Gavin Newsom and Ron DeSantis.', 'Gavin Newsom'],
    ['The visit was hosted by Mayors Sadiq Khan and Anne Hidalgo.', 'Sadiq Khan'],
  ])('when %s, then the first name is a person without the title', (s, name) => {
    const ps = persons(s);
    expect(ps).toContain(name);
    expect(
      ps.filter((p) => /^(?:Senators|Sens|Representatives|Congressmen|Governors|Mayors)\b/.test(p)),
    ).toEqual([]);
  });

  it('when a singular title comes before one name, then the person is the name alone as before', () => {
    expect(persons('Senator Marco Rubio said the sanctions were a badge of honour.')).toEqual([
      'Marco Rubio',
    ]);
  });

  it("when a plural title comes before a place's head word, then no person is made of the head word", () => {
    expect(persons('The ferry leaves from Governors Island every hour.')).toEqual([]);
  });

  it("when the plural title is the end of a body's name, then the body keeps it and no person is made", () => {
    const s = 'The Council of Governors met on Monday, and the Association of Mayors said it would sue.';
    expect(names(s, 'Organization')).toEqual(['Council of Governors', 'Association of Mayors']);
    expect(persons(s)).toEqual([]);
  });
});

// A regional body's name ending in Community, and a body named before titles with no name after them.
describe('a body ending in Community, or named before titles', () => {
  it.each([
    ['Kenya hosted the East African Community summit on Tuesday.', 'East African Community'],
    [
      'Leaders of the Southern African Development Community met in Luanda.',
      'Southern African Development Community',
    ],
    ['The West African Economic Community imposed sanctions on Mali.', 'West African Economic Community'],
    [
      'The Economic Community of West African States suspended Niger.',
      'Economic Community of West African States',
    ],
    ['The European Community was founded in 1957.', 'European Community'],
    [
      'He hosted the East African Community Heads of State extra-ordinary summit at State House.',
      'East African Community',
    ],
    ['The Nordic Council Secretary General spoke first.', 'Nordic Council'],
  ])('when %s, then the body is an organisation', (s, name) => {
    expect(names(s, 'Organization')).toContain(name);
    expect(persons(s)).toEqual([]);
  });

  it('when titles stand before a lone generic head word, then no organisation is made', () => {
    expect(names('Chief Cabinet Secretary said nothing on Monday.', 'Organization')).toEqual([]);
  });

  it('when "community" is a common noun, then no organisation is made', () => {
    expect(names('The international community must act, the minister said.', 'Organization')).toEqual([]);
  });
});

// A broadcaster named head word first, and two such names joined by a slash.
describe('a broadcaster named head word first', () => {
  it.each([
    [
      'He gave an interview to Radio Free Europe / Radio Liberty on Monday.',
      'Radio Free Europe/Radio Liberty',
    ],
    ['He told Radio Free Europe/Radio Liberty that the talks had failed.', 'Radio Free Europe/Radio Liberty'],
    ['The report was first published by Radio Free Europe.', 'Radio Free Europe'],
    ['He told Radio Farda that he would stay.', 'Radio Farda'],
    [
      'He said in an interview with Radio France Internationale that he would stay.',
      'Radio France Internationale',
    ],
    ['Radio Television Serbia reported the arrest.', 'Radio Television Serbia'],
    ['Radio Liberty Director Jamie Fly said the bureau would stay open.', 'Radio Liberty'],
  ])('when %s, then the broadcaster is one organisation', (s, name) => {
    expect(names(s, 'Organization')).toEqual([name]);
    expect(names(s, 'Place')).toEqual([]);
  });

  it('when places are joined by a slash, then each stays a place', () => {
    expect(names('The Russia/Ukraine talks resumed in Istanbul.', 'Place')).toEqual([
      'Russia',
      'Ukraine',
      'Istanbul',
    ]);
    expect(names('The Russia/Ukraine talks resumed in Istanbul.', 'Organization')).toEqual([]);
  });

  it('when the head word ends the name, then the head-word rule names it as before', () => {
    expect(names('Vatican Radio said on Sunday the pope was well.', 'Organization')).toEqual([
      'Vatican Radio',
    ]);
  });
});

// A name with a hyphenated given name whose second half is in lower case ("Chung Jae-ho") has a name's shape.
describe('a hyphenated given name after an envoy post', () => {
  it.each([
    [
      'Nong explained to Korean Ambassador to China Chung Jae-ho on Saturday that it was his job.',
      'Chung Jae-ho',
    ],
    ['Korean Ambassador to Japan Yun Duk-min met the vice minister.', 'Yun Duk-min'],
    ["Taiwan's Ambassador to Japan Hsieh Chang-ting attended the ceremony.", 'Hsieh Chang-ting'],
    ['Chinese Ambassador to the UK Zheng Zeguang was summoned on Tuesday.', 'Zheng Zeguang'],
    ['The ministry called in Vietnamese Ambassador to China Pham Sao Mai.', 'Pham Sao Mai'],
    ['Former Ambassador to China Kim Jang-soo said nothing.', 'Kim Jang-soo'],
  ])('when %s, then the name is a person', (s, name) => {
    expect(persons(s)).toEqual([name]);
  });

  it('when a hyphenated common word follows the post, then no person is made', () => {
    expect(persons('Korean Ambassador to China Follow-up talks were held on Monday.')).toEqual([]);
    expect(persons('The envoy to Japan Anti-war protests grew on Sunday.')).toEqual([]);
  });
});

// A month or a weekday left on its own is a date, never a person.
describe('a month before a role set off by commas', () => {
  it.each([
    [
      "On 31 March, Iran's Foreign Ministry spokesperson, Nasir Kanani, accused Azerbaijan of plotting.",
      'Nasir Kanani',
    ],
    [
      'On 4 June, the Kenyan foreign minister, Musalia Mudavadi, said the talks had failed.',
      'Musalia Mudavadi',
    ],
    ["In April, Germany's ambassador, Thomas Bagger, was summoned.", 'Thomas Bagger'],
    ['By August, the French envoy, Jean Dupont, had left the country.', 'Jean Dupont'],
    ['On Monday, the British ambassador, Nigel Casey, said nothing.', 'Nigel Casey'],
    ['On 12 May, the Chinese spokesperson, Mao Ning, said the move was wrong.', 'Mao Ning'],
  ])('when %s, then only the named one is a person', (s, name) => {
    expect(persons(s)).toEqual([name]);
  });

  it('when a full name ends in a month word, then its surname still joins it', () => {
    const ps = persons('Theresa May met the envoy. May, the prime minister, said the deal was done.');
    expect(ps).toEqual(['Theresa May']);
  });
});

// A body's one-word name after a known first name is the person's surname.
describe("a known body's word as a person's surname", () => {
  it.each([
    ['The list included Richard Wagner, the chief justice of Canada.', 'Richard Wagner'],
    ['Chief Justice Richard Wagner said the court would rule.', 'Richard Wagner'],
    ['Canadian judge Richard Wagner and lawyer Irwin Cotler were sanctioned.', 'Richard Wagner'],
    ['The minister met Pierre Hamas, a local businessman.', 'Pierre Hamas'],
    ['The conductor Susan Reuters said nothing.', 'Susan Reuters'],
  ])('when %s, then the full name is a person', (s, name) => {
    expect(persons(s)).toContain(name);
    expect(names(s, 'Organization')).toEqual([]);
  });

  it('when the body stands alone or heads a longer name, then it stays the organisation', () => {
    expect(names('Wagner fighters left Bakhmut on Monday.', 'Organization')).toEqual(['Wagner']);
    expect(names('The mercenaries of the Wagner Group fought in Mali.', 'Organization')).toEqual([
      'Wagner Group',
    ]);
    expect(persons('The Israel Hamas war entered its second year.')).toEqual([]);
  });
});
