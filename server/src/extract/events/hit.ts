// One match of an event rule's trigger, and the one place where what the rule makes gets its date and
// evidence: by default the date nearest the trigger within its clause and the trigger's sentence.
import type { Span } from '@dossier/model';
import type { Ctx } from '../context.js';
import type { Entity } from '../entities/index.js';
import type { Sentence } from '../text.js';
import type { EvOut, RelOut } from './types.js';

export interface EventDraft {
  participants: EvOut['participants'];
  main: Entity;
  place?: Entity;
  /** Overrides the date nearest the trigger. */
  date?: string | null;
  /** What makes two events of the rule's type one (see EvOut.key). */
  key?: string;
}

/**
 * A cheap word test run before a rule's trigger regex: literals of which every match of the regex contains
 * at least one (case as in the regex). A body holding none of them cannot match, so the regex's scan of the
 * whole body is skipped. The words are read off the regex's alternatives; keep them in step when the regex
 * changes (test/unit/extract-rule-guards.test.ts checks them against the rules' matches on the test
 * corpora). `lower: true`: the regex ignores case, and the test runs on the lower-cased body.
 */
export interface RuleGuard {
  words: readonly string[];
  lower?: boolean;
}

/** An event rule: a trigger regex and a handler that reads the sentence around each match. */
export interface EventRule {
  /** Stable rule id: `events/<family>:<name>`. */
  id: string;
  /** The type of the events the rule makes. */
  type: string;
  /** The trigger: a global regex run once over the body. */
  re: RegExp;
  /** The words one of which every match of `re` holds (see RuleGuard); a rule without one always runs. */
  guard?: RuleGuard;
  /**
   * The ids of earlier rules of the list whose findings this rule only goes on from (a credentials
   * ceremony's envoys listed after it): without a match of one of them in the body, its regex is not run.
   */
  after?: readonly string[];
  run(hit: RuleHit): void;
}

/** Whether `rule` may match somewhere in `seg` (`lower`: seg lower-cased, computed when first asked). */
export function mayMatch(rule: EventRule, seg: string, lower: () => string): boolean {
  const g = rule.guard;
  if (!g) return true;
  const text = g.lower ? lower() : seg;
  return g.words.some((w) => text.includes(w));
}

export class RuleHit {
  /** Events made, in order; a rule may make several (one per coordinated subject). */
  readonly made: EvOut[] = [];
  /** Relations made without an event. */
  readonly loose: RelOut[] = [];
  private near: string | null | undefined;

  constructor(
    readonly c: Ctx,
    readonly s: Sentence,
    /** Start and end of the trigger match. */
    readonly at: number,
    readonly end: number,
    readonly rule: EventRule,
  ) {}

  /** The value of the date nearest the trigger within its clause (null when there is none). */
  get date(): string | null {
    if (this.near === undefined) this.near = this.c.dateNear(this.s, this.at)?.value ?? null;
    return this.near;
  }

  /** The evidence of everything the rule makes here: the trigger's sentence. */
  evidence(): Span[] {
    return [this.c.evidence(this.s)];
  }

  /** An event of the rule's type, dated and evidenced. */
  event(d: EventDraft): EvOut {
    const e: EvOut = {
      type: this.rule.type,
      date: d.date === undefined ? this.date : d.date,
      place: d.place,
      participants: d.participants,
      evidence: this.evidence(),
      relations: [],
      main: d.main,
      rule: this.rule.id,
    };
    if (d.key) e.key = d.key;
    this.made.push(e);
    return e;
  }

  /**
   * A typed relation with the sentence as evidence, dated like its event (else like the trigger), and
   * attached to the event when there is one.
   */
  relation(
    source: Entity,
    type: string,
    target: Entity,
    opts: { event?: EvOut; date?: string | null; place?: Entity } = {},
  ): void {
    const r: RelOut = {
      source,
      type,
      target,
      date: opts.date !== undefined ? opts.date : opts.event ? opts.event.date : this.date,
      evidence: this.evidence(),
      rule: this.rule.id,
    };
    if (opts.place) r.place = opts.place;
    if (opts.event) {
      r.event = opts.event;
      opts.event.relations.push(r);
    } else this.loose.push(r);
  }
}
