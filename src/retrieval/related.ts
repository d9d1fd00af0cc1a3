/**
 * Related cases (关联案件, SPC 2020 指导意见 and domain rule 9): cases with the same parties, earlier
 * and later instances of the same dispute linked through case numbers, other judgments the case
 * cites (引用裁判: a co-defendant's separate judgment, an earlier conviction) and those that cite it
 * (引用本案: a co-defendant's judgment telling of this one, a later conviction of a recidivist), the separate judgments
 * of the people its facts say are tried separately (同案人另案: 甲某、乙某（另案处理）, written with full names), and series
 * or group cases (one organisation on the same side against many counterparties, same court, close
 * dates).
 * Query building and result shaping are pure; {@link relatedCases} runs them.
 */
import type { estypes } from "@elastic/elasticsearch";
import { LeianError } from "../errors.ts";
import { caseNumberForms, caseNumberKey, parseCaseNumber } from "../judgment/case-number.ts";
import { placingCode } from "../judgment/courts.ts";
import {
  type CourtInfo,
  courtInfo,
  modernCode,
  plausiblyBelow,
  prefectureOf,
  provinceOf,
  remandedFrom,
} from "../judgment/instances.ts";
import {
  birthMonth,
  hasOrganisationEnding,
  isAccusedRole,
  partyKind,
  separatelyTried,
} from "../judgment/parties.ts";
import type { Client } from "../search/client.ts";
import type { JudgmentDocument } from "../search/documents.ts";
import { engineError, isIndexNotFound } from "../search/errors.ts";
import { filterClauses } from "../search/queries/filters.ts";
import { segment } from "../text/segment.ts";

/** The relations a related case can have to the anchor, strongest first (the order results are listed in). */
export const RELATIONS = [
  "同一案件",
  "前审",
  "后审",
  "引用裁判",
  "引用本案",
  "同案人另案",
  "系列案件",
  "同一当事人",
  "同名当事人",
] as const;
export type Relation = (typeof RELATIONS)[number];

export interface RelatedQuery {
  caseId?: string | undefined;
  /** Party names as written (e.g. 北京华源科技有限公司). */
  parties?: string[] | undefined;
  caseNumbers?: string[] | undefined;
  size: number;
  /** Default true: a reversed first instance is exactly what a judge must see here (flagged by status). */
  includeIneffective?: boolean | undefined;
}

export interface RelationEvidence {
  relation: Relation;
  /** The party both cases share (the anchor's name). */
  party?: string;
  /** The name in the related case when it differs (fuzzy organisation match). */
  matchedName?: string;
  match?: "exact" | "fuzzy";
  /** A person's birth (year and month) both judgments state alike: what makes one name one person. */
  born?: string;
  /** The case number that links two instances. */
  caseNumber?: string;
  /** Series: the side the shared party is on, the court and the window searched. */
  side?: string;
  court?: string;
  window?: { from: string; to: string };
  seriesSize?: number;
  counterparties?: string[];
}

export interface RelatedCase {
  id: string;
  title?: string;
  caseNumber?: string;
  court?: string;
  courtLevel?: string;
  procedure?: string;
  decisionDate?: string;
  status?: string;
  /** Its tier (SPC 2020 §4): a guiding or gazette case published again is what a judge must see. */
  tier?: string;
  relations: RelationEvidence[];
}

export interface RelatedResult {
  /** The case the relations are about, when one was given or found by case number. */
  anchor: Anchor;
  cases: RelatedCase[];
}

type AnchorParty = {
  name: string;
  role: string;
  kind: string;
  /** Year and month of birth (1989-03), when the judgment writes it: namesakes differ in it. */
  born?: string;
};

// The court checks moved to src/judgment/instances.ts (the indexer's reversals use them too).
export { type CourtInfo, plausiblyBelow, prefectureOf } from "../judgment/instances.ts";

export interface Anchor {
  id?: string;
  caseNumbers: string[];
  priorCaseNumbers: string[];
  /** Other judgments it cites, not instances (JudgmentRecord.citedCaseNumbers). */
  citedCaseNumbers?: string[];
  /** People its facts say are tried separately (另案处理), by name. */
  accomplices?: string[];
  parties: AnchorParty[];
  court?: string;
  decisionDate?: string;
  /** The province of the anchor's court: a person's name links cases only within it. */
  province?: string;
  /** The courts of the anchor's judgments (its own first): instances are checked against them. */
  courts?: CourtInfo[];
  /**
   * The numbers of the anchor's own judgment, when others were merged into it (the instances whose
   * numbers were given beside it): only a judgment bearing these is the same case.
   */
  ownCaseNumbers?: string[];
  /**
   * Numbers asked for that no indexed judgment bears (a pending case, one not published, a typing
   * error): said back, so that an empty answer is not taken for "no related cases".
   */
  unmatchedCaseNumbers?: string[];
}

const DOC_FIELDS = [
  "id",
  "title",
  "caseNumber",
  "caseNumbers",
  "priorCaseNumbers",
  "court",
  "courtCode",
  "typeCode",
  "caseYear",
  "province",
  "courtLevel",
  "procedure",
  "decisionDate",
  "status",
  "tier",
  "documentType",
  "parties",
  "partyNames",
  "citedCaseNumbers",
] as const satisfies readonly (keyof JudgmentDocument)[];
type RelatedDoc = Partial<Pick<JudgmentDocument, (typeof DOC_FIELDS)[number]>> & {
  /** Read for the anchor (the record is not indexed), and the parties section of same-party hits. */
  record?: { citedCaseNumbers?: string[]; sections?: { parties?: string; claims?: string; facts?: string } };
};
/** The parties section: the births that tell namesakes apart. */
const PARTIES_TEXT = "record.sections.parties";
/** The anchor's judgment: its fields, the numbers its text cites and its parties section. */
const ANCHOR_SOURCE = [
  ...DOC_FIELDS,
  "record.citedCaseNumbers",
  PARTIES_TEXT,
  "record.sections.claims",
  "record.sections.facts",
];

/**
 * Generic words of organisation names: two companies sharing only these are not the same party.
 * 分公司 is not among them: a branch (公司法 §13) is not its head office, nor another branch.
 */
export const GENERIC_ORG_WORDS = new Set([
  "有限公司",
  "有限责任公司",
  "有限责任",
  "股份有限公司",
  "股份",
  "有限",
  "责任",
  "公司",
  "集团",
  "子公司",
  "总公司",
  "控股",
]);

/**
 * State organs (courts, procuratorates, public security, governments) bear one official name, so
 * there is no legal-form variant to forgive; their names differ only by place or subdivision
 * (北京市人民检察院, 北京市海淀区人民检察院), and a procuratorate is a party to every case it
 * prosecutes. They are linked by their exact name only, never fuzzily.
 */
const STATE_ORGAN = /(法院|检察院|公安局|公安分局|政府)$/;

/**
 * Pseudonyms that published judgments put in place of names: a surname (one or two characters)
 * followed by a heavenly stem, digits or a letter (李甲, 欧阳乙, 陈2, 王A). A real name such as 王丁 is
 * caught too: it then links nothing, which is the safe side.
 */
const PSEUDONYM = /^\p{Script=Han}{1,2}(?:[甲乙丙丁戊己庚辛壬癸]|[0-9０-９]+|[A-Za-zＡ-Ｚａ-ｚ])$/u;

/** Masked names (张某, 李某甲, ×××, 李甲, 陈2) identify nobody across cases. */
export function isMaskedName(name: string): boolean {
  return /某|×|\*|x{2,}/i.test(name) || PSEUDONYM.test(name.trim());
}

/** Which side of the dispute a role is on; series cases keep the side. */
const SIDES: Record<string, string[]> = {
  原告方: [
    "原告",
    "原审原告",
    "自诉人",
    "附带民事诉讼原告人",
    "申请人",
    "申请执行人",
    "再审申请人",
    "申诉人",
  ],
  被告方: ["被告", "原审被告", "被告人", "原审被告人", "被申请人", "被执行人", "罪犯"],
  上诉人: ["上诉人"],
  被上诉人: ["被上诉人"],
};
export function sideOf(role: string): string | undefined {
  return Object.keys(SIDES).find((side) => SIDES[side]?.includes(role));
}

// Stripped from the string before segmenting: jieba glues 股份 to the word before it (科技股份).
// Not the 公司 of a branch's 分公司/支公司: 北京市分公司 must not become 北京市分.
const GENERIC_ORG_SUFFIX =
  /(?<![分支])(股份有限公司|有限责任公司|有限公司|股份公司|集团公司|总公司|公司|集团|股份)$/;

/**
 * The distinctive tokens of an organisation name (index segmentation, generic words dropped):
 * 北京华源科技股份有限公司 → 北京 华源 科技; 中国平安财产保险股份有限公司北京市分公司 and
 * 中国平安财产保险北京市分公司 → 中国 平安 财产保险 北京市 分公司.
 */
export function organisationCore(name: string): string[] {
  let core = name.trim();
  for (let stripped = core.replace(GENERIC_ORG_SUFFIX, ""); stripped !== core && stripped.length > 0; ) {
    core = stripped;
    stripped = core.replace(GENERIC_ORG_SUFFIX, "");
  }
  return segment(core).filter((t) => !GENERIC_ORG_WORDS.has(t));
}

/**
 * Two organisation names are fuzzily the same when their distinctive words are the same set (the
 * legal form aside, in any order): a name with more words is a subdivision or another body
 * (北京市海淀区人民检察院 is not 北京市人民检察院; a branch is not its head office).
 */
export function sameOrganisation(a: string, b: string): boolean {
  const x = new Set(organisationCore(a));
  const y = new Set(organisationCore(b));
  return x.size === y.size && [...x].every((t) => y.has(t));
}

/**
 * A party that is an organisation by its name, not only by the parser's kind: a role read as a name
 * (暨附带民事诉讼原告人) or a person's name typed as an organisation would otherwise be matched
 * nationwide, and fuzzily (their masked names dropped by segmentation, "…刘某" equals "…安某").
 */
function isOrganisation(p: { name: string; kind?: string | undefined }): boolean {
  return p.kind === "organisation" && hasOrganisationEnding(p.name.trim()) && !isMaskedName(p.name);
}

/** Whether an organisation may be matched fuzzily: two distinctive words at least, no state organ. */
function fuzzyMatchable(p: AnchorParty): boolean {
  return isOrganisation(p) && !STATE_ORGAN.test(p.name) && organisationCore(p.name).length >= 2;
}

/** A role the parser read as a name (暨附带民事诉讼原告人): it names nobody. */
const ROLE_AS_NAME = /诉讼|原告|被告|上诉人|申诉人|辩护人|代理人/;

/** Parties worth linking on: not the prosecutor (every case of a procuratorate has it), not masked. */
export function linkableParties(anchor: Anchor): AnchorParty[] {
  return anchor.parties.filter(
    (p) => p.role !== "公诉机关" && !isMaskedName(p.name) && !ROLE_AS_NAME.test(p.name),
  );
}

/** Whether two judgments can be of one dispute: the same court, or one an instance below the other. */
function sameDispute(a: CourtInfo, b: CourtInfo): boolean {
  return (a.court !== undefined && a.court === b.court) || plausiblyBelow(a, b) || plausiblyBelow(b, a);
}

export function anchorFromDocument(doc: RelatedDoc): Anchor {
  const court = courtInfo(doc);
  const province = provinceOf(court);
  // People its indictment and findings say are tried separately, not its own parties.
  const own = new Set((doc.parties ?? []).map((p) => p.name));
  const { claims, facts } = doc.record?.sections ?? {};
  const accomplices = separatelyTried([claims, facts].join("\n")).filter((n) => !own.has(n));
  return {
    ...(doc.id ? { id: doc.id } : {}),
    caseNumbers: doc.caseNumbers ?? [],
    priorCaseNumbers: doc.priorCaseNumbers ?? [],
    ...(doc.record?.citedCaseNumbers?.length ? { citedCaseNumbers: doc.record.citedCaseNumbers } : {}),
    ...(accomplices.length > 0 ? { accomplices } : {}),
    parties: (doc.parties ?? []).map((p) => {
      const born = birthMonth(doc.record?.sections?.parties, p.name);
      return { name: p.name, role: p.role, kind: p.kind, ...(born ? { born } : {}) };
    }),
    ...(doc.court ? { court: doc.court } : {}),
    ...(doc.decisionDate ? { decisionDate: doc.decisionDate } : {}),
    ...(province ? { province } : {}),
    courts: [court],
  };
}

/**
 * Parties given by name only: organisations recognised by their suffix; role unknown. A post-2016
 * number names its court (and province) even when no judgment of it is indexed.
 */
export function anchorFromRequest(req: RelatedQuery): Anchor {
  const courts: CourtInfo[] = (req.caseNumbers ?? []).flatMap((n) => {
    const parsed = parseCaseNumber(n);
    // Not an older number's code: 宁 of a 宁城县 is no high court of 宁夏 (courts.ts placingCode).
    if (!parsed || placingCode(parsed.courtCode, n) === undefined) return [];
    const c: CourtInfo = { courtCode: parsed.courtCode, ...(parsed.year ? { caseYear: parsed.year } : {}) };
    if (parsed.province) c.province = parsed.province;
    if (parsed.courtLevel) c.courtLevel = parsed.courtLevel;
    if (parsed.typeCode) c.typeCode = parsed.typeCode;
    return [c];
  });
  const province = courts[0] ? provinceOf(courts[0]) : undefined;
  return {
    caseNumbers: req.caseNumbers ?? [],
    priorCaseNumbers: [],
    parties: (req.parties ?? []).map((name) => ({
      name: name.trim(),
      role: "其他",
      kind: partyKind(name.trim()),
    })),
    ...(province ? { province } : {}),
    courts,
  };
}

/**
 * A person's name is evidence of the same person only near the anchor: within its province (else
 * its court). Namesakes are common (one common name is a defendant's in 9 provinces of LeCaRD alone); when the
 * anchor has no place (parties given by name only) the name is all there is.
 */
function personScope(anchor: Anchor): { field: "province" | "court"; value: string } | undefined {
  if (anchor.province) return { field: "province", value: anchor.province };
  return anchor.court ? { field: "court", value: anchor.court } : undefined;
}

function shiftDays(date: string, days: number): string {
  const t = Date.parse(`${date}T00:00:00Z`) + days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

/** Series window around the anchor's decision date (±90 days). */
export const SERIES_WINDOW_DAYS = 90;
/** A series needs at least this many other cases besides the anchor. */
export const SERIES_MIN_OTHERS = 2;
/** Hits fetched for the same-party search when organisations are matched fuzzily. */
export const FUZZY_CANDIDATES = 200;

export interface RelatedSearch {
  key: "parties" | "same" | "prior" | "later" | "cited" | "citedBy" | "accomplices" | `series:${string}`;
  body: estypes.SearchRequest;
}

/** One search per relation (pure); sent together in one msearch. */
export function buildRelatedSearches(anchor: Anchor, req: RelatedQuery): RelatedSearch[] {
  const notSelf = anchor.id ? [{ term: { id: anchor.id } }] : [];
  const status = filterClauses({ includeIneffective: req.includeIneffective ?? true });
  const base = (query: estypes.QueryDslQueryContainer[], size = req.size): estypes.SearchRequest => ({
    size,
    _source: [...DOC_FIELDS],
    query: { bool: { should: query, minimum_should_match: 1, filter: status, must_not: notSelf } },
    sort: [{ decisionDate: { order: "desc", missing: "_last" } }, { id: "asc" }],
  });
  const out: RelatedSearch[] = [];
  const parties = linkableParties(anchor);
  if (parties.length > 0) {
    const should: estypes.QueryDslQueryContainer[] = [];
    const orgs = parties.filter(isOrganisation).map((p) => p.name);
    const persons = parties.filter((p) => !isOrganisation(p)).map((p) => p.name);
    if (orgs.length > 0) should.push({ terms: { partyNames: orgs } });
    if (persons.length > 0) {
      const scope = personScope(anchor);
      should.push(
        scope
          ? {
              bool: {
                filter: [{ terms: { partyNames: persons } }, { term: { [scope.field]: scope.value } }],
              },
            }
          : { terms: { partyNames: persons } },
      );
    }
    let fuzzy = false;
    for (const p of parties) {
      // One distinctive word is too little to call two organisations the same.
      if (!fuzzyMatchable(p)) continue;
      fuzzy = true;
      const core = organisationCore(p.name);
      should.push({
        nested: {
          path: "parties",
          query: {
            bool: {
              filter: [{ term: { "parties.kind": "organisation" } }],
              must: [{ match: { "parties.name_seg": { query: core.join(" "), operator: "and" } } }],
            },
          },
        },
      });
    }
    // The fuzzy clause finds every name holding the core words, subdivisions too; those are dropped
    // afterwards (sameOrganisation), so more are fetched than shown.
    out.push({
      key: "parties",
      body: {
        ...base(should, fuzzy ? Math.max(req.size, FUZZY_CANDIDATES) : req.size),
        _source: [...DOC_FIELDS, PARTIES_TEXT],
      },
    });
  }
  // Numbers are indexed as written: each is looked up in every bracket form (caseNumberForms).
  if (anchor.priorCaseNumbers.length > 0) {
    out.push({
      key: "prior",
      body: base([{ terms: { caseNumbers: anchor.priorCaseNumbers.flatMap(caseNumberForms) } }]),
    });
  }
  if ((anchor.citedCaseNumbers ?? []).length > 0) {
    out.push({
      key: "cited",
      body: base([{ terms: { caseNumbers: (anchor.citedCaseNumbers ?? []).flatMap(caseNumberForms) } }]),
    });
  }
  // Accomplices tried separately: their judgments name them as defendants and tell of the anchor's
  // defendants (who are 另案处理 there in turn), in the anchor's province.
  const accused = accusedOf(anchor);
  const accomplices = anchor.accomplices ?? [];
  if (accomplices.length > 0 && accused.length > 0) {
    // Each accomplice's judgment must tell of another of the group: the anchor's defendants or the
    // other accomplices (a namesake elsewhere in the province tells of none of them).
    const tellsOf = (names: string[]) => ({
      bool: {
        should: names.map((name) => ({ match_phrase: { text_chars: name } })),
        minimum_should_match: 1,
      },
    });
    // Judgments mask the others' names (李某甲 for 李大海): a masked mention counts in the same court.
    const masked = (names: string[]) => [...new Set(names.map((n) => `${n.charAt(0)}某`))];
    out.push({
      key: "accomplices",
      body: base(
        accomplices.flatMap((name) => {
          const group = [...accused, ...accomplices.filter((other) => other !== name)];
          const clause = (scope: estypes.QueryDslQueryContainer | undefined, names: string[]) => ({
            bool: {
              filter: [{ term: { partyNames: name } }, ...(scope ? [scope] : [])],
              must: [tellsOf(names)],
            },
          });
          return [
            clause(anchor.province ? { term: { province: anchor.province } } : undefined, group),
            ...(anchor.court ? [clause({ term: { court: anchor.court } }, masked(group))] : []),
          ];
        }),
      ),
    });
  }
  if (anchor.caseNumbers.length > 0) {
    const forms = anchor.caseNumbers.flatMap(caseNumberForms);
    // The case published again: the judgment and its write-ups as a guiding case, in the gazette or
    // in 人民司法 bear its number.
    const own = (anchor.ownCaseNumbers ?? anchor.caseNumbers).flatMap(caseNumberForms);
    if (own.length > 0) out.push({ key: "same", body: base([{ terms: { caseNumbers: own } }]) });
    out.push({ key: "later", body: base([{ terms: { priorCaseNumbers: forms } }]) });
    // Judgments citing the anchor (an index built before mappings v7 has no such field: none found).
    out.push({ key: "citedBy", body: base([{ terms: { citedCaseNumbers: forms } }]) });
  }
  if (anchor.court && anchor.decisionDate) {
    for (const p of parties) {
      const side = sideOf(p.role);
      if (p.kind !== "organisation" || !side) continue;
      const body = base(
        [
          {
            nested: {
              path: "parties",
              query: {
                bool: {
                  filter: [
                    { term: { "parties.name": p.name } },
                    { terms: { "parties.role": SIDES[side] ?? [] } },
                  ],
                },
              },
            },
          },
        ],
        100,
      );
      (body.query as { bool: { filter: estypes.QueryDslQueryContainer[] } }).bool.filter = [
        ...status,
        { term: { court: anchor.court } },
        {
          range: {
            decisionDate: {
              gte: shiftDays(anchor.decisionDate, -SERIES_WINDOW_DAYS),
              lte: shiftDays(anchor.decisionDate, SERIES_WINDOW_DAYS),
            },
          },
        },
      ];
      out.push({ key: `series:${p.name}`, body });
    }
  }
  return out;
}

/** A defendant's role (被告人, 上诉人, 原审被告人, 罪犯), not a civil defendant's (附带民事诉讼被告 is 被告). */
const ACCUSED_ROLE = /被告人|上诉人|罪犯/;

/** The anchor's defendants named in full (people, not masked): the accomplices' judgments tell of them. */
function accusedOf(anchor: Anchor): string[] {
  return anchor.parties
    .filter((p) => ACCUSED_ROLE.test(p.role) && !isMaskedName(p.name) && !isOrganisation(p))
    .map((p) => p.name);
}

/**
 * The accomplices a judgment tries as defendants, when it is their separate trial: not when it tries
 * one of the anchor's own defendants too — then it is an instance of the anchor's case or the case
 * published again (（2015）沁刑重字第00009号, the first instance of the anchor's appeal, names an accomplice
 * 已判刑 as a civil defendant). Where its parties are known, only those it tries as defendants count,
 * on both sides: the anchor's defendant sued there as a 附带民事诉讼被告人 only for the damage is no
 * defendant of that trial.
 */
function accomplicesTried(anchor: Anchor, doc: RelatedDoc): string[] {
  const tried = doc.parties
    ? [...new Set(doc.parties.filter((p) => ACCUSED_ROLE.test(p.role)).map((p) => p.name))]
    : (doc.partyNames ?? []);
  const accused = new Set(accusedOf(anchor));
  if (tried.some((n) => accused.has(n))) return [];
  const accomplices = new Set(anchor.accomplices ?? []);
  return tried.filter((n) => accomplices.has(n));
}

function partiesOnOtherSides(doc: RelatedDoc, side: string): string[] {
  return (doc.parties ?? [])
    .filter((p) => p.role !== "公诉机关" && sideOf(p.role) !== side && sideOf(p.role) !== undefined)
    .map((p) => p.name);
}

/**
 * Which anchor parties a case shares, exactly or by organisation core words. A person's name is not a
 * person: within a province one common name is several people's (LeCaRD: 26 links between courts of
 * different cities where at most one judgment gives the birth: one name a 2011 伪劣 defendant's in 嘉兴
 * and a 2015 homicide defendant's in 杭州). So a shared name is 同一当事人 only when what identifies the
 * person agrees: both judgments state the birth (year and month) alike (the evidence's `born`), two
 * people are named together in both, or the two are the same case or instances of it (shapeRelated).
 * Births that differ link nothing. Else it is 同名当事人, listed last: only the name is known to agree,
 * and the judge decides (domain rule 6). Organisations are 同一当事人 by their name as before
 * (exactly, or fuzzily by their distinctive words).
 */
export function sharedParties(anchor: Anchor, doc: RelatedDoc): RelationEvidence[] {
  const out: RelationEvidence[] = [];
  const names = new Set(doc.partyNames ?? (doc.parties ?? []).map((p) => p.name));
  const scope = personScope(anchor);
  const people: RelationEvidence[] = [];
  // Organisations tried as defendants in both (a unit crime's 被告单位): they identify a person named with them.
  let unitsTried = 0;
  const seen = new Set<string>();
  for (const p of linkableParties(anchor)) {
    // A party listed twice (被告人 and 附带民事诉讼被告人) is one piece of evidence.
    if (seen.has(p.name)) continue;
    seen.add(p.name);
    if (names.has(p.name)) {
      if (isOrganisation(p)) {
        out.push({ relation: "同一当事人", party: p.name, match: "exact" });
        if (isAccusedRole(p.role)) unitsTried++;
        continue;
      }
      if (scope && doc[scope.field] !== scope.value) continue;
      // Namesakes: both judgments give the person's birth, and it differs (two 京 defendants of one name, born 1989 and 1968).
      const born = p.born && birthMonth(doc.record?.sections?.parties, p.name);
      if (born && born !== p.born) continue;
      const evidence: RelationEvidence = { relation: "同一当事人", party: p.name, match: "exact" };
      if (born) evidence.born = born;
      people.push(evidence);
      out.push(evidence);
      continue;
    }
    if (!fuzzyMatchable(p)) continue;
    const hit = (doc.parties ?? []).find((q) => isOrganisation(q) && sameOrganisation(p.name, q.name));
    if (hit) out.push({ relation: "同一当事人", party: p.name, matchedName: hit.name, match: "fuzzy" });
  }
  // A judgment whose place is not known (a write-up naming no court, an old number telling no
  // province): one person's name alone is anyone's in the country — a defendant of a 2009 扬州 write-up was
  // linked to 2012–2019 defendants in 山西, 贵州 and 重庆. Two people in common, or an organisation,
  // make it the same party. Parties given by name alone (no judgment) are searched as asked.
  if (anchor.id !== undefined && scope === undefined && people.length === 1 && out.length === 1) return [];
  // One person when both give the birth alike, or two people named together in both — an
  // organisation tried as a defendant in both (a unit crime's 被告单位 and its manager) counts as one of
  // the two, not an insurer or a bank, parties to many suits; else the name alone: 同名当事人.
  const together = people.length + unitsTried >= 2;
  return out.map((e) => (people.includes(e) && !together && !e.born ? { ...e, relation: "同名当事人" } : e));
}

type Responses = { key: RelatedSearch["key"]; hits: RelatedDoc[] }[];

/**
 * Whether a judgment found by number shares a party with the anchor — by name, or by surname where
 * either writes the name masked (吴某): an instance tries the same people. A number cited wrongly or
 * borne by another case (（2014）乳刑初字第709号, cited by （2016）鲁10刑终898号, is 吴某's 破坏生产经营) links none.
 * Unknown when either names no one.
 */
function sharesParty(anchor: Anchor, doc: RelatedDoc): boolean {
  const named = (names: readonly string[]) => names.filter((n) => n.length >= 2 && !ROLE_AS_NAME.test(n));
  const mine = named(anchor.parties.filter((p) => p.role !== "公诉机关").map((p) => p.name));
  const theirs = named((doc.parties ?? []).filter((p) => p.role !== "公诉机关").map((p) => p.name));
  if (mine.length === 0 || theirs.length === 0) return true;
  return mine.some((a) => theirs.some((b) => mayBeOneParty(a, b)));
}

/**
 * Loosely one party, for a number already shared: the same name, one written in full inside a
 * longer parse of it (王大海被控…一案), a masked name whose written characters fit (吴某 for 吴立江, 和某华 for
 * 何立华: one of surname or given name), or organisations with two distinctive words in common.
 */
function mayBeOneParty(a: string, b: string): boolean {
  if (a === b || a.startsWith(b) || b.startsWith(a)) return true;
  const masked = isMaskedName(a) ? a : isMaskedName(b) ? b : undefined;
  if (masked) {
    const other = masked === a ? b : a;
    return [...masked].some((c, i) => c !== "某" && c !== "×" && other.charAt(i) === c);
  }
  if (hasOrganisationEnding(a) && hasOrganisationEnding(b)) {
    const core = new Set(organisationCore(a));
    return organisationCore(b).filter((t) => core.has(t)).length >= 2;
  }
  return false;
}

/** A judgment found by number is an instance only if its court fits one of the anchor's courts. */
function instanceOf(court: CourtInfo, anchor: Anchor, relation: "前审" | "后审"): boolean {
  const courts = anchor.courts ?? [];
  if (courts.length === 0) return true;
  return courts.some((own) =>
    relation === "前审"
      ? plausiblyBelow(court, own) || remandedFrom(court, own)
      : plausiblyBelow(own, court) || remandedFrom(own, court),
  );
}

/**
 * A judgment found by a number the anchor cites: a post-2016 number names its court (unique
 * nationally); an older one may be borne by several courts' judgments, so the courts' provinces must
 * not differ. A cited judgment need not be of the same dispute (an earlier conviction elsewhere).
 */
function citable(court: CourtInfo, anchor: Anchor): boolean {
  return Boolean(modernCode(court)) || notOtherProvince(court, anchor);
}

/** The court is not known to lie in another province than the anchor's. */
function notOtherProvince(court: CourtInfo, anchor: Anchor): boolean {
  const pc = provinceOf(court);
  return !(pc && anchor.province && pc !== anchor.province);
}

/**
 * A judgment citing one of the anchor's numbers cites the anchor's judgment: surely when the number is
 * post-2016 (its court code is unique), else only from the anchor's province — an older number may be
 * borne by other courts' judgments (（2015）上刑初字 is 上犹县's and 郑州市上街区's), and its one-character
 * code, shaped like a province's today, is no province's (宁 of a 宁城县: courts.ts placingCode).
 */
function citesAnchor(number: string, court: CourtInfo, anchor: Anchor): boolean {
  return (
    placingCode(parseCaseNumber(number)?.courtCode, number) !== undefined || notOtherProvince(court, anchor)
  );
}

/**
 * A judgment bearing one of the anchor's numbers is the anchor's case published again when its court
 * can be the anchor's: a post-2016 number names its court; an older one may be another court's
 * ((2015)上刑初字第19号 of 上犹县 and of 郑州市上街区), so the courts' provinces and cities must not
 * differ (their names are written variously: 浦东新区法院, 上海市浦东新区人民法院).
 */
function sameCourtPossible(court: CourtInfo, anchor: Anchor): boolean {
  if (modernCode(court)) return true;
  const [mine, theirs] = [prefectureOf(anchor.court), prefectureOf(court.court)];
  return notOtherProvince(court, anchor) && !(mine && theirs && mine !== theirs);
}

/** Relations by case number between judgments sharing a party: the same case, or one of its instances. */
const INSTANCE_RELATIONS = new Set<Relation>(["同一案件", "前审", "后审"]);

/** Merges the answers of each relation into one list, one entry per case with all its relations. */
export function shapeRelated(anchor: Anchor, responses: Responses, size: number): RelatedResult {
  const byId = new Map<string, RelatedCase>();
  const add = (doc: RelatedDoc, evidence: RelationEvidence[]) => {
    if (!doc.id || evidence.length === 0 || doc.id === anchor.id) return;
    let entry = byId.get(doc.id);
    if (!entry) {
      entry = { id: doc.id, relations: [] };
      for (const key of [
        "title",
        "caseNumber",
        "court",
        "courtLevel",
        "procedure",
        "decisionDate",
        "status",
        "tier",
      ] as const) {
        const value = doc[key];
        if (value !== undefined) entry[key] = value;
      }
      byId.set(doc.id, entry);
    }
    entry.relations.push(...evidence);
  };
  for (const { key, hits } of responses) {
    if (key === "parties") for (const doc of hits) add(doc, sharedParties(anchor, doc));
    else if (key === "same") {
      // One number, one case, with a party in common as for instances: a number borne by a judgment
      // of other parties (精河县 （2015）精刑初字第824号: two defendants in one, a third in the other) is
      // not taken for the same case.
      const own = new Set((anchor.ownCaseNumbers ?? anchor.caseNumbers).map(caseNumberKey));
      for (const doc of hits) {
        if (!sameCourtPossible(courtInfo(doc), anchor) || !sharesParty(anchor, doc)) continue;
        const linked = (doc.caseNumbers ?? []).filter((n) => own.has(caseNumberKey(n)));
        add(
          doc,
          linked.slice(0, 1).map((caseNumber) => ({ relation: "同一案件", caseNumber })),
        );
      }
    } else if (key === "prior") {
      const prior = new Set(anchor.priorCaseNumbers.map(caseNumberKey));
      for (const doc of hits) {
        if (!instanceOf(courtInfo(doc), anchor, "前审") || !sharesParty(anchor, doc)) continue;
        const linked = (doc.caseNumbers ?? []).filter((n) => prior.has(caseNumberKey(n)));
        add(
          doc,
          linked.map((caseNumber) => ({ relation: "前审", caseNumber })),
        );
      }
    } else if (key === "cited") {
      const cited = new Set((anchor.citedCaseNumbers ?? []).map(caseNumberKey));
      for (const doc of hits) {
        if (!citable(courtInfo(doc), anchor)) continue;
        const linked = (doc.caseNumbers ?? []).filter((n) => cited.has(caseNumberKey(n)));
        add(
          doc,
          linked.map((caseNumber) => ({ relation: "引用裁判", caseNumber })),
        );
      }
    } else if (key === "citedBy") {
      const own = new Set(anchor.caseNumbers.map(caseNumberKey));
      for (const doc of hits) {
        const court = courtInfo(doc);
        const linked = (doc.citedCaseNumbers ?? []).filter(
          (n) => own.has(caseNumberKey(n)) && citesAnchor(n, court, anchor),
        );
        add(
          doc,
          linked.map((caseNumber) => ({ relation: "引用本案", caseNumber })),
        );
      }
    } else if (key === "accomplices") {
      for (const doc of hits)
        add(
          doc,
          accomplicesTried(anchor, doc).map((party) => ({ relation: "同案人另案", party })),
        );
    } else if (key === "later") {
      const own = new Set(anchor.caseNumbers.map(caseNumberKey));
      for (const doc of hits) {
        if (!instanceOf(courtInfo(doc), anchor, "后审") || !sharesParty(anchor, doc)) continue;
        const linked = (doc.priorCaseNumbers ?? []).filter((n) => own.has(caseNumberKey(n)));
        add(
          doc,
          linked.map((caseNumber) => ({ relation: "后审", caseNumber })),
        );
      }
    } else {
      const party = key.slice("series:".length);
      const role = anchor.parties.find((p) => p.name === party)?.role ?? "";
      const side = sideOf(role) ?? "";
      const others = hits.filter((d) => d.id !== anchor.id);
      const counterparts = new Set(others.flatMap((d) => partiesOnOtherSides(d, side)));
      // Many counterparties: the same pair suing each other repeatedly is not a series.
      if (others.length < SERIES_MIN_OTHERS || counterparts.size < SERIES_MIN_OTHERS) continue;
      const date = anchor.decisionDate as string;
      for (const doc of others) {
        add(doc, [
          {
            relation: "系列案件",
            party,
            side,
            ...(anchor.court ? { court: anchor.court } : {}),
            window: { from: shiftDays(date, -SERIES_WINDOW_DAYS), to: shiftDays(date, SERIES_WINDOW_DAYS) },
            seriesSize: others.length + 1,
            counterparties: partiesOnOtherSides(doc, side),
          },
        ]);
      }
    }
  }
  // The same case or an instance of it tries the same people: a name it shares is one person's.
  for (const c of byId.values()) {
    if (!c.relations.some((r) => INSTANCE_RELATIONS.has(r.relation))) continue;
    c.relations = c.relations.map((r) =>
      r.relation === "同名当事人" ? { ...r, relation: "同一当事人" } : r,
    );
  }
  // Each case's strongest relation first (同一案件 before the names it shares), then by case order.
  for (const c of byId.values())
    c.relations.sort((a, b) => RELATIONS.indexOf(a.relation) - RELATIONS.indexOf(b.relation));
  const rank = (c: RelatedCase) => RELATIONS.indexOf(c.relations[0]?.relation ?? "同一当事人");
  const cases = [...byId.values()].sort(
    (a, b) =>
      rank(a) - rank(b) ||
      (b.decisionDate ?? "").localeCompare(a.decisionDate ?? "") ||
      a.id.localeCompare(b.id),
  );
  return { anchor, cases: cases.slice(0, size) };
}

/**
 * The case the relations are about: the case of `caseId`, else the judgments of the numbers given
 * (several numbers — the instances of one dispute — make one anchor of all their numbers and
 * parties), else the parties alone. Numbers and parties given beside are added to it.
 */
async function findAnchor(client: Client, alias: string, req: RelatedQuery): Promise<Anchor> {
  const lookup = async (query: estypes.QueryDslQueryContainer, size: number) =>
    (
      await client.search<RelatedDoc>({ index: alias, size, _source: ANCHOR_SOURCE, query })
    ).hits.hits.flatMap((h) => (h._source ? [h._source] : []));
  const given = anchorFromRequest(req);
  if (req.caseId) {
    const [doc] = await lookup({ term: { id: req.caseId } }, 1);
    if (!doc) {
      throw new LeianError("not_found", `未找到案件：${req.caseId}`, {
        details: [{ path: "caseId", message: "不存在该案件" }],
      });
    }
    return mergeAnchors([anchorFromDocument(doc), given]);
  }
  if (given.caseNumbers.length > 0) {
    const docs = await lookup({ terms: { caseNumbers: given.caseNumbers.flatMap(caseNumberForms) } }, 20);
    // The first number's judgment anchors (court, date and id); the others lend numbers and parties.
    const order = given.caseNumbers.map(caseNumberKey);
    const rank = (d: RelatedDoc) => {
      const keys = (d.caseNumbers ?? []).map(caseNumberKey);
      const at = order.findIndex((k) => keys.includes(k));
      return at < 0 ? order.length : at;
    };
    // Of one number's documents the judgment itself, not a write-up of it (a guiding case, 人民司法):
    // its court, date and parties are the case's as it was decided; the write-ups are 同一案件.
    const writeUp = (d: RelatedDoc) => (d.documentType === "案例" ? 1 : 0);
    docs.sort(
      (a, b) => rank(a) - rank(b) || writeUp(a) - writeUp(b) || (a.id ?? "").localeCompare(b.id ?? ""),
    );
    const anchor = mergeAnchors([...sameDisputeDocs(docs, rank).map(anchorFromDocument), given]);
    const unmatched = given.caseNumbers.filter(
      (_, i) => !docs.some((d) => (d.caseNumbers ?? []).some((n) => caseNumberKey(n) === order[i])),
    );
    return unmatched.length > 0 ? { ...anchor, unmatchedCaseNumbers: unmatched } : anchor;
  }
  return given;
}

/**
 * The judgments a number lookup may merge into one anchor (`docs` sorted by the number they bear,
 * `rank`). A pre-2016 number can be borne by judgments of several courts (（2015）上刑初字第19号 of
 * 上犹县 and of 郑州市上街区): such a number does not resolve to one court, and only its judgments
 * of the anchor's dispute are kept. The anchor is the first number's judgment that fits the
 * judgments of the other numbers, else the first.
 */
export function sameDisputeDocs(docs: RelatedDoc[], rank: (d: RelatedDoc) => number): RelatedDoc[] {
  const ambiguous = (r: number) =>
    new Set(docs.filter((d) => rank(d) === r).map((d) => d.court ?? d.courtCode ?? "")).size > 1;
  const first = docs[0];
  if (!first) return [];
  const candidates = docs.filter((d) => rank(d) === rank(first));
  const others = docs.filter((d) => rank(d) !== rank(first) && !ambiguous(rank(d)));
  const anchor =
    (ambiguous(rank(first))
      ? candidates.find((c) => others.some((o) => sameDispute(courtInfo(c), courtInfo(o))))
      : undefined) ?? first;
  const kept = docs.filter(
    (d) => d === anchor || !ambiguous(rank(d)) || sameDispute(courtInfo(d), courtInfo(anchor)),
  );
  return [anchor, ...kept.filter((d) => d !== anchor)];
}

/** One anchor of several: the first's id, court and date; everyone's numbers and parties (by key, by name). */
export function mergeAnchors(anchors: readonly Anchor[]): Anchor {
  const [first, ...rest] = anchors as [Anchor, ...Anchor[]];
  const numbers = (pick: (a: Anchor) => string[]) => {
    const byKey = new Map<string, string>();
    for (const a of anchors)
      for (const n of pick(a)) if (!byKey.has(caseNumberKey(n))) byKey.set(caseNumberKey(n), n);
    return [...byKey.values()];
  };
  const parties = [...first.parties];
  for (const a of rest)
    for (const p of a.parties) if (!parties.some((q) => q.name === p.name)) parties.push(p);
  const courts = anchors.flatMap((a) => a.courts ?? []);
  const province = anchors.find((a) => a.province)?.province;
  return {
    ...first,
    ...(province ? { province } : {}),
    courts: courts.filter((c, i) => courts.findIndex((d) => JSON.stringify(d) === JSON.stringify(c)) === i),
    ownCaseNumbers: first.ownCaseNumbers ?? first.caseNumbers,
    caseNumbers: numbers((a) => a.caseNumbers),
    // Kept even when another merged judgment bears it: given an appeal's number first and then the
    // first instance's, the first instance is still found as 前审 (the anchor itself is never listed).
    priorCaseNumbers: numbers((a) => a.priorCaseNumbers),
    citedCaseNumbers: numbers((a) => a.citedCaseNumbers ?? []),
    accomplices: [...new Set(anchors.flatMap((a) => a.accomplices ?? []))],
    parties,
  };
}

/** Related cases of a case (by id or case number) or of a set of parties. */
export async function relatedCases(client: Client, alias: string, req: RelatedQuery): Promise<RelatedResult> {
  try {
    const anchor = await findAnchor(client, alias, req);
    const searches = buildRelatedSearches(anchor, req);
    // The anchor's courts serve the instance checks only; they are not part of the answer.
    const { courts: _courts, ownCaseNumbers: _own, ...shown } = anchor;
    if (searches.length === 0) return { anchor: shown, cases: [] };
    const res = await client.msearch<RelatedDoc>({
      index: alias,
      searches: searches.flatMap((s) => [{}, s.body as estypes.SearchSearchRequestBody]),
    });
    const responses: Responses = res.responses.map((r, i) => {
      if ("error" in r) throw new LeianError("engine_error", "检索引擎出错（关联案件）", { cause: r.error });
      return {
        key: (searches[i] as RelatedSearch).key,
        hits: r.hits.hits.flatMap((h) => (h._source ? [h._source] : [])),
      };
    });
    return { ...shapeRelated(anchor, responses, req.size), anchor: shown };
  } catch (error) {
    if (isIndexNotFound(error))
      throw new LeianError("not_ready", "案例库尚未建立索引，请联系技术处", { cause: error });
    throw engineError(error, "关联案件");
  }
}
