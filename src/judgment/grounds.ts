/**
 * Whose sentencing grounds are whose in a judgment of several defendants. Pure.
 *
 * A judgment's circumstance tags (src/judgment/circumstances.ts) are read from its whole facts and
 * reasoning, so in a joint crime they are every defendant's at once: the leader's ten years carry
 * the accomplice's 从犯 and 自首 (LeCaRD 140: the most severe sentence is one defendant's, the 从犯
 * and the 累犯 the other's; 2,939 of LeCaRD's 9,088 judgments sentence several defendants). An audit
 * comparing the most severe sentence, or a report setting two sentences side by side, must weigh
 * that defendant's own grounds (刑法 §65 累犯, §67 自首/坦白, §68 立功, §22–24 预备/未遂/中止, §26–28
 * 主犯/从犯/胁从犯 are each a person's).
 *
 * Each ground is found where it is written, by the tag rules themselves over the whole text, and
 * goes to the subject of the nearest clause (，；。：) before it that names one: defendants' names at
 * the clause's start (after connectives and role words: 鉴于被告人X), or followed by a predicate
 * (X系从犯, 辩护人提出X、Y有自首情节), a list of names (X、Y和Z) being one subject, and so are names each
 * with a phrase of their own (X在一审时、Y在归案后如实供述) unless that phrase holds a ground of its own
 * (X系主犯、Y系从犯: the rest of the clause is Y's); 各被告人 are all of
 * them, 二被告人 and 二人 too where the defendants are two people (a 被告单位 is no 人), else the two
 * named in their sentence or the one before (all, where not exactly two are), 其二人 and 该二人 the two
 * just named. A name that is only an object (协助公安机关抓获X, 对于X的贩卖毒品行为所起的作用) names
 * no subject. What is written before any defendant is named is everyone's. Only the court's word counts: a ground in a party's submission it
 * does not accept there (its numbered points too: 辩护意见：1、…。2、X系从犯), or a role it denies
 * (不宜认定为从犯), is no one's; nor is a ground the court denies a defendant after it is found (电话通知
 * 到案 in the facts, 不能认定为自首 in the reasoning), unless the denial is one charge's (对其所犯X罪不构成自首).
 */
import { circumstanceDenials, circumstanceMatches } from "./circumstances.ts";
import { parseChineseInt } from "./numerals.ts";
import { partyKind } from "./parties.ts";

/**
 * Tags that belong to one person, not to the offence: the statutes above, and 前科 (§65's record),
 * 谅解, 赔偿, 退赃退赔 (each defendant's own, weighed in sentencing by the SPC and SPP 2021 《关于常见犯罪
 * 的量刑指导意见（试行）》, 三、常见量刑情节的适用) and 认罪认罚 (刑事诉讼法 §15, a defendant's own plea).
 */
export const PERSONAL_GROUNDS: ReadonlySet<string> = new Set([
  "自首",
  "坦白",
  "立功",
  "累犯",
  "前科",
  "犯罪未遂",
  "犯罪中止",
  "犯罪预备",
  "主犯",
  "从犯",
  "胁从犯",
  "谅解",
  "赔偿",
  "退赃退赔",
  "认罪认罚",
]);

const ALL = "\u0000all";
/** The key of a person named in the judgment whom it does not sentence (a co-offender tried apart). */
const STRANGER = "\u0000other:";
/** The key of those a numbered collective names when it cannot be told who they are. */
const NOBODY = "\u0000nobody";

/** Where clauses end: a subject named in one speaks for the clauses after it. */
const BOUNDARY = new Set(["，", ",", "；", ";", "。", "：", ":", "\n"]);

/** 各被告人, 上述被告人, 被告人等均: a subject that is every defendant. */
const COLLECTIVE =
  /(?:各|上述|上列|以上|全体|诸|本案)(?:被告人|上诉人|原审被告人)|(?<!(?:其余|其他|余下|剩余)[的各]?)被告人[^，。；]{0,3}均/g;
/**
 * 二被告人, 五上诉人, 二人: every defendant when they are as many (people only: 被告单位 are no 人),
 * else the N just named (COUNTED).
 */
const NUMBERED =
  /([二两三四五六七八九十]+)名?(?:被告人|上诉人|原审被告人)|(?<![他她们另其该此这])([二两三四五六七八九十])人/g;
/** 其余五被告人, 其他二人, 其余被告人: the defendants but those just named. */
const REST = /(?:其余|其他|余下|剩余|另外)[的各]?$/;
/** 其余被告人 with no number: numbered by nothing (count 0), the defendants but the subject before. */
const REST_UNNUMBERED = /(?<=(?:其余|其他|余下|剩余)[的各]?)(?:被告人|上诉人|原审被告人)/g;
const REST_LEAD = /^(?:[\s“”]|鉴于|因|由于|且|但|而|同时|综上|故|并)*(?:其余|其他|余下|剩余)[的各]?$/;
/** 其二人, 该二人, 他们四人: those just named, however many the defendants are. */
const ANAPHOR = /(?<=[他她们其该此这])([二两三四五六七八九十])人/g;

/**
 * A phrase that brings in another party or voice (X与Y、Z达成协议, X提出…、Y提出…): no phrase of a subject's
 * own, after which a name would share what follows.
 */
const OTHER_PARTY = /[与和及同向对给跟]|提出|所提|辩称|辩解|认为|供述|诉称|主张|称/;

/** What a defendant is called before the name: 被告人, 上诉人, 原审被告人, 上诉人（原审被告人）. */
const ROLE = "上诉人[（(]原审被告人[)）]|原审被告人|上诉人|被告人";

/** Between two subjects of one clause, each named with a phrase of their own: X在一审时、(被告人)Y. */
const PARALLEL = /^[^，,；;。：:、\n]{1,15}、(?:被告人|上诉人|原审被告人)?$/;

/** What may stand before a subject at a clause's start: connectives and role words. */
const LEAD =
  /(?:[\s“”]|鉴于|因|由于|且|但|而|另|另外|同时|其中|又|经查|综上|综观|故|对|对于|关于|并且|并|本案中?|公诉机关指控|公诉机关认为|原审|上诉人|被告人|被告单位|罪犯|申诉人|同案犯|（|）|\(|\))*/y;

/** An act a role is weighed against (X的贩卖毒品行为所起的作用): X is not the one whose role it is. */
const ROLE_AGAINST = /^的?[^，。；]{0,12}(?:行为|犯罪)[^，。；]{0,4}(?:所起|起[到了]?)/;

/** What follows a name used as a subject (X系从犯, X有自首情节, X到案后如实供述). */
const PREDICATE =
  /系|是|有|具有|构成|属于?|在|能|归案|到案|如实|主动|自动|起|均|亦|也|作为|的|曾|因|于|经|已|当庭|自愿|认罪|投案|揭发|检举|协助|积极|退|赔|取得|与被害人|犯罪|被抓获|被公安/y;

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** A character that makes a masked name longer (张某 → 张某某, 张某甲, 张某1). */
const MASK_CONTINUES = /[某甲乙丙丁戊己\d]/;
/**
 * A masked name, which a mask character after it may make another's. Not a full name: a date may
 * follow it (被告人王大海2017年…), and it is still that defendant.
 */
const MASKED = /某|[xX×*＊]/;

/**
 * Each defendant's personal grounds ({@link PERSONAL_GROUNDS}) in `text` (facts and reasoning):
 * `names` are the defendants the disposition sentences (one or more). `others` are the accused it
 * names (the parties' 被告人, 上诉人 and 原审被告人); those it does not sentence ({@link unsentenced}:
 * co-appellants whose appeal another judgment decides, co-offenders tried apart) have their clauses
 * (上诉人Y主动供述…以自首论 is not the defendant named before Y's).
 */
export function groundsByDefendant(
  text: string,
  names: readonly string[],
  others: readonly string[] = [],
): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const order = [...PERSONAL_GROUNDS];
  for (const [n, { found, denied }] of weighedGrounds(text, names, others)) {
    const own = new Map([...found].filter(([tag]) => !denied.has(tag)));
    // 主犯 and 从犯 of one person: the court's conclusion is written last (the facts and what the
    // parties claimed come before the reasoning's finding).
    const main = own.get("主犯");
    const accessory = own.get("从犯");
    if (main !== undefined && accessory !== undefined) own.delete(main < accessory ? "主犯" : "从犯");
    out.set(
      n,
      order.filter((tag) => own.has(tag)),
    );
  }
  return out;
}

/**
 * The personal grounds the court denies each defendant after the last place it finds them, or where
 * it finds them nowhere (a claim refused: 公诉机关指控的自首…不能成立): by the same reading as
 * {@link groundsByDefendant}. A judgment's tags of one defendant drop them (src/search/documents.ts).
 */
export function deniedGrounds(
  text: string,
  names: readonly string[],
  others: readonly string[] = [],
): Map<string, string[]> {
  return new Map([...weighedGrounds(text, names, others)].map(([n, { denied }]) => [n, [...denied]]));
}

/**
 * Of `others` (the accused a judgment names), those it does not sentence: not one of `names`, nor a
 * name that may be one of theirs written otherwise (a slip or another mask) — unless that defendant
 * is among `others` as written: the parties' header names each accused once, so a name beside it is
 * another person's, however alike (宋某甲 beside 宋某乙, 张某乙 beside 张某), but for the defendant's
 * name run on into other words (王某盗窃, a header read too far).
 */
export function unsentenced(names: readonly string[], others: readonly string[]): string[] {
  const accused = new Set(others);
  const same = (o: string, n: string) =>
    accused.has(n) ? o.startsWith(n) && !MASK_CONTINUES.test(o.charAt(n.length)) : perhapsSame(o, n);
  return [...accused].filter((o) => o.length >= 2 && !names.some((n) => same(o, n)));
}

/**
 * Each defendant's grounds where the court finds them last (tag → index), and those it denies them
 * after that: {@link groundsByDefendant}'s reading, one defendant or many.
 */
function weighedGrounds(
  text: string,
  names: readonly string[],
  others: readonly string[],
): Map<string, { found: Map<string, number>; denied: Set<string> }> {
  const people = [...new Set(names.filter((n) => n.length >= 2))];
  const out = new Map<string, { found: Map<string, number>; denied: Set<string> }>();
  if (people.length === 0) return out;
  const strangers = unsentenced(people, others);
  // Longest first, so that 张某某 is not read as 张某; a masked name not followed by more of a mask.
  const alternatives = [...people, ...strangers]
    .sort((a, b) => b.length - a.length)
    .map((n) => escapeRegExp(n) + (MASKED.test(n) ? "(?![某甲乙丙丁戊己\\d])" : ""));
  const name = `(?:${alternatives.join("|")})`;
  // A list runs on across the role of its next name (上诉人X、Y及原审被告人Z: an appeal's parties).
  const next = new RegExp(`(?:、|和|与|及|以及)(?:${ROLE})?(${name})`, "y");
  const persons = people.filter((n) => partyKind(n) === "person").length;
  /**
   * Whether the name at `from`–`to` is one who pardons (取得Y的谅解, Y出具的谅解书, Y对X表示谅解), not the one
   * pardoned (对X的谅解): in a fight both sides may be defendants, and the injured one's pardon is the
   * other's ground.
   */
  const pardons = (from: number, to: number) =>
    PARDONER.test(text.slice(to, to + 16)) &&
    !/对(?:被告人|上诉人|原审被告人)?$/.test(text.slice(Math.max(0, from - 6), from));
  /**
   * Whether the name at `from` is written as a victim's (被害人X): another person whose masked name is a
   * defendant's, or a defendant of a fight as the one hurt — whose own grounds are written under their
   * role (被告人X), and what they give (谅解书) is no ground of theirs.
   */
  const victim = (from: number) => text.endsWith("被害人", from);
  // Names (end: where the name ends), collectives (end -1), anaphors (end -2, `count` people) and
  // numbered collectives (end -3, `count` people).
  const written = occurrences(text, [...people, ...strangers]);
  const starts = new Set(written.map((m) => m.index));
  const mentions: { index: number; end: number; who: string[]; count?: number }[] = [
    // A stranger is a subject of no defendant's: a key of its own, counted by 二人 but never read out.
    // So is a victim written with a defendant's name (被害人邱某 beside 被告人邱某: a mask shared).
    ...written.map((m) => ({
      ...m,
      who: [people.includes(m.name) && !victim(m.index) ? m.name : STRANGER + m.name],
    })),
    // Not a role word before a name (被告人王某均, 本案被告人王某, a name ending in 均): that one's.
    ...[...text.matchAll(COLLECTIVE)]
      .filter((m) => !starts.has(m.index + (m[0].startsWith("被告人") ? 3 : m[0].length)))
      .map((m) => ({ index: m.index, end: -1, who: [ALL] })),
    ...[...text.matchAll(ANAPHOR)].map((m) => ({
      index: m.index,
      end: -2,
      who: [],
      count: parseChineseInt(m[1] ?? "") ?? 0,
    })),
    ...[...text.matchAll(NUMBERED)].map((m) => ({
      index: m.index,
      end: -3,
      who: [],
      count: parseChineseInt(m[1] ?? m[2] ?? "") ?? 0,
    })),
    // Only as its clause's subject, not an object (与其他被告人共同商议, 抓获同案其他被告人), nor the
    // rest of some unnamed (部分被告人有投案自首情节，剩余被告人…).
    ...[...text.matchAll(REST_UNNUMBERED)]
      .filter(
        (m) =>
          REST_LEAD.test(text.slice(clauseStart(text, m.index), m.index)) &&
          !/(?:部分|有的|个别)(?:被告人|上诉人)/.test(sentenceUpTo(text, m.index)),
      )
      .map((m) => ({ index: m.index, end: -3, who: [], count: 0 })),
  ].sort((a, b) => a.index - b.index);
  /**
   * Whom anaphor k (其二人…) names: the last `count` defendants named, sentence by sentence back (three
   * at most), in each the subjects first (鉴于被告人X、Y帮助Z…，故应认定其二人…: X and Y, not Z), then
   * any named (通知X、Y到案，其二人…). None named (未找到该二人, not defendants), or all: a collective.
   */
  const anaphor = (k: number, count: number): string[] => {
    const named = new Set<string>();
    let to = mentions[k]?.index ?? 0;
    for (let sentences = 0; sentences < 3 && named.size < count && to > 0; sentences++) {
      const from = text.lastIndexOf("。", to - 1);
      const within: number[] = [];
      for (let j = k - 1; j >= 0 && (mentions[j]?.index ?? -1) > from; j--)
        if ((mentions[j]?.index ?? 0) < to && (mentions[j]?.end ?? -1) >= 0) within.push(j);
      for (const own of [true, false])
        for (const j of within)
          for (const n of (own ? subjectAt(j).who : mentions[j]?.who) ?? [])
            if (named.size < count) named.add(n);
      to = from;
    }
    return named.size > 0 && named.size < people.length ? [...named] : [ALL];
  };
  /**
   * Whom numbered collective k (二人, 五上诉人) names: every defendant when they are as many people,
   * else the `count` named before it in its point (up to ；), its sentence, or it and the sentence
   * before (被告人X…；被告人Y…，二人系主犯: X and Y of thirteen) — exactly as many, the subjects
   * first (X负责望风，Y受Z指使搬运货物，二人均是从犯: X and Y, not Z). Where none are: all, if
   * more than the defendants (四上诉人 of whom two are sentenced here); else no one, as it cannot be
   * told which of them (三人只是公司员工 of six). 其余五被告人: the defendants but the subjects nearest
   * before it in its sentence (X、Y起主要作用，系主犯，其余五被告人…系从犯), when they are five;
   * 其余被告人 (count 0): the defendants but the nearest subject.
   */
  const counted = (k: number, count: number): string[] => {
    if (count === persons) return [ALL];
    const at = mentions[k]?.index ?? 0;
    const sentence = text.lastIndexOf("。", at - 1);
    const point = Math.max(sentence, text.lastIndexOf("；", at - 1));
    if (REST.test(text.slice(Math.max(0, at - 3), at))) {
      // The subjects nearest before it, one by one, until the defendants but them are as many; with
      // no number, the nearest subject in its sentence or the one before (X、Y主动投案，系自首。其余被告
      // 人归案后如实供述，系坦白).
      const but = new Set<string>();
      const from = count > 0 || sentence < 0 ? sentence : text.lastIndexOf("。", sentence - 1);
      let clause: number | undefined;
      for (let j = k - 1; j >= 0 && (mentions[j]?.index ?? -1) > from; j--) {
        if ((mentions[j]?.end ?? -1) < 0) continue;
        const here = subjectAt(j);
        // With no number, the whole clause's subjects (X、Y主动投案: both).
        if (count === 0 && clause !== undefined && here.clause !== clause) break;
        for (const n of here.who ?? []) if (people.includes(n)) but.add(n);
        if (but.size > 0) clause ??= here.clause;
        if (but.size > 0 && count > 0 && people.length - but.size === count)
          return people.filter((n) => !but.has(n));
      }
      if (count === 0 && but.size > 0) return people.filter((n) => !but.has(n));
      // Fewer than all the defendants but them (被告人X…系主犯；其他七名被告人… of ten, two tried for
      // another charge): the others of the nearest list of as many names with them or of exactly as many
      // without them, in the sentences before (被告人X伙同被告人Y、Z…均已构成职务侵占罪).
      let earlier = sentence;
      for (let sentences = 0; sentences < 3 && earlier > 0 && but.size > 0; sentences++)
        earlier = text.lastIndexOf("。", earlier - 1);
      for (let j = k - 1; j >= 0 && (mentions[j]?.index ?? -1) > earlier && but.size > 0; j--) {
        const m = mentions[j] as (typeof mentions)[number];
        if (m.end < 0 || !people.includes(m.who[0] ?? "")) continue;
        // A list's first name, not the rest of it (the last two of X、Y、Z are no list of two).
        const before = mentions[j - 1];
        if (before && before.end >= 0 && listAt(before).end >= m.end) continue;
        const others = [...new Set(listAt(m).group)].filter((n) => people.includes(n) && !but.has(n));
        if (others.length === count) return others;
      }
      return [NOBODY];
    }
    const subjects = new Set<string>();
    const named = new Set<string>();
    let j = k - 1;
    const before = sentence < 0 ? -1 : text.lastIndexOf("。", sentence - 1);
    for (const from of [point, sentence, before, before < 0 ? -1 : text.lastIndexOf("。", before - 1)]) {
      for (; j >= 0 && (mentions[j]?.index ?? -1) > from; j--) {
        if ((mentions[j]?.end ?? -1) < 0) continue;
        for (const n of mentions[j]?.who ?? []) named.add(n);
        for (const n of subjectAt(j).who ?? []) subjects.add(n);
      }
      if (subjects.size === count) return [...subjects];
      if (named.size === count) return [...named];
    }
    return count > persons ? [ALL] : [NOBODY];
  };
  /** The names listed from a name's mention on (X、Y和Z), and where the list ends. */
  const listAt = (m: (typeof mentions)[number]) => {
    let end = m.end;
    const group = [...m.who];
    for (;;) {
      next.lastIndex = end;
      const more = next.exec(text);
      if (!more) break;
      group.push(more[1] ?? "");
      end = next.lastIndex;
    }
    return { group, end };
  };
  // Whether mention k is its clause's subject (and whom it names), decided when first needed: only
  // the mentions before a ground are read, most judgments' evidence lists never.
  // `end`: where a list of names a subject is ends (X、Y和Z).
  const decided = new Map<number, { clause: number; who?: string[]; end?: number }>();
  const subjectAt = (k: number) => {
    const known = decided.get(k);
    if (known) return known;
    const m = mentions[k] as (typeof mentions)[number];
    const clause = clauseStart(text, m.index);
    LEAD.lastIndex = clause;
    const lead = clause + (LEAD.exec(text)?.[0].length ?? 0);
    let found: { clause: number; who?: string[]; end?: number } = { clause };
    if (m.end === -2) {
      if (m.index <= lead + 12) found = { clause, who: anaphor(k, m.count ?? 0) };
    } else if (m.end === -3) {
      if (m.index <= lead + 12) {
        // 该三被告人, 此二名上诉人 that `counted` cannot tell (no one's): those just named, as 其二人 (anaphor).
        let who = counted(k, m.count ?? 0);
        if (who[0] === NOBODY && /[此该这]$/.test(text.slice(m.index - 1, m.index))) {
          const named = anaphor(k, m.count ?? 0);
          if (named[0] !== ALL) who = named;
        }
        found = { clause, who };
      }
    } else if (m.end < 0) {
      if (m.index <= lead + 12) found = { clause, who: m.who };
    } else {
      // The names listed with it (X、Y和Z), then what follows the list.
      const { group, end } = listAt(m);
      PREDICATE.lastIndex = end;
      // Not the one whose act another's role is weighed against (对于X的贩卖毒品行为所起的作用较小).
      const against =
        /对于?(?:被告人|上诉人)?$/.test(text.slice(clause, m.index)) && ROLE_AGAINST.test(text.slice(end));
      // Whom a pardon is of (Y对被告人X表示谅解): X, not Y.
      const pardoned =
        /对(?:被告人|上诉人|原审被告人)?$/.test(text.slice(clause, m.index)) &&
        PARDONED.test(text.slice(end, end + 16));
      if (((m.index <= lead || PREDICATE.test(text)) && !against && !pardons(m.index, end)) || pardoned)
        found = { clause, who: [...new Set(group)], end };
    }
    decided.set(k, found);
    return found;
  };
  // Each ground where it is written goes to the subject of the nearest clause before it that names
  // one (its first, where a clause names two); so does each the court denies (不能认定为自首).
  const grounds = new Map<string, Map<string, number>>([[ALL, new Map()]]);
  const denials = new Map<string, Map<string, number>>([[ALL, new Map()]]);
  // A denial is of its clause's nearest subject (…、被告人Y具有自首情节的意见均不能成立: Y's), else of the
  // defendants its clause names (以及被告人X及其辩护人所提X构成自首的意见，不予采纳), or, where
  // its point (up to ；or 。) names some but none as a subject, theirs (有证据证明原审被告人X替他人顶罪，其
  // 虽投案，亦不能成立自首: X's), not the subject of a point before.
  const attribute = (
    into: typeof grounds,
    found: readonly { tag: string; index: number }[],
    denial = false,
  ) => {
    let k = -1;
    for (const { tag, index } of found) {
      while (k + 1 < mentions.length && (mentions[k + 1]?.index ?? Infinity) < index) k++;
      let subject: { clause: number; who?: string[] } | undefined;
      // The clause's first subject, with those listed after it each with a phrase of their own (X在
      // 一审时、Y在归案后如实供述: X and Y) — but where X's phrase holds a ground of its own (X系主犯、Y系
      // 从犯), what follows in that clause is Y's alone.
      let at = -1;
      // Where the names of the subject found end (X、Y和Z), for those named after it with a phrase of their own.
      let listEnd: number | undefined;
      for (let j = k; j >= 0; j--) {
        const here = subjectAt(j);
        if (subject && here.clause !== subject.clause) break;
        if (!here.who) continue;
        const later = mentions[at]?.index ?? -1;
        // Its phrase up to the later subject, with no name between but its own list's (X、Y、Z受雇装卸、
        // 被告人W起辅助作用).
        const adjacent =
          here.end !== undefined &&
          at > j &&
          mentions.slice(j + 1, at).every((m) => m.index < (here.end ?? 0));
        const own = adjacent ? text.slice(here.end, later) : "";
        const joined = subject && here.end !== undefined && (here.end > later || PARALLEL.test(own));
        if (!joined) {
          subject = here;
          listEnd = here.end;
        } else if (
          clauseStart(text, index) === here.clause &&
          circumstanceMatches(own, PERSONAL_GROUNDS).length > 0
        )
          break;
        else subject = { clause: here.clause, who: [...new Set([...here.who, ...(subject?.who ?? [])])] };
        at = j;
      }
      // A name after "、" right behind the subject's phrase, whatever its own predicate (X、Y受雇装卸、被告人Z
      // 负责运输，…系从犯: LeCaRD 27075), shares what follows — unless that phrase holds a ground of its own:
      // then what follows in that clause is the later name's alone (X为主犯、Y、Z为从犯: LeCaRD 2597).
      for (let j = Math.max(at, 0); subject?.who && listEnd !== undefined && j <= k; j++) {
        const m = mentions[j] as (typeof mentions)[number];
        if (m.index < listEnd) continue;
        const own = text.slice(listEnd, m.index);
        if (
          m.end < 0 ||
          clauseStart(text, m.index) !== subject.clause ||
          !PARALLEL.test(own) ||
          OTHER_PARTY.test(own)
        )
          break;
        const alone = circumstanceMatches(own, PERSONAL_GROUNDS).length > 0;
        if (alone && clauseStart(text, index) !== subject.clause) break;
        const list = listAt(m);
        subject = {
          clause: subject.clause,
          who: [...new Set([...(alone ? [] : subject.who), ...list.group])],
        };
        listEnd = list.end;
      }
      // A pardon whose clause opens with its giver (被害人Y出具谅解书, Y a defendant of a fight) and names no
      // one pardoned: not the subject of a clause before it, whom it need not concern (unlike …，均取得Y的
      // 谅解, where that subject obtains it).
      const own = clauseStart(text, index);
      LEAD.lastIndex = own;
      const opening = own + (LEAD.exec(text)?.[0].length ?? 0);
      if (
        !denial &&
        (subject?.clause ?? -1) < own &&
        mentions.some((m) => m.index >= own && m.index <= opening && m.end >= 0 && pardons(m.index, m.end))
      )
        subject = { clause: own, who: [NOBODY] };
      // In a numbered evidence item (2、…谅解书证实，…; 6、…证实，被告人X的前科情况以及被告人Y系累犯的事实)
      // no subject carries over from the item before: the ground is of the names nearest before it in
      // its item, or, where the item names none before it (the head, 刑满释放证明书证实…), of no one: the
      // item's own words or the court's name whose it is. (A denial, rare in evidence, is read as before.)
      const item = denial ? -1 : evidenceItem(text, index);
      if (item >= 0) {
        subject = { clause: item, who: [NOBODY] };
        for (let j = k; j >= 0 && (mentions[j]?.index ?? -1) >= item; j--) {
          const m = mentions[j] as (typeof mentions)[number];
          // Not one dealt with (被告人X、Y亲属与被告人Z签订的和解赔偿协议: X's and Y's, not Z's).
          if (COUNTERPARTY.test(text.slice(Math.max(item, m.index - 6), m.index))) continue;
          // Nor one who gives a pardon (被告人Y出具的谅解书: X's, of the names before).
          if (m.end >= 0 && pardons(m.index, m.end)) continue;
          if (m.end < 0) {
            // 各被告人, or an anaphor or number as its clause's subject (该二人, 三被告人).
            const who = m.end === -1 ? m.who : subjectAt(j).who;
            if (!who) continue;
            subject = { clause: item, who };
            break;
          }
          // The first name of the list holding it (X、Y的前科情况: X and Y).
          let first = j;
          while (first > 0) {
            const before = mentions[first - 1] as (typeof mentions)[number];
            if (before.index < item || before.end < 0 || listAt(before).end < m.end) break;
            first--;
          }
          subject = { clause: item, who: [...new Set(listAt(mentions[first] as typeof m).group)] };
          break;
        }
      }
      // 电话通知X到案 (the 自首 rule's own words): X came, whoever the clause or item names before.
      const called = denial ? null : CALLED.exec(text.slice(index, index + 16));
      if (called) {
        const inside = mentions.find(
          (m) => m.end >= 0 && m.index > index && m.end <= index + called[0].length,
        );
        if (inside) subject = { clause: clauseStart(text, index), who: [...new Set(listAt(inside).group)] };
      }
      // A prior or recidivism whose holder, named right before it, is no defendant (代某有犯罪前科, 隐瞒了代某供述
      // 有犯罪前科, 对代某前科进行查询, 罪犯代某曾因…): no one's here, whoever the clause's subject (the officers
      // who hid or checked another's record).
      const holder = denial || !HELD.has(tag) ? undefined : holderOf(text, index, people, strangers);
      if (holder !== undefined && !people.includes(holder))
        subject = { clause: clauseStart(text, index), who: [NOBODY] };
      const point = Math.max(text.lastIndexOf("。", index), text.lastIndexOf("；", index));
      const named = (from: number) => {
        const found = new Set<string>();
        for (let j = k; j >= 0 && (mentions[j]?.index ?? -1) >= from; j--)
          if ((mentions[j]?.end ?? -1) >= 0) for (const n of mentions[j]?.who ?? []) found.add(n);
        return found.size > 0 ? { clause: from, who: [...found] } : undefined;
      };
      const nearest = (from: number) => {
        for (let j = k; j >= 0 && (mentions[j]?.index ?? -1) >= from; j--) {
          const who = subjectAt(j).who;
          if (who) return { clause: from, who };
        }
        return undefined;
      };
      // A denial of a list of others, none of them a defendant (而孙某某、黎某某无前科劣迹: the cases a
      // write-up compares), is theirs, not the clause's subject's.
      const others = denial ? OTHERS_DENIED.exec(text.slice(clauseStart(text, index), index)) : null;
      if (others && !named(clauseStart(text, index)))
        subject = { clause: clauseStart(text, index), who: [NOBODY] };
      else if (denial)
        subject =
          nearest(clauseStart(text, index)) ??
          named(clauseStart(text, index)) ??
          ((subject?.clause ?? -1) > point ? subject : undefined) ??
          named(point + 1) ??
          subject;
      for (const person of subject?.who ?? [ALL]) {
        const seen = into.get(person) ?? new Map<string, number>();
        seen.set(tag, index);
        into.set(person, seen);
      }
    }
  };
  attribute(
    grounds,
    circumstanceMatches(text, PERSONAL_GROUNDS).filter(
      ({ tag, index }) => !claimedOnly(text, index, tag) && !(ROLES.has(tag) && roleDenied(text, index)),
    ),
  );
  attribute(
    denials,
    circumstanceDenials(text, PERSONAL_GROUNDS).filter(
      ({ index, words }) => !claimedDenial(text, index, words) && !ONE_CHARGE.test(sentenceUpTo(text, index)),
    ),
    true,
  );
  const common = grounds.get(ALL) ?? new Map<string, number>();
  const commonDenied = denials.get(ALL) ?? new Map<string, number>();
  for (const n of people) {
    // A ground the court denies this defendant after the last place it is found is none (刑法 §67:
    // 电话通知到案 in the facts, 不能认定为自首 in the reasoning): the court's word is written last.
    const denied = new Set<string>();
    for (const [tag, at] of [...commonDenied, ...(denials.get(n) ?? [])])
      if (Math.max(common.get(tag) ?? -1, grounds.get(n)?.get(tag) ?? -1) < at) denied.add(tag);
    out.set(n, { found: new Map([...common, ...(grounds.get(n) ?? [])]), denied });
  }
  return out;
}

/**
 * A party's submission: the prosecution's charge or an appeal's prosecutor's opinion (出庭检察员意见, 检察员
 * 关于…的意见), a defence's or an appeal's argument.
 */
const SUBMISSION =
  /辩护人|辩护意见|辩称|辩解|上诉理由|上诉称|上诉提出|公诉机关指控|公诉机关认为|检察院指控|起诉书指控|抗诉|公诉人|检察员的?(?:意见|认为|提出|关于|建议|发表)|诉称|建议(?:对|判处|从轻|减轻|法庭)/;
/** A claim named after a ground in its clause (…构成自首、其行为不应追究刑事责任的辩护意见). */
const CLAIM_AFTER = /^[^，,。；;：:]*(?:意见|理由|辩解|主张|观点)/;
/** A claim closed (…系从犯的辩护意见，) or answered (经查, 本院认为) before a ground: the court's words follow. */
const CLAIM_CLOSED =
  /的(?:辩护|上诉|公诉|抗诉)?(?:意见|理由|辩解|主张|观点)|经查|经审理|查明|本院认为|如前所述/;
/** The court answering a claim (经查, 本院认为, 如前所述), not a claim's own words (…审理查明的诈骗中系从犯). */
const ANSWERED = /经查|经审理(?:认为|查明)|本院(?:认为|经审理)|如前所述/;
/** …which the court accepts in the same sentence. */
const ACCEPTED = /予以采纳|予以支持|予以认可|(?<!不予?)采纳|予以确认|属实|(?<![不能难以])成立|(?<!不)相符/;

/**
 * Whether the ground at `index` is only claimed: its sentence is a party's submission the court does
 * not accept there (辩护人提出被告人X系从犯的辩护意见…不予采纳: not X's 从犯): no acceptance before it, nor
 * after it unless the claim holding it is refused first in its point, up to ； (检察员关于X构成立功…的意见
 * 不能成立，其他意见予以采纳: refused; X系主犯，其辩护人的相关意见不予采纳；…予以采纳: the court's).
 * What the court finds it states in its own words, which are read: after it answers the last
 * submission before the ground (关于辩护人提出X系从犯的意见，经查，X…系主犯，…不予采纳: X's 主犯), or
 * where it speaks before any (本院认为，X系主犯，辩护人所提X系从犯的意见不予采纳) — but not its answer to a
 * claim of that very `tag` which it refuses in its point (所提X有自首情节的意见，经查，不能证实X具有主动投案
 * 的情节，不予采纳: the reasons of a refusal).
 */
function claimedOnly(text: string, index: number, tag: string): boolean {
  const from = text.lastIndexOf("。", index) + 1;
  const to = text.indexOf("。", index);
  const sentence = text.slice(from, to < 0 ? text.length : to);
  const before = sentence.slice(0, index - from);
  const after = sentence.slice(index - from);
  const named = CLAIM_AFTER.test(after);
  const lastOf = (pattern: RegExp, within: string) =>
    Math.max(-1, ...[...within.matchAll(new RegExp(pattern.source, "g"))].map((m) => m.index));
  const submitted = lastOf(SUBMISSION, before);
  const answered = lastOf(ANSWERED, before);
  if (!named && answered > submitted) {
    const point = after.split(/[；;]/, 1)[0] ?? "";
    const refused = point.search(REFUSAL);
    const accepted = after.search(ACCEPTED);
    // The claim answered: what is written since the court's previous answer in the sentence.
    const claimed = before.slice(lastOf(ANSWERED, before.slice(0, submitted)) + 1, answered);
    const sameClaim = submitted >= 0 && circumstanceMatches(claimed, new Set([tag])).length > 0;
    if (!(sameClaim && refused >= 0 && (accepted < 0 || refused < accepted))) return false;
  }
  // A claim holding it — opened before it in its point (the last opened), neither named nor answered yet
  // (辩护人认为X系初犯，有立功表现…的辩护意见), or named after it in its clause (…构成自首、…的辩护意见) —
  // refused in its point (up to ；) before any acceptance: the acceptance is of other points.
  const point = text.slice(
    Math.max(from, text.lastIndexOf("；", index) + 1, text.lastIndexOf(";", index) + 1),
    index,
  );
  const opened = lastOf(SUBMISSION, point);
  const claim = (opened >= 0 && !CLAIM_CLOSED.test(point.slice(opened))) || named;
  const refused = claim ? (after.split(/[；;]/, 1)[0]?.search(REFUSAL) ?? -1) : -1;
  const accepted = after.search(ACCEPTED);
  const refusedFirst = refused >= 0 && (accepted < 0 || refused < accepted);
  if (ACCEPTED.test(before) || (accepted >= 0 && !refusedFirst)) return false;
  return SUBMISSION.test(sentence) || listedPoint(text, from);
}

/**
 * A denial of one charge's or count's ground (对贪污罪不应认定为自首, 在赌博罪中构成自首的辩护意见…不符合, 就买卖
 * 枪支部分, 在个人犯罪中…不构成自首): the defendant may have it for another (刑法 §67 is read charge by charge).
 */
const ONE_CHARGE =
  /(?:在|对|就)其?所?犯?[^，。；]{1,10}?(?<![犯二两数定之的己])(?:罪(?![行名])|部分)|犯[^，。；犯]{2,10}(?<![犯二两数定之的])罪(?![行名]|事实)|该罪|此罪|(?:单位|个人)犯罪中/;
/** The sentence holding `index`, up to it. */
const sentenceUpTo = (text: string, index: number) => text.slice(text.lastIndexOf("。", index) + 1, index);

/** A claim refused (所提…自首情节的意见，不予采纳): the court's denial. */
const REFUSAL = /(?:不予|不能|不|难以|无法)(?:采纳|支持|采信|成立)|证据不足/;
/** A party's voice before a denial in its clause (辩护人提出…不构成累犯), or its claim named after it (…的辩护意见). */
const CLAIMING = /提出|所提|辩称|辩解|认为|诉称|主张|辩护|上诉(?:理由|称|提出)/;
const CLAIM_NAMED = /^[^，。；：]{0,8}(?:意见|理由|辩解|主张)/;

/**
 * Whether the denial at `index` (`words`: the words that deny) is a party's, which the court does not
 * accept in its sentence: 辩护人关于X不构成累犯的辩护意见，不予采纳 is no denial of X's 累犯, 对公诉机关不认定X
 * 具有坦白情节的意见予以采纳 is one; the court's own (本院…不予认定其具有自首情节, 经查…不能认定为自首) are.
 */
function claimedDenial(text: string, index: number, words: string): boolean {
  if (REFUSAL.test(words)) return false;
  const clause = clauseStart(text, index);
  const before = text.slice(clause, index);
  // The rest of its sentence, up to the next point (；) the court answers.
  const after = text.slice(index).split(/[。；;]/, 1)[0] ?? "";
  if (/本院|经查|依法/.test(before) || !(CLAIMING.test(before) || CLAIM_NAMED.test(after))) return false;
  return !ACCEPTED.test(after);
}

/** A numbered point opening a sentence (2、 3．（二） …): its number. */
const POINT =
  /^\s*(?:(\d{1,2})[、．.](?!\d)|([一二三四五六七八九十]{1,2})、|[（(](\d{1,2}|[一二三四五六七八九十]{1,2})[）)])/;
/**
 * A defence's or an appeal's points, not the court's answer to them (本院评判如下, 关于辩护意见：…) nor
 * evidence listed (被告人的供述和辩解：（1）…).
 */
const ARGUED = /辩护人|辩护意见|辩称|辩解|上诉理由|上诉称|上诉提出|抗诉/;
const ANSWER =
  /本院|评判|评析|辨析|分析如下|综述如下|审理认为|经查|证据|证实|供述和辩解|^\s*(?:关于|对于|针对|对)/;

/**
 * Whether the sentence from `from` is a later point of a party's numbered submission, the list opened
 * sentences before (辩护人提出如下辩护意见：1、…。2．被告人X是从犯…): its words are the party's too.
 */
function listedPoint(text: string, from: number): boolean {
  const point = POINT.exec(text.slice(from, from + 8));
  const number = point?.[1] ?? point?.[2] ?? point?.[3];
  if (!point || number === undefined || number === "1" || number === "一") return false;
  // The list's first point in the same style (2、 → 1、, （三） → （一）), where a sentence or clause opens.
  const first = point[0].trim().replace(number, /\d/.test(number) ? "1" : "一");
  let at = text.lastIndexOf(first, from);
  while (at > 0 && !"。：:；;\n ".includes(text[at - 1] ?? "")) at = text.lastIndexOf(first, at - 1);
  if (at < 0 || from - at > 1500) return false;
  // What opens the list: its sentence up to the first point.
  const intro = text.slice(text.lastIndexOf("。", at) + 1, at);
  return ARGUED.test(intro) && !ANSWER.test(intro);
}

/**
 * The roles in a joint crime (刑法 §26–28) and the stages of a crime (§22–24: 不属于犯罪中止, 不应当认定为
 * 盗窃未遂), denied in words of their own.
 */
const ROLES: ReadonlySet<string> = new Set(["主犯", "从犯", "胁从犯", "犯罪未遂", "犯罪中止", "犯罪预备"]);
const ROLE_DENIED =
  /不宜|不应|不能|不予|不区分|不分|不是|并非|不属|不构成|不认定|不符合|不存在|不成立|非犯罪|无法认定|难以认定|没有|是否|能否|可否|有无|区分主、?$|主、?$|比照?$|既遂[与和或、]?$/;

/**
 * Whether a role at `index` is denied or only named in its clause: 不宜认定为从犯, 可不区分主、从犯, 不是
 * 主犯 — or the distinction itself (应区分主、从犯), the measure an accessory is weighed by (应当比照主犯从轻,
 * 刑法 §27 ¶2), or a question (关于X是否系从犯的问题: the answer
 * that follows decides, 刑法 §26–27 being the court's finding, as circumstances.ts reads 是否有自首情节).
 */
function roleDenied(text: string, index: number): boolean {
  let from = index;
  while (from > 0 && !BOUNDARY.has(text[from - 1] ?? "")) from--;
  return ROLE_DENIED.test(text.slice(from, index));
}

/**
 * Where each name is written (string search: a regular expression of the names is several times
 * slower over a judgment's evidence lists), the longest where two begin alike (张某某, not 张某), and
 * not a masked name followed by more of a mask (张某 in 张某甲).
 */
function occurrences(text: string, names: readonly string[]): { index: number; end: number; name: string }[] {
  const found = new Map<number, string>();
  for (const name of names) {
    for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
      if (MASKED.test(name) && MASK_CONTINUES.test(text[i + name.length] ?? "")) continue;
      if ((found.get(i)?.length ?? 0) < name.length) found.set(i, name);
    }
  }
  return [...found].map(([index, name]) => ({ index, end: index + name.length, name }));
}

/**
 * Whether a party's name `other` may be defendant `name` written otherwise (a slip or another mask:
 * 侯某云/候某云, 刘某全/刘全某, 张某/张某某1, 骆某/骆某富): then it is no stranger.
 */
function perhapsSame(other: string, name: string): boolean {
  if (other.includes(name) || name.includes(other)) return true;
  if (/[某xX×*＊]/.test(other + name)) return other[0] === name[0];
  if (other.length !== name.length) return false;
  const differ = [...other].filter((c, i) => c !== name[i]).length;
  return differ <= 1 || [...other].sort().join("") === [...name].sort().join("");
}

/** Grounds a person is said to have, written with the holder's name right before them (X有前科, X系累犯). */
const HELD: ReadonlySet<string> = new Set(["前科", "累犯"]);
/** A masked name (代某, 赵某甲, 王某某, 李某1) that is not a role word's end (某公司 is no name). */
const MASKED_NAME = /[\u4e00-\u9fff]某(?:某|[甲乙丙丁戊己]|\d)*$/;
/** What stands between a holder's name and the ground: 有, 供述有, 是有, 承认自己有, 的, 系. */
const HOLDER_TAIL =
  /(?:在[^，。；]{0,6}中)?(?:供述|承认|自称|交代)?(?:其|自己)?(?:是|系|也|亦)?(?:有|具有)?(?:犯罪|违法犯罪)?的?$/;

/**
 * The person named right before the ground at `index` as its holder (代某有犯罪前科, 对代某前科进行查询, 罪犯
 * 代某曾因…): a defendant (`people`), an accused not sentenced (`strangers`) or a masked name; undefined
 * where none is, or where only the role words of the clause's subject stand (被告人X…，其有前科).
 */
function holderOf(
  text: string,
  index: number,
  people: readonly string[],
  strangers: readonly string[],
): string | undefined {
  const before = text.slice(clauseStart(text, index), index);
  const tail = HOLDER_TAIL.exec(before);
  const head = before.slice(0, tail?.index ?? before.length);
  const name =
    [...people, ...strangers].sort((a, b) => b.length - a.length).find((n) => head.endsWith(n)) ??
    MASKED_NAME.exec(head)?.[0];
  // The last of a list (X、Y有前科, X和Y系累犯) is not its only holder.
  if (name === undefined || /[、和与及]$/.test(head.slice(0, head.length - name.length))) return undefined;
  return name;
}

/**
 * A list of persons named as a clause's subject right before a denial (而孙某某、黎某某无, 张三和李四均没有): where
 * none of them is a defendant, the denial is theirs.
 */
const OTHERS_DENIED =
  /^(?:而|但|且|另|其中)?[\u4e00-\u9fff]{2,4}(?:[、和与及][\u4e00-\u9fff]{2,4})+(?:均|都|也|亦|并|皆|同样)*(?:无|没有|未有)(?:任何)?(?:违法)?(?:犯罪)?$/;

/** A surrender on a phone call, its person named inside (侦查人员电话通知王某到案). */
const CALLED = /^电话通知[^，。；]{0,10}?到案/;

/** What follows one who pardons: 的谅解, 出具的谅解书, 对…表示谅解 (取得被告人Y的谅解, 被告人Y出具的刑事谅解书). */
const PARDONER = /^(?:的谅解(?!书)|出具的?[^，。；]{0,4}谅解|对[^，。；]{0,12}表示谅解)/;
/** What follows the pardoned after 对 (Y对被告人X、Z等人的行为表示谅解): the subject of that pardon. */
const PARDONED = /^(?:等人?)?(?:[^，。；]{0,10}表示谅解|的[^，。；]{0,6}谅解)/;

/**
 * Words before a name that make it the other party of an act (与被告人Z签订, 向X赔偿, 对X表示谅解), or the one
 * paid or given back to (将12万元归还X并补偿被害人…, 赔偿X因受伤造成的损失: the payer's ground, not X's).
 */
const COUNTERPARTY =
  /(?:与|同|向|对|给|替|帮|归还|还给|退还|返还|交还|交给|付给|赔偿|补偿|赔付)(?:被告人|上诉人|原审被告人)?$/;

/** A numbered item's start (2、, （2）, 2．) at a line's, sentence's or point's start. */
const ITEM_START = /(?<=^|[\s。；])(?:\d{1,3}[、．.]|[（(]\d{1,3}[)）]|[一二三四五六七八九十]{1,3}、)(?!\d)/g;

/**
 * Where the numbered evidence item holding `index` starts (2、被害人X出具的谅解书证实，…: its first
 * sentence says what a piece of evidence 证实/证明, and its paragraph goes on to `index`), or -1 where
 * `index` is in none.
 */
function evidenceItem(text: string, index: number): number {
  let start = -1;
  let body = -1;
  ITEM_START.lastIndex = Math.max(0, index - 400);
  for (let m = ITEM_START.exec(text); m && m.index < index; m = ITEM_START.exec(text)) {
    start = m.index;
    body = ITEM_START.lastIndex;
  }
  // Its paragraph only: the court's reasoning after the list (本院认为，…) is no item's.
  if (start < 0 || /\s/.test(text.slice(body, index))) return -1;
  const stop = text.indexOf("。", start);
  return /证实|证明/.test(text.slice(start, stop < 0 ? undefined : stop)) ? start : -1;
}

/** Where the clause holding `index` begins. */
function clauseStart(text: string, index: number): number {
  let i = index;
  while (i > 0 && !BOUNDARY.has(text[i - 1] ?? "")) i--;
  return i;
}
