// A headline's "X 'words'" with no verb ("U.N. chief 'shocked' by …"): the name right before the
// quotation, an organisation's head ("U.N. chief") the one person titled as one of it.
import { isVerb } from '../context.js';
import type { Attribution, SpeakerIndex } from './speakers.js';

export function headlineSubject(work: string, sp: SpeakerIndex, open: number): Attribution | undefined {
  const m = sp.all.find(
    (x) =>
      x.end <= open &&
      /^\s*(?:(?:chief|head|leader|boss|spokes(?:wo)?man|spokesperson)\s*)?$/i.test(work.slice(x.end, open)),
  );
  // ("2022 showed Russia 'who …'": the object of a verb is no subject.)
  const prev = /(\p{Ll}+)\s+$/u.exec(work.slice(Math.max(0, m?.start ?? 0) - 20, m?.start ?? 0));
  if (!m || (prev && isVerb(prev[1]!))) return undefined;
  const role = /\S/.test(work.slice(m.end, open));
  const kind = /spokes/i.test(work.slice(m.end, open))
    ? /spokes/i
    : /secretary.general|chief|head|president|director|leader|chair|prime minister/i;
  const holder = role && m.entity.type === 'Organization' ? sp.roleHolder(m.entity, kind) : undefined;
  return { speaker: holder ?? m.entity, rule: 'quotes:headline-subject' };
}
