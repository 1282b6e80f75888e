// Speakers named without their full name (issue 9): honorifics ("Mr Tusk"), family names first
// ("Yoon", "Wang"), role back-references ("the minister added"), the person a subject phrase ends in, and
// pull-quotes credited on the line under them. Every text here is invented, with several phrasings each.
import { describe, expect, it } from 'vitest';
import { extract, speakerOf } from '../helpers/extract-text.js';

describe('speakers named by a part of their name', () => {
  it('when a surname follows an honorific with or without its dot (Mr, Mrs, Ms, Dr), then the full name speaks', () => {
    const d = extract(
      [
        'Latvia recalls envoy',
        'Latvian Prime Minister Evika Silina and Foreign Minister Baiba Braze spoke on Monday, as did Dr Ilmars Ozols.',
        '"We expect an apology," Mrs Silina told a news conference.',
        '"Riga will answer," said Ms Braze.',
        '"The data is clear," Dr. Ozols said.',
      ].join('\n'),
    );
    expect(speakerOf(d, 'We expect')).toBe('Evika Silina');
    expect(speakerOf(d, 'Riga will')).toBe('Baiba Braze');
    expect(speakerOf(d, 'The data')).toBe('Ilmars Ozols');
  });

  it('when an East Asian name puts the family name first, then the family name alone speaks, even at a sentence start', () => {
    const d = extract(
      [
        'Seoul and Beijing talk',
        'South Korean Prime Minister Han Duck Soo met Chinese Premier Li Qiang and Foreign Minister Wang Yi in Seoul.',
        '"A new chapter begins," Han said.',
        'Wang urged Seoul to "respect the core interests" of China.',
      ].join('\n'),
    );
    expect(speakerOf(d, 'A new chapter')).toBe('Han Duck Soo');
    expect(speakerOf(d, 'respect the core')).toBe('Wang Yi');
  });
});

describe('role back-references', () => {
  it('when a role phrase ("the minister", "the 61-year-old premier", "the spokeswoman") speaks, then the one person named with that title does', () => {
    const d = extract(
      [
        'Lithuania summons envoy',
        'Lithuanian Foreign Minister Kestutis Budrys summoned the Belarusian charge d’affaires on Friday.',
        'The minister added that Vilnius "will not be intimidated."',
        'Belarusian foreign ministry spokeswoman Natalia Leonova called the move unfriendly.',
        '"Minsk will take measures," the spokeswoman said.',
      ].join('\n'),
    );
    expect(speakerOf(d, 'will not be intimidated')).toBe('Kestutis Budrys');
    expect(speakerOf(d, 'Minsk will')).toBe('Natalia Leonova');
  });

  it('when "the <demonym> diplomat" speaks and no envoy is named, then that country’s foreign minister speaks', () => {
    const d = extract(
      [
        'Rome and Paris talk',
        'Italian Foreign Minister Antonio Tajani met his French counterpart in Rome.',
        '"Europe must act together," the Italian diplomat said.',
      ].join('\n'),
    );
    expect(speakerOf(d, 'Europe must')).toBe('Antonio Tajani');
  });

  it('when a subject phrase runs from a body to a person ("Chile’s foreign ministry spokesman X, calling it …"), then the person speaks', () => {
    const d = extract(
      [
        'Chile protests',
        'Chile’s foreign ministry spokesman Ramon Ortiz rejected the report, calling it "pure fiction."',
      ].join('\n'),
    );
    expect(speakerOf(d, 'pure fiction')).toBe('Ramon Ortiz');
  });
});

describe('pull-quotes', () => {
  it('when words stand on their own line over a credit line ("Name, role" or "— Name"), then the credited person speaks them', () => {
    const d = extract(
      [
        'Finland closes border crossings',
        'Finland closed its last border crossing with Russia on Thursday, Interior Minister Mari Rantanen said.',
        'This is about the security of our nation',
        'Mari Rantanen, Finland’s interior minister',
        'Russia denied sending migrants to the border.',
        '“We did not expect such a decision”',
        '— Maria Zakharova',
        'The crossings will stay shut for two weeks.',
      ].join('\n'),
    );
    expect(speakerOf(d, 'This is about the security')).toBe('Mari Rantanen');
    expect(speakerOf(d, 'We did not expect')).toBe('Maria Zakharova');
  });

  it('when a line of names follows another, or a caption names the person credited, then there is no pull-quote', () => {
    const d = extract(
      [
        'Envoys present credentials',
        'Five envoys presented their credentials on Tuesday.',
        'Anna Berg, ambassador of Sweden',
        'Jonas Lind, ambassador of Norway',
        'Mari Rantanen arrives at the palace in Helsinki',
        'Mari Rantanen, interior minister',
      ].join('\n'),
    );
    expect(d.statements).toEqual([]);
  });

  it('when the line under a sentence is a sentence whose verb follows an apposition, then there is no pull-quote', () => {
    const d = extract(
      [
        'Diplomatic row',
        'Russia expelled two Estonian diplomats on Friday.',
        'Kaja Kallas, the Estonian prime minister, criticised the move.',
      ].join('\n'),
    );
    expect(d.statements).toEqual([]);
  });
});

describe('names from their position', () => {
  it('when an unknown name is the source of "according to X," or in apposition to a profession (", an analyst at"), then it is a person', () => {
    const d = extract(
      [
        'Border accord signed',
        'The accord ends a decade of dispute, according to Tano Mbeki-Osei, a historian at the University of Accra.',
        'Sefa Kwarteng, an analyst with a research group in Lome, said the deal was overdue.',
      ].join('\n'),
    );
    const persons = d.entities.filter((e) => e.type === 'Person').map((e) => e.name);
    expect(persons).toContain('Tano Mbeki-Osei');
    expect(persons).toContain('Sefa Kwarteng');
  });

  it('when a name ends another person’s full name ("Lopez Obrador"), then it is that person', () => {
    const d = extract(
      [
        'Mexico and Peru',
        'Mexican President Andres Manuel Lopez Obrador spoke on Monday.',
        'Lopez Obrador called the decision "a disgrace."',
      ].join('\n'),
    );
    expect(d.entities.filter((e) => e.type === 'Person').map((e) => e.name)).toEqual([
      'Andres Manuel Lopez Obrador',
    ]);
    expect(speakerOf(d, 'a disgrace')).toBe('Andres Manuel Lopez Obrador');
  });

  it('when a title names its body with a preposition ("Chairman of the Committee on Foreign Affairs X"), then the body is one organisation and the person is the subject', () => {
    const d = extract(
      [
        'Kyiv lawmakers react',
        'Head of the Parliamentary Committee on Foreign Affairs Oleksandr Merezhko called the move "a provocation."',
        'Chair of the Senate Commission on Security Policy Ivana Novakova said Prague "will respond firmly."',
      ].join('\n'),
    );
    expect(d.entities.map((e) => e.name)).toContain('Parliamentary Committee on Foreign Affairs');
    expect(speakerOf(d, 'a provocation')).toBe('Oleksandr Merezhko');
    expect(speakerOf(d, 'will respond')).toBe('Ivana Novakova');
  });
});

describe('names from lists and posts', () => {
  it('when a list gives "<name> of <place>" items and two are known persons, then the unknown items are persons too', () => {
    const d = extract(
      [
        'Envoys present credentials in Lima',
        'Those presenting credentials were: Tomas Berg of Sweden, Anna Novak of Slovenia, Kwabe Otieno-Lusaka of Kenya, Ilse Vantongeren of the European Union and Ruaridh Macfarlane of Scotland.',
      ].join('\n'),
    );
    const persons = d.entities.filter((e) => e.type === 'Person').map((e) => e.name);
    expect(persons).toEqual(
      expect.arrayContaining(['Kwabe Otieno-Lusaka', 'Ilse Vantongeren', 'Ruaridh Macfarlane']),
    );
  });

  it('when an unknown name follows an envoy’s post ("High Commissioner to Ghana X"), then it is a person', () => {
    const d = extract(
      [
        'Envoy recalled',
        'Lagos recalled its High Commissioner to Ghana Obiora Nwachukwu and its envoy to Togo Adaeze Okonkwo on Monday.',
      ].join('\n'),
    );
    const persons = d.entities.filter((e) => e.type === 'Person').map((e) => e.name);
    expect(persons).toEqual(expect.arrayContaining(['Obiora Nwachukwu', 'Adaeze Okonkwo']));
  });
});
