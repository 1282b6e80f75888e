// Readable text for what the extractor found: an entity's description ("Russian ambassador to the
// United States", "Country") and an event's label ("Russia recalls Anatoly Antonov (2021-03-20)").
import type { Entity } from './entities/index.js';
import type { EvOut } from './events/index.js';
import { DEMONYMS, lexTags } from './lexicon.js';

/** An entity's description: a person's title or envoy post, a place's kind. */
export function describe(e: Entity): string | undefined {
  if (e.type === 'Person') {
    if (e.envoy?.target)
      return `${e.envoy.origin ? `${e.envoy.origin}'s ` : ''}ambassador to ${e.envoy.target}`;
    if (e.title) return [e.nationality, e.title].filter(Boolean).join(' ');
    return undefined;
  }
  if (e.type === 'Place') {
    const tags = lexTags(e.name);
    if (tags.includes('Country') || DEMONYM_COUNTRIES.has(e.name)) return 'Country';
    if (tags.includes('City')) return 'City';
    if (/Airport$/.test(e.name)) return 'Airport';
  }
  return undefined;
}

const DEMONYM_COUNTRIES = new Set(Object.values(DEMONYMS));

/** A readable label: "Russia recalls Anatoly Antonov", "Joe Biden meets Vladimir Putin in Geneva". */
export function eventLabel(e: EvOut): string {
  const by = (role: string) => e.participants.filter((p) => p.role === role).map((p) => p.entity.name);
  const list = (names: string[]) => names.join(' and ');
  const where = e.place ? ` in ${e.place.name}` : '';
  const one = (roles: string[]) => list(roles.flatMap(by));
  const verbs: Record<string, [string, string, string]> = {
    recall: ['recaller', 'recalls', 'recalled'],
    expulsion: ['expeller', 'expels', 'expelled'],
    sanction: ['sanctioner', 'sanctions', 'sanctioned'],
    invasion: ['invader', 'invades', 'invaded'],
    annexation: ['annexer', 'annexes', 'annexed'],
    jailing: ['decider', 'jails', 'jailed'],
    summons: ['summoner', 'summons', 'summoned'],
    request: ['requester', 'asks to leave:', 'subject'],
    letter: ['sender', 'writes to', 'recipient'],
    appointment: ['appointer', 'appoints', 'appointee'],
    aid: ['donor', 'gives aid to', 'recipient'],
  };
  const v = verbs[e.type];
  let text: string | undefined;
  if (v) {
    const [a, verb, b] = v;
    const agent = one([a, 'approver']);
    const patient = one([b]);
    const diplomatsOf =
      e.type === 'expulsion' && e.participants.some((p) => p.role === b && p.entity.type === 'Place');
    if (agent && patient) text = `${agent} ${verb} ${diplomatsOf ? 'diplomats of ' : ''}${patient}`;
    else if (patient) text = `${e.type[0]!.toUpperCase()}${e.type.slice(1)} of ${patient}`;
    else if (agent) text = `${agent}: ${e.type}`;
  } else if (e.type === 'meeting' || e.type === 'phone-call') {
    const ps = by('participant');
    text =
      ps.length >= 2
        ? `${ps[0]} ${e.type === 'phone-call' ? 'speaks with' : 'meets'} ${list(ps.slice(1))}${e.type === 'meeting' ? where : ''}`
        : undefined;
  } else if (['return', 'departure', 'arrival', 'visit'].includes(e.type)) {
    const who = one(['traveller', 'visitor']);
    const verb = { return: 'returns', departure: 'leaves', arrival: 'arrives', visit: 'visits' }[e.type]!;
    const prep = e.place
      ? ({ return: ' to ', departure: ' from ', arrival: ' in ', visit: ' ' }[e.type] ?? ' ') + e.place.name
      : '';
    text = `${who} ${verb}${prep}`;
  } else if (e.type === 'interview') {
    const er = one(['interviewer']);
    text = `${one(['interviewee'])} interviewed${er ? ` by ${er}` : ''}`;
  } else if (e.type === 'statement' || e.type === 'speech') {
    const host = one(['host']);
    text = `${one(['speaker'])} ${e.type === 'speech' ? `speaks${host ? ` at ${host}` : ''}` : 'makes a statement'}`;
  }
  text ??= `${e.type[0]!.toUpperCase()}${e.type.slice(1)}: ${e.participants.map((p) => `${p.entity.name} (${p.role})`).join(', ')}`;
  return e.date ? `${text} (${e.date})` : text;
}
