/**
 * The judgment record → the document stored in the judgments index (mappings/judgments.v8.json).
 * Text fields are segmented here, once, by the same pipeline queries use.
 */
import { extractCircumstances, statedGrades, withCircumstance } from "../judgment/circumstances.ts";
import { deniedGrounds } from "../judgment/grounds.ts";
import { acquittedAll, dispositionShown, principalSentence, sentencedCount } from "../judgment/outcome.ts";
import { isAccusedRole } from "../judgment/parties.ts";
import { priorsInHeader } from "../judgment/priors.ts";
import { STATUTE_KEY } from "../judgment/provisions.ts";
import type {
  AdministrativeDisposition,
  CriminalSentence,
  JudgmentRecord,
  StatuteRef,
} from "../judgment/record.ts";
import { amendsPropertyOnly } from "../judgment/reversal.ts";
import {
  bracketTypedTitle,
  normaliseStatutes,
  typedCitations,
  typedLawName,
  typedStatutes,
  wordsBeforeStatutes,
} from "../judgment/statutes.ts";
import { excerpt, HOLDING_EXCERPT } from "../text/excerpt.ts";
import { foldWidth } from "../text/normalize.ts";
import { segmentToString } from "../text/segment.ts";
import { factPairs } from "./fact-pairs.ts";

export interface JudgmentDocument {
  id: string;
  source: string;
  sourceId?: string;
  synthetic?: boolean;
  title?: string;
  title_seg?: string;
  caseNumber?: string;
  caseNumbers: string[];
  caseYear?: number;
  courtCode?: string;
  typeCode?: string;
  court?: string;
  courtLevel?: string;
  province?: string;
  documentType?: string;
  category?: string;
  procedure?: string;
  decisionDate?: string;
  year?: number;
  charges: string[];
  causes: string[];
  statutes: string[];
  laws: string[];
  tier: JudgmentRecord["tier"];
  status: string;
  committeeDiscussed?: boolean;
  authorityNumber?: string;
  keywords?: string[];
  priorCaseNumbers: string[];
  /** Other judgments the text cites, as written (JudgmentRecord.citedCaseNumbers): /related 引用本案. */
  citedCaseNumbers: string[];
  parties: { name: string; name_seg: string; role: string; kind: string }[];
  partyNames: string[];
  /**
   * Legal circumstances (src/judgment/circumstances.ts) of the claims, defence, facts and reasoning, with
   * 前科 where the parties' header states a defendant's prior (src/judgment/priors.ts).
   */
  circumstances: string[];
  /**
   * The same read from the facts only (claims, defence, facts found): what similar cases compare with
   * the pending case's facts — not the header's priors, which a pending case's facts do not hold.
   */
  factCircumstances: string[];
  penaltyKinds: string[];
  months?: number;
  probationMonths?: number;
  fine?: number;
  civilDisposition?: string;
  awarded?: number;
  /** Sum the plaintiff claimed (civil, first instance): src/judgment/outcome.ts claimedAmount. */
  claimed?: number;
  appeal?: string;
  text_seg: string;
  /** Full text, width folded (letters keep their case), for substring search (not kept in _source). */
  text_chars: string;
  facts_seg?: string;
  /**
   * Each searchable part's sections ({@link PART_SECTIONS}) width folded as text_chars, one array
   * value a section, for a phrase written within a section (mappings v8; not kept in _source).
   */
  facts_chars?: string[];
  reasoning_chars?: string[];
  disposition_chars?: string[];
  /** Adjacent fact-token pairs `a_b` (src/search/fact-pairs.ts), for the similar-case phrase signal. */
  facts_pairs?: string;
  reasoning_seg?: string;
  disposition_seg?: string;
  holdings_seg?: string;
  /** What similar-case ranking reads ({@link RankingFields}), base64 of its JSON: a binary doc value. */
  ranking: string;
  /** What a result list shows of the judgment ({@link ResultCard}), base64 of its JSON: a binary doc value. */
  card: string;
  indexedAt: string;
  record: JudgmentRecord;
}

/**
 * What similar-case ranking reads of each of its ~100 candidates (src/retrieval/similar.ts): legal
 * key, circumstances, tier, date and status, with the id. Indexed as one binary doc value
 * (mappings/judgments.v8.json): read one doc value each, these fields had cost the window query a
 * quarter of its engine time.
 */
export const RANKING_FIELDS = [
  "id",
  "tier",
  "decisionDate",
  "status",
  "charges",
  "causes",
  "statutes",
  "circumstances",
  "factCircumstances",
  // The court's place relative to the judge's (src/judgment/courts.ts) orders the ordinary tier.
  "courtCode",
] as const satisfies readonly (keyof JudgmentDocument)[];
export type RankingFields = Pick<JudgmentDocument, "id"> &
  Partial<Pick<JudgmentDocument, (typeof RANKING_FIELDS)[number]>>;

/**
 * What a result list shows of a judgment beyond the fields ranking reads (similar cases, keyword
 * search hits): its display fields and the heads of its reasoning, disposition and key holdings
 * (src/text/excerpt.ts). Indexed as one binary doc value (mappings/judgments.v8.json), read for the
 * shown results only.
 */
export interface ResultCard
  extends Partial<
    Pick<JudgmentDocument, Exclude<DisplayField, "courtLevel"> | (typeof OUTCOME_FIELDS)[number]>
  > {
  courtLevel?: JudgmentRecord["courtLevel"];
  /** The most severe of the defendants' sentences (src/judgment/outcome.ts principalSentence). */
  principal?: Pick<
    CriminalSentence,
    "penalty" | "months" | "probationMonths" | "fine" | "counts" | "mergesEarlierSentence" | "grounds"
  > & {
    /** The principal defendant's own crimes (absent from cards built before session 9). */
    charges?: string[];
  };
  /** The other sentenced defendants' sentences (cards built since session 9, several defendants). */
  others?: Pick<
    CriminalSentence,
    "charges" | "penalty" | "months" | "probationMonths" | "counts" | "mergesEarlierSentence"
  >[];
  /** Defendants sentenced, when more than one. */
  defendants?: number;
  /** An amending appeal or retrial that changed property or civil items only (the sentences stand). */
  appealPropertyOnly?: boolean;
  /** Every defendant acquitted (宣告无罪): no penalty to show, and the acquittal is the outcome. */
  acquitted?: boolean;
  /** An administrative judgment's rulings on the act sued (JudgmentRecord.outcome.administrative). */
  administrative?: AdministrativeDisposition[];
  /**
   * Later instances that changed some of its defendants' part only (the judgment stands as to the
   * others: JudgmentRecord.reversal), with those defendants.
   */
  changedInPart?: ChangedInPart[];
  reasoningExcerpt?: string;
  dispositionExcerpt?: string;
  holdingExcerpt?: string;
}

export interface ChangedInPart {
  defendants: string[];
  caseNumber?: string;
}

/** The later instances that changed some defendants' part of a judgment that stands (pure). */
export function changedInPart(record: Partial<Pick<JudgmentRecord, "status" | "reversal">>): ChangedInPart[] {
  if (record.status === "reversed") return [];
  return (record.reversal?.by ?? []).flatMap((e) =>
    e.defendants ? [{ defendants: e.defendants, ...(e.caseNumber ? { caseNumber: e.caseNumber } : {}) }] : [],
  );
}

/**
 * The defendants' sentences that stand: those of defendants whose part a later instance changed
 * are no longer this judgment's to show or compare ({@link changedInPart}).
 */
export function standingSentences(
  record: Partial<Pick<JudgmentRecord, "status" | "reversal">> & {
    outcome?: { criminal?: CriminalSentence[] | undefined } | undefined;
  },
): CriminalSentence[] {
  const changed = new Set(changedInPart(record).flatMap((p) => p.defendants));
  return (record.outcome?.criminal ?? []).filter((x) => !changed.has(x.defendant));
}

/** What names a judgment in a result list (the card's head; keyword search hits show these too). */
export const DISPLAY_FIELDS = [
  "title",
  "caseNumber",
  "court",
  "courtLevel",
  "province",
  "category",
  "procedure",
  "documentType",
  "committeeDiscussed",
] as const satisfies readonly (keyof JudgmentDocument)[];
type DisplayField = (typeof DISPLAY_FIELDS)[number];

/** The fields that state a judgment's outcome (src/judgment/outcome.ts). */
export const OUTCOME_FIELDS = [
  "penaltyKinds",
  "months",
  "probationMonths",
  "fine",
  "civilDisposition",
  "awarded",
  "claimed",
  "appeal",
] as const satisfies readonly (keyof JudgmentDocument)[];

/** The fields of a {@link ResultCard}: before mappings v5 each was a doc value of its own. */
export const CARD_FIELDS = [
  ...DISPLAY_FIELDS,
  ...OUTCOME_FIELDS,
  "reasoningExcerpt",
  "dispositionExcerpt",
  "holdingExcerpt",
] as const satisfies readonly (keyof ResultCard)[];

/** A value as a binary doc value takes it: base64 of its JSON. */
export function encodeBinary(value: object): string {
  return Buffer.from(JSON.stringify(value)).toString("base64");
}

/** The value {@link encodeBinary} wrote. */
export function decodeBinary<T>(base64: string): T {
  return JSON.parse(Buffer.from(base64, "base64").toString("utf8")) as T;
}

/** Law name as used in statute keys and tokens: "中华人民共和国" dropped (《刑法》 = 《中华人民共和国刑法》). */
export function shortLawName(law: string): string {
  return law.replace(/^中华人民共和国/, "");
}

/**
 * `law#article` key of a statute reference, e.g. `刑法#133`, with an added article's number after a
 * hyphen (第一百三十三条之一 → `刑法#133-1`, as src/text/segment.ts tokens it): 之一 articles are
 * articles of their own (133 交通肇事, 133之一 危险驾驶). The law alone when no article.
 */
export function statuteKey(ref: Pick<StatuteRef, "law" | "article" | "subArticle">): string {
  const law = shortLawName(ref.law);
  if (ref.article === undefined) return law;
  return ref.subArticle === undefined ? `${law}#${ref.article}` : `${law}#${ref.article}-${ref.subArticle}`;
}

/**
 * The statute keys a judge's entry names, as indexed: a key (`刑法#264`, `刑法＃２６４`), references as
 * written (`《刑法》第二百六十四条、第六十七条`, `刑法 第 264 条`, an interpretation's title with or without
 * 《》 and its issuer: `关于…的解释第二条`), or a law named alone (`刑法`, a law's or interpretation's
 * title); an entry naming several, each one's (`…的解释第二条、刑法第264条`, `刑法、刑事诉讼法`:
 * src/judgment/statutes.ts typedStatutes). Nothing for an entry that names no statute (`第264条`,
 * `随便写的`): validation refuses those rather than search with a key that matches nothing.
 */
export function statuteKeysOf(written: string): string[] {
  return readTypedStatutes(written).keys;
}

/** A judge's entry read: the statute keys it names, and its words that name none (see below). */
export interface TypedStatutes {
  keys: string[];
  /** What was not read, each piece as typed (盗窃 in 盗窃、刑法第264条): the entry is then refused. */
  unread: string[];
}

/**
 * The keys of a judge's entry ({@link statuteKeysOf}), and the words of it that name no statute: before
 * a statute (盗窃、刑法第264条, 盗窃、刑法#264), between or after (刑法第264条盗窃罪), other than separators
 * and the words a judgment cites by (依照…之规定). Such an entry is refused rather than searched for the
 * statute alone, which showed the judge results as if all of it had been understood
 * (src/retrieval/types.ts StatuteKeyOrReference).
 */
export function readTypedStatutes(written: string): TypedStatutes {
  // Width folded for the digits and ＃ (刑法＃２６４), but a law's name keeps its full-width brackets, as
  // indexed (canonicalLawName): 刑法（1979年）#132, 民事诉讼法（试行）#100.
  const folded = foldWidth(written).replace(/\(/g, "（").replace(/\)/g, "）");
  const parts = typedStatutes(folded);
  if (parts.length > 1) {
    const read = parts.map(oneStatute);
    // A part naming nothing: the entry is read whole, as it was before it was cut.
    if (read.every((r) => r.keys.length > 0))
      return { keys: [...new Set(read.flatMap((r) => r.keys))], unread: read.flatMap((r) => r.unread) };
  }
  return oneStatute(folded);
}

/** An entry naming one statute (or a list of one law's articles): its keys and what was not read. */
function oneStatute(folded: string): TypedStatutes {
  const plain = folded.replace(/\s/g, "");
  if (plain.includes("#")) {
    const read = readStatuteKey(plain);
    return read
      ? { keys: [read.key], unread: [...wordsBeforeStatutes(plain), ...read.unread] }
      : { keys: [], unread: [] };
  }
  // A title typed without 《》: an interpretation's always (关于刑法第三百一十三条的解释 names no 刑法#313),
  // another's when nothing else is read (刑法修正案（九）第一条), its words before a statute then unread.
  let read = typedCitations(bracketTypedTitle(plain));
  if (read.refs.length === 0) {
    read = typedCitations(bracketTypedTitle(plain, true));
    read.unread.push(...wordsBeforeStatutes(plain));
  }
  if (read.refs.length > 0) return { keys: [...new Set(read.refs.map(statuteKey))], unread: read.unread };
  // A law alone: a title (…法, …条例, …解释), with no article left unread.
  const law = plain.replace(/[《》]/g, "");
  if (/[\d第条]/.test(law) || !LAW_TITLE.test(law)) return { keys: [], unread: [] };
  const key = readStatuteKey(law);
  return key
    ? { keys: [key.key], unread: [...wordsBeforeStatutes(plain), ...key.unread] }
    : { keys: [], unread: [] };
}

/** How the title of a law, regulation or judicial interpretation ends. */
const LAW_TITLE = /(?:法|条例|解释|规定|意见|办法|决定|纪要|批复|通知|修正案|规则|标准)$/;

/**
 * A typed statute key as indexed: `《中华人民共和国刑法》#264` and `中华人民共和国刑法#264` both
 * become `刑法#264`, as do a national law abbreviated or with a slip in its prefix (`刑诉法#15` is
 * `刑事诉讼法#15`: src/text/laws.ts nationalLawName) and an interpretation however the law its title
 * names is written (`最高人民法院关于适用《中华人民共和国刑事诉讼法》的解释#100`: canonicalLawName); a
 * version noted after the law's name keys the text it names as a citation so noted is keyed
 * (`刑事诉讼法（1996年修正）#189` is `刑事诉讼法（1996年）#189`, `刑事诉讼法（2018年修正）#189` today's
 * `刑事诉讼法#189`: src/judgment/statutes.ts typedLawName), with what of it was not read — a bracket
 * after the law that is no note; undefined when it is no key ({@link STATUTE_KEY}). Its callers fold
 * the brackets first (readTypedStatutes).
 */
function readStatuteKey(key: string): { key: string; unread: string[] } | undefined {
  const plain = key.replace(/[《》\s]/g, "");
  const m = STATUTE_KEY.exec(plain);
  if (!m) return undefined;
  const hash = plain.indexOf("#");
  const written = hash < 0 ? plain : plain.slice(0, hash);
  const { law, unread } = typedLawName(written);
  return {
    key: statuteKey({
      law,
      ...(m[1] !== undefined ? { article: Number(m[1]) } : {}),
      ...(m[2] !== undefined ? { subArticle: Number(m[2]) } : {}),
    }),
    unread: unread === undefined ? [] : [unread],
  };
}

const SECTION_ORDER = [
  "header",
  "parties",
  "history",
  "claims",
  "defence",
  "facts",
  "reasoning",
  "legalBasis",
  "disposition",
  "footer",
] as const;

function defined<T>(value: T | undefined): value is T {
  return value !== undefined;
}

function maxOf(values: (number | undefined)[]): number | undefined {
  const present = values.filter(defined);
  return present.length > 0 ? Math.max(...present) : undefined;
}

/** The record's sections each part a keyword search can be restricted to is indexed from. */
export const PART_SECTIONS = {
  facts: ["claims", "defence", "facts"],
  reasoning: ["reasoning"],
  disposition: ["disposition"],
} as const satisfies Record<string, readonly (keyof JudgmentRecord["sections"])[]>;

/**
 * A judgment's circumstance tags (src/judgment/circumstances.ts) from `text`, with 前科 where the
 * parties' header states a defendant's prior (src/judgment/priors.ts); of one sentenced defendant,
 * without a personal ground the court denies them after it is found (电话通知到案 in the facts, 不能认定为
 * 自首 in the reasoning; src/judgment/grounds.ts). Several defendants' tags are all of theirs at once:
 * each one's own grounds are their sentence's (parse.ts).
 */
function ownCircumstances(text: string, record: JudgmentRecord): string[] {
  const tags = extractCircumstances(text);
  const sentenced = [...new Set((record.outcome.criminal ?? []).map((s) => s.defendant))];
  // A prior the parties' header states of a defendant sentenced (of any accused it names, where no
  // sentence was read): 曾因犯盗窃罪被判处…, written there and often nowhere else.
  const prior = priorsInHeader(record.sections.parties, sentenced, record.sections.history).length > 0;
  const own = prior ? withCircumstance(tags, "前科") : tags;
  if (sentenced.length !== 1) return own;
  // The accused it names but does not sentence (co-appellants decided apart): a denial of theirs is
  // not this defendant's.
  const accused = record.parties.filter((p) => p.kind === "person" && isAccusedRole(p.role));
  const denied =
    deniedGrounds(
      text,
      sentenced,
      accused.map((p) => p.name),
    ).get(sentenced[0] ?? "") ?? [];
  // A 累犯 denied takes the 前科 it implied with it, unless a prior is stated (刑法 §65).
  const implied =
    denied.includes("累犯") && !prior && extractCircumstances(text, new Set(["前科"])).length === 0;
  return own.filter((t) => !denied.includes(t) && !(implied && t === "前科"));
}

/** Builds the index document; pure apart from the (process-global) jieba dictionary. */
export function toJudgmentDocument(record: JudgmentRecord, now = new Date()): JudgmentDocument {
  const s = record.sections;
  const sentences = record.outcome.criminal ?? [];
  const caseNumbers = [record.caseNumber, ...(record.caseNumbers ?? [])].filter(defined).map((c) => c.raw);
  // Each section is segmented once; the full text reuses those pieces when the sections cover it
  // (they are contiguous spans of it), halving the indexer's dominant cost.
  const cache = new Map<string, string>();
  const seg = (text: string | undefined) => {
    if (!text) return undefined;
    let out = cache.get(text);
    if (out === undefined) {
      out = segmentToString(text);
      cache.set(text, out);
    }
    return out;
  };
  const ordered = SECTION_ORDER.map((key) => s[key]).filter((t): t is string => Boolean(t));
  const covered = ordered.reduce((n, t) => n + t.length, 0);
  const textSeg =
    covered >= record.text.length * 0.9 ? ordered.map((t) => seg(t)).join(" ") : segmentToString(record.text);
  // "Facts" for similarity are what the case is about: the indictment or claims, the defence and
  // the facts found (on LeCaRD dev this beat the findings alone, NDCG@30 0.880 vs 0.860). A document
  // whose sections were not recognised stands in with its whole text (the parser left a warning).
  const facts = [s.claims, s.defence, s.facts].filter(Boolean).join("\n") || record.text;
  const textChars = foldWidth(record.text);
  const sectionChars = (keys: readonly (keyof JudgmentRecord["sections"])[]) => {
    const texts = keys.flatMap((k) => {
      const text = s[k];
      return text ? [foldWidth(text)] : [];
    });
    return texts.length > 0 ? texts : undefined;
  };
  // Not by the category alone: it comes from the case number, and a prosecution numbered 民 (LeCaRD
  // 15428, 17652, 43509) is a criminal judgment — its charges or sentences say so.
  const nonCriminal =
    record.category !== undefined &&
    record.category !== "刑事" &&
    record.charges.length === 0 &&
    !record.outcome.criminal?.length;
  const doc: JudgmentDocument = {
    id: record.id,
    source: record.source,
    caseNumbers: [...new Set(caseNumbers)],
    charges: record.charges,
    causes: record.causes,
    statutes: [...new Set(record.statutes.map(statuteKey))],
    laws: [...new Set(record.statutes.map((r) => shortLawName(r.law)))],
    tier: record.tier,
    status: record.status,
    priorCaseNumbers: record.priorCaseNumbers,
    citedCaseNumbers: record.citedCaseNumbers ?? [],
    parties: record.parties.map((p) => ({
      name: p.name,
      name_seg: segmentToString(p.name),
      role: p.role,
      kind: p.kind,
    })),
    partyNames: [...new Set(record.parties.map((p) => p.name))],
    // The Criminal Law's vocabulary (src/judgment/circumstances.ts): a civil or administrative case
    // states none of it — a claim's 赔偿 is no ground of leniency, its sum no theft's amount band
    // (review17-civil: 560 of 862 such write-ups had an amount band shown as 共同情节).
    circumstances: nonCriminal
      ? []
      : [
          ...ownCircumstances([facts, s.reasoning].filter(Boolean).join("\n"), record),
          ...statedGrades(s.reasoning ?? "", record.statutes, normaliseStatutes(s.legalBasis ?? ""), s.facts),
        ],
    factCircumstances: nonCriminal ? [] : extractCircumstances(facts),
    penaltyKinds: [...new Set(sentences.map((c) => c.penalty).filter(defined))],
    text_seg: textSeg,
    text_chars: textChars,
    ranking: "",
    card: "",
    indexedAt: now.toISOString(),
    record,
  };
  const optional: Partial<JudgmentDocument> = {
    sourceId: record.sourceId,
    synthetic: record.synthetic,
    title: record.title,
    title_seg: seg(record.title),
    caseNumber: record.caseNumber?.raw,
    caseYear: record.caseNumber?.year,
    courtCode: record.caseNumber?.courtCode,
    typeCode: record.caseNumber?.typeCode,
    court: record.court,
    courtLevel: record.courtLevel,
    province: record.province,
    documentType: record.documentType,
    category: record.category,
    procedure: record.procedure,
    decisionDate: record.decisionDate,
    year: record.decisionDate ? Number(record.decisionDate.slice(0, 4)) : record.caseNumber?.year,
    committeeDiscussed: record.committeeDiscussed,
    authorityNumber: record.authorityNumber,
    keywords: record.keywords,
    months: maxOf(sentences.map((c) => c.months)),
    probationMonths: maxOf(sentences.map((c) => c.probationMonths)),
    fine: maxOf(sentences.map((c) => c.fine)),
    civilDisposition: record.outcome.civil?.disposition,
    awarded: record.outcome.civil?.totalAwarded,
    claimed: record.outcome.civil?.claimed,
    appeal: record.outcome.appeal,
    facts_seg: seg(facts),
    // As facts_seg: the whole text stands in for a judgment whose sections were not recognised.
    facts_chars: sectionChars(PART_SECTIONS.facts) ?? [textChars],
    reasoning_chars: sectionChars(PART_SECTIONS.reasoning),
    disposition_chars: sectionChars(PART_SECTIONS.disposition),
    facts_pairs: factPairs((seg(facts) ?? "").split(" ")).join(" ") || undefined,
    reasoning_seg: seg(s.reasoning),
    disposition_seg: seg(s.disposition),
    holdings_seg: seg(record.keyHoldings),
  };
  for (const [key, value] of Object.entries(optional)) {
    if (value !== undefined) (doc as unknown as Record<string, unknown>)[key] = value;
  }
  const ranking: Record<string, unknown> = {};
  for (const field of RANKING_FIELDS) ranking[field] = doc[field];
  doc.ranking = encodeBinary(ranking);
  // What the card shows of the sentences: those that stand.
  const standing = standingSentences(record);
  const principal = principalSentence(standing);
  const card: Record<string, unknown> = {
    ...(principal?.penalty
      ? {
          principal: {
            penalty: principal.penalty,
            months: principal.months,
            probationMonths: principal.probationMonths,
            fine: principal.fine,
            counts: principal.counts,
            // Whose crimes the sentence is for, and whether an earlier judgment's sentence is in it:
            // what a report or a deviation check may compare it with (src/judgment/outcome.ts chargeSentence).
            charges: principal.charges,
            mergesEarlierSentence: principal.mergesEarlierSentence,
            // That defendant's own 自首, 累犯, 从犯… where the judgment has several (an audit's levels):
            // [] for none found; absent for one defendant, and for a record parsed before they were read
            // (an upserted record, a rewrite on an older index) — the judgment's tags stand in.
            grounds: principal.grounds,
          },
        }
      : {}),
    // Defendants sentenced: not one acquitted (无罪) or exempted without a penalty read.
    ...(sentencedCount(standing) > 1 ? { defendants: sentencedCount(standing) } : {}),
    // …and each one's sentence, so that a case found for one crime can show the defendant convicted
    // of it beside the most severe (a 故意伤害 leader's 71 months beside a 醉驾 拘役 1 month).
    ...(sentencedCount(standing) > 1
      ? {
          others: standing
            .filter((x) => x !== principal && x.penalty !== undefined)
            .map((x) => ({
              charges: x.charges,
              penalty: x.penalty,
              months: x.months,
              probationMonths: x.probationMonths,
              counts: x.counts,
              mergesEarlierSentence: x.mergesEarlierSentence,
            })),
        }
      : {}),
    ...(record.outcome.appeal === "amended" && amendsPropertyOnly(s.disposition)
      ? { appealPropertyOnly: true }
      : {}),
    ...(acquittedAll(standing) ? { acquitted: true } : {}),
    ...(record.outcome.administrative ? { administrative: record.outcome.administrative.dispositions } : {}),
    reasoningExcerpt: excerpt(s.reasoning),
    dispositionExcerpt: excerpt(
      s.disposition &&
        // Only a first instance's 撤销 revokes a probation; an unknown procedure is read as a review's.
        dispositionShown(s.disposition, record.procedure !== "一审"),
    ),
    holdingExcerpt: excerpt(record.keyHoldings, HOLDING_EXCERPT),
  };
  // A judgment standing with some defendants' part changed by a later instance (src/search/reversals.ts).
  const inPart = changedInPart(record);
  if (inPart.length > 0) card.changedInPart = inPart;
  for (const field of CARD_FIELDS) if (field in doc) card[field] = doc[field as keyof JudgmentDocument];
  doc.card = encodeBinary(card); // JSON leaves out the absent values
  return doc;
}
