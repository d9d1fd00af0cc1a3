/**
 * What a later instance (an appeal, a retrial) rules on each earlier instance it cites: quashed or
 * changed (撤销, 改判, 变更, 发回重审) or upheld (维持), read from its disposition (pure). Domain rule 2:
 * a judgment a later instance reversed is no 类案; src/search/reversals.ts marks such judgments in
 * the index, with the later instance as evidence.
 */
import { caseNumberKey, findCaseNumbers, numbersInContext, parseCaseNumber } from "./case-number.ts";
import { parseChineseInt } from "./numerals.ts";
import { DISPOSITION_ITEMS, pronouncedItems } from "./outcome.ts";
import type { JudgmentRecord } from "./record.ts";

/** The appeal results (JudgmentRecord.outcome.appeal) by which a later instance reverses an earlier one. */
export const REVERSING_RESULTS = ["amended", "remanded"] as const;
export type ReversingResult = (typeof REVERSING_RESULTS)[number];

export function isReversingResult(result: string | undefined): result is ReversingResult {
  return (REVERSING_RESULTS as readonly (string | undefined)[]).includes(result);
}

export interface InstanceRuling {
  /** The earlier instance's number as the later one cites it: one of its priorCaseNumbers. */
  caseNumber: string;
  effect: "quashed" | "upheld";
  /** The item of the disposition that says so, shortened. */
  clause: string;
  /**
   * Quashed: what each quashing verb governing this number says, whole, from the verb to the next
   * (撤销…对被告人甲的量刑部分): src/search/reversals.ts reads which defendants it names.
   */
  spans?: string[];
  /** Told in the judgment's history (a remand by an instance that may not be indexed): "remanded". */
  told?: "remanded";
  /** Told: the number of the ruling that sent it back, when the history names it before its 撤销/发回. */
  toldBy?: string;
}

/** What is read of a later instance (a JudgmentRecord, or the parts of it an index document keeps). */
export interface LaterInstance {
  procedure?: string | undefined;
  priorCaseNumbers: readonly string[];
  outcome: { appeal?: string | undefined };
  sections: Pick<JudgmentRecord["sections"], "disposition" | "history">;
}

const VERBS = /撤销|改判|变更|发回|维持|驳回/g;
/** 撤消 is written for 撤销 (（2017）陕01刑终273号); read as one word. Same length: offsets hold. */
const quashWritten = (text: string | undefined): string => (text ?? "").replaceAll("撤消", "撤销");
const QUASHING = new Set(["撤销", "改判", "变更", "发回"]);
/**
 * 撤销 of a probation alone (刑法 §77: a new crime or a breach during probation): 撤销…宣告缓刑的
 * 执行部分, …所宣告的缓刑, 撤销前罪判决的缓刑. The judgment that granted it is enforced, not reversed,
 * unless the history tells it is the very judgment under review.
 */
const PROBATION_ONLY =
  /缓刑[^，,；;。、]{0,10}?部分|缓刑的?宣告|(?:宣告|判处|所判|适用)的缓刑|撤销(?:其|对其|前罪(?:判决)?的?)?缓刑/;
const CLAUSE_CHARS = 120;

/** Items on property or the civil claim: what is seized, confiscated, returned or compensated. */
const PROPERTY_ITEM =
  /权属|追缴|没收|退赔|发还|赔偿|附带民事|扣押|冻结|财物|违法所得|责令|返还|上缴国库|赃款|赃物|涉案|款物|物品/;
/** …and words of a conviction or a sentence, which make an item more than that. */
const SENTENCE_ITEM =
  /判处|定罪|量刑|刑期|有期徒刑|拘役|管制|罚金|缓刑|罪名|犯[^，。；]{0,20}罪|刑罚|主刑|无罪|免[予于]|决定执行|减刑|假释|禁止令|剥夺政治权利/;

/**
 * 撤销 of an item on property or the civil claim only (撤销…第二项，即“违法所得…继续予以追缴”, 即附带民事
 * 判决部分, 对违法所得的退赔部分): the conviction and the sentence stand, so the judgment is not reversed
 * (其余维持). Read from what the item names after 即, 关于 or 对…的; an item named by its number alone
 * (撤销…刑事附带民事判决第一项) tells nothing and stays a quash.
 */
function propertyOnly(span: string): boolean {
  const at = span.search(/即|关于|对[^，。；]{0,20}的/);
  if (at < 0) return false;
  const what = span.slice(at).replace(/刑事附带民事(?:判决|裁定)书?/g, "");
  return PROPERTY_ITEM.test(what) && !SENTENCE_ITEM.test(what);
}

/**
 * The judgments a disposition means by 原判 (撤销原判，发回重审): an appeal's, the latest earlier
 * first instance (a first trial or a retrial: after a remand, the retrial); a retrial's, the latest
 * second instance and the latest first instance. Taken from the instances the history tells (审理
 * 经过: 宣判后…提出上诉), else from all the judgment cites; latest by year, then by the order cited.
 */
export function reviewedInstances(later: Omit<LaterInstance, "outcome">): string[] {
  const told = new Set(findCaseNumbers(later.sections.history ?? "").map((c) => caseNumberKey(c.raw)));
  const inHistory = later.priorCaseNumbers.filter((raw) => told.has(caseNumberKey(raw)));
  const priors = (inHistory.length > 0 ? inHistory : later.priorCaseNumbers).map((raw) => ({
    raw,
    number: parseCaseNumber(raw),
  }));
  const latest = (procedures: string[]) => {
    let best: (typeof priors)[number] | undefined;
    for (const p of priors) {
      if (!procedures.includes(p.number?.procedure ?? "")) continue;
      if (!best || (p.number?.year ?? 0) >= (best.number?.year ?? 0)) best = p;
    }
    return best?.raw;
  };
  const first = latest(["一审", "再审"]);
  if (later.procedure === "二审") return first ? [first] : [];
  return [latest(["二审"]), first].filter((raw): raw is string => raw !== undefined);
}

/**
 * What `later` rules on each earlier instance it cites, when its result reverses (amended or
 * remanded; an affirmed, withdrawn or unread result rules on none). In each item of the disposition
 * a verb governs the numbers after it (撤销 A 和 B); a quashing verb followed by no number goes back to
 * the item's last number (维持 A 的定罪部分，撤销量刑部分), else to 原判 ({@link reviewedInstances}).
 * A number both upheld and quashed (维持第一项；撤销第二项) is quashed: the judgment no longer stands
 * as given. A revoked probation quashes only the judgment under review ({@link PROBATION_ONLY}); a
 * property or civil item quashed upholds the rest ({@link propertyOnly}).
 * Numbers the judgment does not cite as instances are left out.
 */
export function instanceRulings(later: LaterInstance): InstanceRuling[] {
  if (!isReversingResult(later.outcome.appeal)) return [];
  const priors = new Map(later.priorCaseNumbers.map((raw) => [caseNumberKey(raw), raw]));
  if (priors.size === 0) return [];
  const reviewed = reviewedInstances(later);
  // A probation is taken as reversed only on a judgment the history says is under review.
  const told = new Set(findCaseNumbers(later.sections.history ?? "").map((c) => caseNumberKey(c.raw)));
  const underReview = new Set(reviewed.map(caseNumberKey).filter((key) => told.has(key)));
  const rulings = new Map<string, InstanceRuling>();
  const rule = (raw: string, quashing: boolean, clause: string, span: string) => {
    const key = caseNumberKey(raw);
    const caseNumber = priors.get(key);
    if (caseNumber === undefined) return;
    const seen = rulings.get(key);
    if (seen?.effect === "quashed") {
      if (quashing && !seen.spans?.includes(span)) seen.spans?.push(span);
      return;
    }
    if (seen && !quashing) return;
    rulings.set(
      key,
      quashing
        ? { caseNumber, effect: "quashed", clause: shorten(clause), spans: [span] }
        : { caseNumber, effect: "upheld", clause: shorten(clause) },
    );
  };
  for (const clause of quashWritten(later.sections.disposition).split(DISPOSITION_ITEMS)) {
    type Token = { at: number; verb?: string; number?: string; span?: string };
    const tokens: Token[] = [
      ...[...clause.matchAll(VERBS)].map((m) => ({ at: m.index, verb: m[0] })),
      ...numbersAt(clause).map(({ at, raw }) => ({ at, number: raw })),
    ];
    tokens.sort((a, b) => a.at - b.at);
    let verb: Token | undefined;
    let probation = false;
    let governed = false;
    let lastNumber: string | undefined;
    const dangling = () => {
      if (!verb?.verb || governed || !QUASHING.has(verb.verb)) return;
      const span = verb.span ?? clause;
      if (lastNumber === undefined) {
        // 撤销前罪判决的缓刑 names no number: not 原判.
        if (!probation) for (const raw of reviewed) rule(raw, true, clause, span);
      } else if (!probation || underReview.has(caseNumberKey(lastNumber)))
        rule(lastNumber, true, clause, span);
    };
    tokens.forEach((token, i) => {
      if (token.verb !== undefined) {
        dangling();
        const next = tokens.slice(i + 1).find((t) => t.verb !== undefined)?.at ?? clause.length;
        const span = clause.slice(token.at, next);
        verb = { ...token, span };
        governed = false;
        probation = token.verb === "撤销" && PROBATION_ONLY.test(span);
        // A property or civil item quashed: the judgment stands as to conviction and sentence.
        if (token.verb === "撤销" && propertyOnly(span)) verb = { at: token.at, verb: "撤销财物" };
      } else if (token.number !== undefined) {
        if (verb?.verb !== undefined) {
          const quashing = QUASHING.has(verb.verb);
          if (!(quashing && probation && !underReview.has(caseNumberKey(token.number))))
            rule(token.number, quashing, clause, verb.span ?? clause);
          governed = true;
        }
        lastNumber = token.number;
      }
    });
    dangling();
  }
  // A judgment (not a ruling) on appeal or retrial that pronounces sentences without a word of what
  // it quashes changes 原判 all the same (刑事诉讼法 §236 (2); （2017）青02刑终20号 维持 the others'
  // sentences and sentences 马某甲 anew): the items pronouncing sentences are the quash, so a change
  // to some defendants reads as such (src/search/reversals.ts).
  const disposition = quashWritten(later.sections.disposition);
  if (later.outcome.appeal === "amended" && !/撤销|改判|变更|发回/.test(disposition)) {
    const pronounced = pronouncedItems(disposition);
    if (pronounced.length > 0)
      for (const raw of reviewed) for (const item of pronounced) rule(raw, true, item, item);
  }
  return [...rulings.values()];
}

/**
 * The history's sentences and clauses (。；), except that a quoted ruling which sends the case back
 * stays one, from its colon on (裁定：一、撤销…刑终7号刑事判决…；…；第三项…。二、发回…重审): its
 * quash is in an item before the one saying 发回.
 */
function historyUnits(history: string): string[] {
  return history.split(/\n|。(?![一二三四五六七八九十]{1,3}、)/).flatMap((sentence) => {
    const list = /(?:裁定|判决)(?:如下)?[：:]/.exec(sentence);
    if (list && REMAND.test(sentence.slice(list.index)))
      return [...sentence.slice(0, list.index).split(/[；;]/), sentence.slice(list.index)];
    return sentence.split(/[；;]/);
  });
}

/**
 * A question of property or the civil claim named before the verb (对…宝马X3汽车…的权属异议部分发回
 * 重审): the remand is of that part only.
 */
function propertyBefore(text: string): boolean {
  const part = /对([^，,。；;]{0,60})部分\s*$/.exec(text)?.[1];
  return part !== undefined && PROPERTY_ITEM.test(part) && !SENTENCE_ITEM.test(part);
}

/** Only the civil part went up: 刑事部分已发生法律效力. */
const CRIMINAL_PART_FINAL = /刑事部分(?:已经?|业已)(?:发生法律效力|生效)/;
const REMAND = /发回/;
const QUASH_TOLD = /撤销|发回/g;

/**
 * The earlier instances a judgment's history tells were quashed and sent back (撤销…发回重审) — by an
 * instance the index may not hold: the retrial after a remand says so of the judgment it replaces
 * (本院于…作出（2019）川1304刑初79号刑事判决…中级人民法院…裁定，撤销本院（2019）川1304刑初79号刑事判决，
 * 发回本院重新审判). Read in the sentences that say 发回: 撤销 or 发回 governs the numbers after it, up
 * to the next; one governing none (撤销原判，发回重审; 被…撤销，发回本院重新审判) means the latest first
 * instance the history cited before it. Not when only the civil part went up (刑事部分已发生法律效力).
 * Numbers the judgment does not cite as instances are left out (pure).
 */
export function toldRemands(later: Omit<LaterInstance, "outcome" | "procedure">): InstanceRuling[] {
  const history = quashWritten(later.sections.history);
  if (!REMAND.test(history) || CRIMINAL_PART_FINAL.test(history)) return [];
  const priors = new Map(later.priorCaseNumbers.map((raw) => [caseNumberKey(raw), raw]));
  const rulings = new Map<string, InstanceRuling>();
  let latestFirst: string | undefined;
  for (const sentence of historyUnits(history)) {
    const numbers = numbersAt(sentence);
    const latestBefore = (at: number): string | undefined => {
      let latest = latestFirst;
      for (const n of numbers) if (n.at < at && parseCaseNumber(n.raw)?.procedure === "一审") latest = n.raw;
      return latest;
    };
    if (REMAND.test(sentence)) {
      const verbs = [...sentence.matchAll(QUASH_TOLD)].map((m) => m.index);
      let governedAny = false;
      for (const [i, at] of verbs.entries()) {
        const next = verbs[i + 1] ?? sentence.length;
        const span = sentence.slice(at, next);
        if (propertyOnly(span) || propertyBefore(sentence.slice(verbs[i - 1] ?? 0, at))) continue;
        const governed = numbers.filter((n) => n.at > at && n.at < next);
        // The ruling that did it: the last appeal or retrial number written before the verb
        // (…作出（2017）京刑终902号刑事裁定，撤销…发回重审).
        const by = numbers
          .filter((n) => n.at < at && parseCaseNumber(n.raw)?.procedure !== "一审")
          .at(-1)?.raw;
        const meant =
          governed.length > 0 ? governed.map((n) => n.raw) : governedAny ? [] : [latestBefore(at)];
        governedAny ||= governed.length > 0;
        for (const raw of meant) {
          const caseNumber = raw === undefined ? undefined : priors.get(caseNumberKey(raw));
          if (caseNumber === undefined) continue;
          const seen = rulings.get(caseNumberKey(caseNumber));
          if (seen) {
            if (!seen.spans?.includes(span)) seen.spans?.push(span);
          } else
            rulings.set(caseNumberKey(caseNumber), {
              caseNumber,
              effect: "quashed",
              clause: shorten(sentence),
              spans: [span],
              told: "remanded",
              ...(by ? { toldBy: by } : {}),
            });
        }
      }
    }
    for (const n of numbers) if (parseCaseNumber(n.raw)?.procedure === "一审") latestFirst = n.raw;
  }
  return [...rulings.values()];
}

/**
 * The numbers of the items a quashing span names (第一、二项的量刑部分和第三项 → 1, 2, 3; 第一至第六项 →
 * 1…6); an item whose number cannot be read counts as 0.
 */
export function quashedItemNumbers(span: string): number[] {
  const out: number[] = [];
  for (const m of span.matchAll(/第([第一二三四五六七八九十百零〇\d、，,和及与至到—-]{1,40}?)项/g)) {
    for (const part of (m[1] ?? "").split(/[、，,和及与]/)) {
      if (!part) continue;
      const [from, to] = part.split(/至|到|—|-/).map((x) => parseChineseInt(x.replace(/^第/, "")));
      if (from !== undefined && to !== undefined && to >= from && to - from < 100)
        for (let i = from; i <= to; i++) out.push(i);
      else out.push(from ?? 0);
    }
  }
  return out;
}

/** A disposition's numbered items (一、被告人甲犯…；二、扣押…予以没收) by number. */
export function dispositionItems(disposition: string): Map<number, string> {
  const items = new Map<number, string>();
  const starts = [...disposition.matchAll(/(?:^|(?<=[\s。；;，,：:]))([一二三四五六七八九十]{1,3})、/g)];
  for (const [i, m] of starts.entries()) {
    const n = parseChineseInt(m[1] ?? "");
    const end = starts[i + 1]?.index ?? disposition.length;
    if (n !== undefined && !items.has(n)) items.set(n, disposition.slice(m.index, end));
  }
  return items;
}

/**
 * Whether an amending appeal or retrial changed property or civil items only (撤销…附带民事判决第三项,
 * 改判赔偿…): its quashing items are all on property, and it pronounces no sentence of its own — the
 * conviction and the sentences stand, though the result is 改判.
 */
export function amendsPropertyOnly(disposition: string | undefined): boolean {
  if (!disposition || pronouncedItems(disposition).length > 0) return false;
  // The judgment's own name (刑事附带民事判决) says nothing of what an item is about.
  const items = quashWritten(disposition)
    .split(DISPOSITION_ITEMS)
    .map((item) => item.replace(/刑事附带民事(?:判决|裁定)书?/g, ""));
  const quashing = items.filter((item) => /撤销|改判|变更/.test(item));
  if (quashing.length === 0 || quashing.some((item) => SENTENCE_ITEM.test(item))) return false;
  // What was quashed or put in its place is on property (撤销…第三项；三、上诉人…赔偿…).
  return items.some((item) => !/维持|驳回/.test(item) && propertyItem(item));
}

/** An item on property or the civil claim only: what is seized, confiscated, returned or paid. */
export function propertyItem(item: string): boolean {
  return PROPERTY_ITEM.test(item) && !SENTENCE_ITEM.test(item);
}

/** The case numbers of a clause, each with where it is written, in order (case-number.ts numbersInContext). */
function numbersAt(clause: string): { at: number; raw: string }[] {
  return numbersInContext(clause).map(({ number, before }) => ({ at: before.length, raw: number.raw }));
}

function shorten(clause: string): string {
  const text = clause.replace(/\s+/g, " ").trim();
  return text.length > CLAUSE_CHARS ? `${text.slice(0, CLAUSE_CHARS)}…` : text;
}
