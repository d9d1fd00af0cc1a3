/**
 * Reversed judgments (domain rule 2): a judgment that a later instance in the index quashed or
 * changed (撤销, 改判, also in part) or sent back (发回重审) gets `status: "reversed"`, with that later
 * instance as evidence in its record (JudgmentRecord.reversal), and goes back to its own status when
 * no such instance is left. Searches leave reversed judgments out unless asked (filters.ts) and
 * flag them (similar.ts). A change to some of several defendants only ({@link quashedPart})
 * keeps the evidence, naming them, and the judgment's status: it stands as to the others.
 *
 * Which earlier instances a later one rules on is read from its disposition, and the remands a
 * retrial's history tells of (src/judgment/reversal.ts instanceRulings, toldRemands);
 * whether a judgment bearing that number is the instance meant is /related's check
 * (src/judgment/instances.ts: the number's key and plausiblyBelow). Derived on the new index before
 * a reindex moves the alias, and on the live index after an upsert, a withdrawal or a deletion, for
 * the judgments touched and their instances; the judgments that change are rebuilt from their
 * records (src/search/rewrite.ts).
 */
import type { estypes } from "@elastic/elasticsearch";
import { caseNumberForms, caseNumberKey } from "../judgment/case-number.ts";
import { courtInfo, plausiblyBelow, remandedFrom } from "../judgment/instances.ts";
import type { JudgmentRecord } from "../judgment/record.ts";
import {
  dispositionItems,
  type InstanceRuling,
  instanceRulings,
  propertyItem,
  quashedItemNumbers,
  REVERSING_RESULTS,
  toldRemands,
} from "../judgment/reversal.ts";
import type { Client } from "./client.ts";
import type { JudgmentDocument } from "./documents.ts";
import { rewriteFromRecords } from "./rewrite.ts";

export type Reversal = NonNullable<JudgmentRecord["reversal"]>;
export type ReversalEvidence = Reversal["by"][number];

const COURT_FIELDS = [
  "court",
  "courtCode",
  "province",
  "courtLevel",
  "typeCode",
  "procedure",
  "caseYear",
] as const satisfies readonly (keyof JudgmentDocument)[];

type Fields<K extends keyof JudgmentDocument> = Partial<Pick<JudgmentDocument, K>>;

/** What is read of a judgment that may be reversed. */
export type EarlierDoc = Pick<JudgmentDocument, "id"> &
  Fields<"caseNumbers" | "status" | "priorCaseNumbers" | (typeof COURT_FIELDS)[number]> & {
    record?: {
      status?: JudgmentRecord["status"];
      reversal?: Reversal;
      /** Its sentenced defendants, whose names a later instance's quash may name. */
      outcome?: {
        criminal?: Pick<NonNullable<JudgmentRecord["outcome"]["criminal"]>[number], "defendant">[];
      };
      /** Its disposition, whose items a later instance may quash by number. */
      sections?: { disposition?: string | undefined };
    };
  };
const EARLIER_SOURCE = [
  "id",
  "caseNumbers",
  "status",
  "priorCaseNumbers",
  ...COURT_FIELDS,
  "record.status",
  "record.reversal",
  "record.outcome.criminal.defendant",
  "record.sections.disposition",
];

/**
 * What is read of a later instance: one whose result reverses (Outcome.appeal amended or
 * remanded), or whose history may tell of a remand.
 */
export type LaterDoc = Pick<JudgmentDocument, "id"> &
  Fields<"caseNumber" | "decisionDate" | (typeof COURT_FIELDS)[number]> & {
    record?: Partial<Pick<JudgmentRecord, "procedure" | "priorCaseNumbers">> & {
      outcome?: JudgmentRecord["outcome"];
      sections?: Pick<JudgmentRecord["sections"], "disposition" | "history">;
    };
  };
const LATER_SOURCE = [
  "id",
  "caseNumber",
  "decisionDate",
  ...COURT_FIELDS,
  "record.procedure",
  "record.priorCaseNumbers",
  "record.outcome.appeal",
  "record.sections.disposition",
  "record.sections.history",
];

/** A later instance with what its disposition rules on each earlier instance it cites. */
export interface Ruled {
  doc: LaterDoc;
  rulings: InstanceRuling[];
}

export function ruled(doc: LaterDoc): Ruled {
  const r = doc.record;
  const later = {
    procedure: r?.procedure ?? doc.procedure,
    priorCaseNumbers: r?.priorCaseNumbers ?? [],
    outcome: r?.outcome ?? {},
    sections: r?.sections ?? {},
  };
  const rulings = instanceRulings(later);
  // Remands its history tells of (a retrial's): evidence when the remanding ruling is not indexed.
  const ruledOn = new Set(rulings.map((x) => caseNumberKey(x.caseNumber)));
  for (const told of toldRemands(later)) if (!ruledOn.has(caseNumberKey(told.caseNumber))) rulings.push(told);
  return { doc, rulings };
}

/**
 * The fields of a record's index document (toJudgmentDocument) that reversals read, without
 * building the document (no segmentation): for measuring on a corpus without Elasticsearch.
 */
export function instanceFields(record: JudgmentRecord): EarlierDoc & LaterDoc {
  const n = record.caseNumber;
  const doc: EarlierDoc & LaterDoc = {
    id: record.id,
    caseNumbers: [...new Set([n, ...(record.caseNumbers ?? [])].flatMap((c) => (c ? [c.raw] : [])))],
    status: record.status,
    priorCaseNumbers: record.priorCaseNumbers,
    record: {
      status: record.status,
      ...(record.reversal ? { reversal: record.reversal } : {}),
      ...(record.procedure ? { procedure: record.procedure } : {}),
      priorCaseNumbers: record.priorCaseNumbers,
      outcome: record.outcome,
      sections: { disposition: record.sections.disposition, history: record.sections.history },
    },
  };
  const optional = {
    caseNumber: n?.raw,
    caseYear: n?.year,
    courtCode: n?.courtCode,
    typeCode: n?.typeCode,
    court: record.court,
    courtLevel: record.courtLevel,
    province: record.province,
    procedure: record.procedure,
    decisionDate: record.decisionDate,
  };
  for (const [key, value] of Object.entries(optional))
    if (value !== undefined) (doc as Record<string, unknown>)[key] = value;
  return doc;
}

/** When a later instance was decided, for ordering: its date, else its number's year. */
function when(doc: LaterDoc): string {
  return doc.decisionDate ?? (doc.caseYear ? `${doc.caseYear}` : "");
}

/**
 * The later instances that reverse `earlier` (pure), newest first: those whose disposition quashes
 * one of its numbers and whose court can be above its court (plausiblyBelow, as /related links
 * 前审/后审), back to the newest that upholds it, if any — a retrial that quashes the appeal's
 * change and upholds the first instance (撤销二审判决，维持一审判决) makes it stand again.
 */
export function reversalEvidence(earlier: EarlierDoc, laters: readonly Ruled[]): ReversalEvidence[] {
  const keys = new Set((earlier.caseNumbers ?? []).map(caseNumberKey));
  if (keys.size === 0) return [];
  const court = courtInfo(earlier);
  const found: {
    doc: LaterDoc;
    ruling: InstanceRuling;
    result: ReversalEvidence["result"];
    part: ReturnType<typeof quashedPart>;
  }[] = [];
  for (const later of laters) {
    if (later.doc.id === earlier.id) continue;
    const ruling =
      later.rulings.find((r) => r.effect === "quashed" && keys.has(caseNumberKey(r.caseNumber))) ??
      later.rulings.find((r) => keys.has(caseNumberKey(r.caseNumber)));
    // A remand told by the retrial's history has the retrial for evidence, heard below or at the
    // court of what was quashed (an appeal judgment quashed on retrial and sent back to the basic
    // court: （2014）郑刑一终字第82号 by the retrial （2017）豫0182刑初391号).
    const laterCourt = courtInfo(later.doc);
    const placed =
      plausiblyBelow(court, laterCourt) || (ruling?.told !== undefined && remandedFrom(court, laterCourt));
    if (!ruling || !placed) continue;
    const result = ruling.told ?? (later.doc.record?.outcome?.appeal === "remanded" ? "remanded" : "amended");
    const part =
      ruling.effect === "quashed" && result === "amended" ? quashedPart(earlier, ruling) : undefined;
    found.push({ doc: later.doc, ruling, result, part });
  }
  found.sort((a, b) => when(b.doc).localeCompare(when(a.doc)) || a.doc.id.localeCompare(b.doc.id));
  // A quash of property items only upholds the conviction and the sentence.
  const upheld = found.findIndex((f) => f.ruling.effect === "upheld" || f.part === "property");
  return found.slice(0, upheld < 0 ? found.length : upheld).map(({ doc, ruling, result, part }) => {
    const evidence: ReversalEvidence = {
      id: doc.id,
      result,
      cites: ruling.caseNumber,
      clause: ruling.clause,
    };
    if (Array.isArray(part)) evidence.defendants = part;
    if (ruling.toldBy) evidence.remandedBy = ruling.toldBy;
    if (doc.caseNumber) evidence.caseNumber = doc.caseNumber;
    if (doc.court) evidence.court = doc.court;
    if (doc.decisionDate) evidence.decisionDate = doc.decisionDate;
    return evidence;
  });
}

/** A masked name (张某, 贾某某, 李某1) as dispositions write it. */
const MASKED_NAME = /\p{Script=Han}某{1,2}[甲乙丙丁\d]?/gu;

/**
 * Whether `span` names `name` itself, not only inside a longer defendant's name that begins with it
 * (张某 in 张某某, 李某1 in 李某12: a change to 张某某 is none to 张某).
 */
function writesName(span: string, name: string, all: readonly string[]): boolean {
  const longer = all.filter((other) => other.length > name.length && other.startsWith(name));
  for (let at = span.indexOf(name); at >= 0; at = span.indexOf(name, at + 1)) {
    if (!longer.some((other) => span.startsWith(other, at))) return true;
  }
  return false;
}

/**
 * What a quash changed of the judgment: its property or civil items only ("property"), some of its
 * several sentenced defendants (named), or — as far as can be told — the judgment whole (undefined).
 * Each quashing span names the defendants (撤销…对被告人余辰的量刑), at least as many as the items it
 * quashes by number; else the items it quashes are read in the judgment's own disposition (撤销…第一
 * 项、第六项: 一、被告人张禾航犯诈骗罪…, 六、扣押的…予以没收), each on property only or naming whom it
 * sentences. A span naming no one, an item not found, or a masked name the judgment writes otherwise
 * (贾某某 for 贾志禾) changed the judgment whole.
 */
function quashedPart(earlier: EarlierDoc, ruling: InstanceRuling): "property" | string[] | undefined {
  const spans = ruling.spans ?? [];
  if (spans.length === 0) return undefined;
  const names = [...new Set((earlier.record?.outcome?.criminal ?? []).map((s) => s.defendant))].filter(
    (n) => n.length >= 2,
  );
  const items = dispositionItems(earlier.record?.sections?.disposition ?? "");
  const changed = new Set<string>();
  for (const span of spans) {
    const numbers = quashedItemNumbers(span);
    const whom = names.filter((n) => writesName(span, n, names));
    const masked = span.match(MASKED_NAME) ?? [];
    if (whom.length > 0 && whom.length >= numbers.length) {
      if (masked.some((m) => !names.includes(m))) return undefined;
      for (const n of whom) changed.add(n);
      continue;
    }
    if (numbers.length === 0 || !numbers.every((n) => items.has(n))) return undefined;
    for (const n of numbers) {
      const item = items.get(n) ?? "";
      if (propertyItem(item)) continue;
      const sentenced = names.filter((name) => writesName(item, name, names));
      if (sentenced.length === 0) return undefined;
      for (const name of sentenced) changed.add(name);
    }
  }
  if (changed.size === 0) return "property";
  return changed.size < names.length ? [...changed] : undefined;
}

/**
 * The status and reversal a judgment should have given the evidence (pure), or undefined when it
 * has them already. A withdrawn judgment stays withdrawn, and one its source gave as reversed
 * (no derived reversal) stays as given.
 */
export function reversalChange(
  current: Pick<EarlierDoc, "status" | "record">,
  evidence: readonly ReversalEvidence[],
): { status: JudgmentRecord["status"]; reversal?: Reversal } | undefined {
  const status =
    current.record?.status ?? (current.status as JudgmentRecord["status"] | undefined) ?? "effective";
  const derived = current.record?.reversal;
  if (status === "withdrawn" || status === "superseded") return undefined;
  if (evidence.length > 0) {
    if (status === "reversed" && !derived) return undefined;
    const previousStatus = derived?.previousStatus ?? (status === "not_effective" ? status : "effective");
    const reversal: Reversal = { previousStatus, by: [...evidence] };
    // Some defendants' sentences changed, by every later instance: it stands as to the others.
    const next = evidence.every((e) => e.defendants) ? previousStatus : "reversed";
    if (status === next && JSON.stringify(derived) === JSON.stringify(reversal)) return undefined;
    return { status: next, reversal };
  }
  if (!derived) return undefined;
  return { status: status === "reversed" ? derived.previousStatus : status };
}

export type ReversalPlan = {
  /** The judgments whose status or evidence changes, by id, with what they change to. */
  changes: Map<string, NonNullable<ReturnType<typeof reversalChange>>>;
  /** Evidence of every judgment reversed by a later instance among `laters`, by id. */
  evidence: Map<string, ReversalEvidence[]>;
  /** How many of the judgments are reversed by such evidence after the changes. */
  reversed: number;
};

/**
 * What changes (pure): each judgment of `earliers` compared with the later instances that rule on
 * one of its numbers.
 */
export function planReversals(earliers: Iterable<EarlierDoc>, laters: readonly Ruled[]): ReversalPlan {
  const byKey = new Map<string, Ruled[]>();
  for (const l of laters) {
    for (const key of new Set(l.rulings.map((r) => caseNumberKey(r.caseNumber)))) {
      const list = byKey.get(key);
      if (list) list.push(l);
      else byKey.set(key, [l]);
    }
  }
  const plan: ReversalPlan = { changes: new Map(), evidence: new Map(), reversed: 0 };
  for (const earlier of earliers) {
    const candidates = new Set((earlier.caseNumbers ?? []).flatMap((n) => byKey.get(caseNumberKey(n)) ?? []));
    const evidence = reversalEvidence(earlier, [...candidates]);
    const change = reversalChange(earlier, evidence);
    if (change) plan.changes.set(earlier.id, change);
    if (evidence.length > 0) plan.evidence.set(earlier.id, evidence);
    if ((change?.status ?? earlier.record?.status ?? earlier.status) === "reversed" && evidence.length > 0)
      plan.reversed++;
  }
  return plan;
}

export interface ReversalSummary {
  /** Later instances read whose result reverses. */
  laters: number;
  /** Judgments whose status was looked at. */
  examined: number;
  /**
   * Judgments marked reversed (or whose evidence changed); standing with some defendants' sentences
   * changed (evidence kept, status their own); put back to their own status.
   */
  reversed: number;
  inPart: number;
  restored: number;
  /** Judgments in the index reversed by a later instance in it, after this run. */
  reversedTotal?: number;
  failed: { id: string; reason: string }[];
  durationMs: number;
}

/** Numbers per terms query: each is looked up in its ~11 written forms (caseNumberForms). */
// A pre-2016 number has up to 44 forms (caseNumberForms); a terms query takes at most 65,536.
const NUMBERS_PER_QUERY = 1000;

async function readAll<T>(
  client: Client,
  target: string,
  query: estypes.QueryDslQueryContainer,
  source: string[],
): Promise<T[]> {
  const out: T[] = [];
  for await (const page of client.helpers.scrollSearch<T>({
    index: target,
    size: 1000,
    query,
    _source: source,
  })) {
    out.push(...page.documents);
  }
  return out;
}

/** Documents whose `field` holds one of `numbers` in any written form, read in chunks. */
async function byNumbers<T>(
  client: Client,
  target: string,
  field: "caseNumbers" | "priorCaseNumbers",
  numbers: Iterable<string>,
  source: string[],
  filter: estypes.QueryDslQueryContainer[] = [],
): Promise<T[]> {
  const distinct = [...new Map([...numbers].map((n) => [caseNumberKey(n), n])).values()];
  const out: T[] = [];
  for (let i = 0; i < distinct.length; i += NUMBERS_PER_QUERY) {
    const forms = distinct.slice(i, i + NUMBERS_PER_QUERY).flatMap(caseNumberForms);
    out.push(
      ...(await readAll<T>(
        client,
        target,
        { bool: { filter: [{ terms: { [field]: forms } }, ...filter] } },
        source,
      )),
    );
  }
  return out;
}

/**
 * Later instances: those whose result reverses, and those whose history may tell of a remand
 * ({@link toldRemands}: a retrial's, whatever its own result).
 */
const REVERSING: estypes.QueryDslQueryContainer = {
  bool: {
    should: [{ terms: { appeal: [...REVERSING_RESULTS] } }, { match_phrase: { text_chars: "发回" } }],
    minimum_should_match: 1,
  },
};

/**
 * Derives reversals in `target` (an index, or an alias: changes go to the index each judgment lives
 * in). Without `scope`, for the whole index: every later instance whose result reverses, and every
 * judgment its disposition rules on or already reversed. With `scope`, for the judgments of `ids`
 * and of `caseNumbers` (the earlier instances of a deleted judgment) and the earlier instances the
 * judgments of `ids` cite, against the later instances citing any of them. Withdrawn later instances
 * still count: a judgment withdrawn from publication was still given.
 */
export async function deriveReversals(
  client: Client,
  target: string,
  scope?: { ids?: readonly string[]; caseNumbers?: readonly string[] },
): Promise<ReversalSummary> {
  const started = Date.now();
  const earliers = new Map<string, EarlierDoc>();
  const add = (docs: EarlierDoc[]) => {
    for (const d of docs) if (!earliers.has(d.id)) earliers.set(d.id, d);
  };
  let laters: Ruled[];
  if (scope === undefined) {
    laters = (
      await readAll<LaterDoc>(
        client,
        target,
        { bool: { filter: [REVERSING, { exists: { field: "priorCaseNumbers" } }] } },
        LATER_SOURCE,
      )
    ).map(ruled);
    const ruledOn = laters.flatMap((l) => l.rulings.map((r) => r.caseNumber));
    add(await byNumbers<EarlierDoc>(client, target, "caseNumbers", ruledOn, EARLIER_SOURCE));
    add(await readAll<EarlierDoc>(client, target, { term: { status: "reversed" } }, EARLIER_SOURCE));
  } else {
    const ids = [...new Set(scope.ids ?? [])];
    const seeds: EarlierDoc[] = [];
    for (let i = 0; i < ids.length; i += 10_000) {
      const chunk = ids.slice(i, i + 10_000);
      seeds.push(...(await readAll<EarlierDoc>(client, target, { ids: { values: chunk } }, EARLIER_SOURCE)));
    }
    add(seeds);
    const cited = [...seeds.flatMap((d) => d.priorCaseNumbers ?? []), ...(scope.caseNumbers ?? [])];
    add(await byNumbers<EarlierDoc>(client, target, "caseNumbers", cited, EARLIER_SOURCE));
    const numbers = [...earliers.values()].flatMap((d) => d.caseNumbers ?? []);
    laters = (
      await byNumbers<LaterDoc>(client, target, "priorCaseNumbers", numbers, LATER_SOURCE, [REVERSING])
    ).map(ruled);
  }
  const { changes, reversed: reversedTotal } = planReversals(earliers.values(), laters);
  const rewritten = await rewriteFromRecords(client, target, [...changes.keys()], (record, id) => {
    const change = changes.get(id);
    if (!change) return undefined;
    const { reversal: _old, ...own } = record;
    return { ...own, status: change.status, ...(change.reversal ? { reversal: change.reversal } : {}) };
  });
  const failed = new Set(rewritten.failed.map((f) => f.id));
  const done = [...changes].filter(([id]) => !failed.has(id));
  return {
    laters: laters.length,
    examined: earliers.size,
    reversed: done.filter(([, c]) => c.status === "reversed").length,
    inPart: done.filter(([, c]) => c.status !== "reversed" && c.reversal).length,
    restored: done.filter(([, c]) => c.status !== "reversed" && !c.reversal).length,
    ...(scope === undefined ? { reversedTotal } : {}),
    failed: rewritten.failed,
    durationMs: Date.now() - started,
  };
}
