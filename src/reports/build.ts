/**
 * Builds a retrieval report (类案检索报告) from a pending case and the judge's choices: runs and
 * records every query (rule 4), lists the results per tier with their key holdings (rule 5),
 * applies the selections and the guiding-case rule, finds divergent outcomes (rule 7), answers
 * submitted cases (rule 8) and lists related cases (rule 9). The stored result is immutable and
 * carries the SHA-256 of its canonical JSON.
 */
import { createHash, randomBytes } from "node:crypto";
import type { estypes } from "@elastic/elasticsearch";
import { sentencingRange } from "../audit/cluster.ts";
import { LeianError } from "../errors.ts";
import { unrecognisedCausesOf } from "../judgment/causes.ts";
import { extractCircumstances } from "../judgment/circumstances.ts";
import { type CourtId, placeCourt, placingCode } from "../judgment/courts.ts";
import { acquittedAll, principalSentence, sentencedCount } from "../judgment/outcome.ts";
import { statuteKeyText } from "../judgment/provisions.ts";
import type { CourtLevel, JudgmentRecord, Tier } from "../judgment/record.ts";
import { amendsPropertyOnly } from "../judgment/reversal.ts";
import { repealedLawNotice } from "../judgment/statutes.ts";
import { keywordSearch } from "../retrieval/keyword.ts";
import { buildRelatedSearches, type RelatedResult, relatedCases } from "../retrieval/related.ts";
import {
  canonicalCharges,
  changedInPartText,
  givenLegal,
  judgesChargeForms,
  judgesCourtCode,
  judgesCourtNames,
  onePerCase,
  outcomeText,
  similarCases,
  statuteKeys,
} from "../retrieval/similar.ts";
import type { CaseFilters, MatchReason, PendingCase } from "../retrieval/types.ts";
import type { Client } from "../search/client.ts";
import {
  changedInPart,
  type JudgmentDocument,
  OUTCOME_FIELDS,
  standingSentences,
} from "../search/documents.ts";
import { aliasTargets } from "../search/indices.ts";
import type { KeywordPage, KeywordQuery } from "../search/queries/keyword.ts";
import { excerpt, HOLDING_EXCERPT } from "../text/excerpt.ts";
import { dictionaryVersion } from "../text/segment.ts";
import {
  applySelections,
  type DivergenceInput,
  findDivergence,
  STATUS_LABELS,
  tierCases,
} from "./analysis.ts";
import {
  canonicalJson,
  type RecordedQuery,
  type ReportCase,
  type ReportQuery,
  type ReportRequest,
  type ReportSubmittedCase,
  type RetrievalReport,
} from "./model.ts";
import { type CitationMatch, resolveCitations } from "./submitted.ts";

export interface ReportDeps {
  client: Client;
  /** The judgments alias. */
  alias: string;
  /** Service version (package.json). */
  version: string;
  now?: () => Date;
}

/** 检索主体: the authenticated user. */
export interface Searcher {
  user: string;
  court: string;
  role: string;
}

/** Results kept per query: the similar search and each extra query. */
export const RESULTS_PER_QUERY = 20;
const SIMILAR_WINDOW = 100;

/** A random, URL-safe report id (128 bits). */
export function newReportId(): string {
  return randomBytes(16).toString("base64url");
}

export function sha256Of(report: Omit<RetrievalReport, "sha256"> | RetrievalReport): string {
  return createHash("sha256").update(canonicalJson(report)).digest("hex");
}

/** The pending case as similarCases takes it. */
export function similarParameters(request: ReportRequest): PendingCase {
  const p = request.pendingCase;
  return {
    facts: p.facts,
    ...(p.charges ? { charges: p.charges } : {}),
    ...(p.causes ? { causes: p.causes } : {}),
    ...(p.statutes ? { statutes: p.statutes } : {}),
    court: p.court,
    caseNumber: p.caseNumber,
    disputedIssues: p.disputedIssues,
    ...(request.filters ? { filters: request.filters } : {}),
    size: RESULTS_PER_QUERY,
  };
}

/**
 * Statute-linked search (法条关联案件检索) is a search with no words, filtered by the statutes and
 * newest first: it lists the cases that applied those articles, which is what the method means.
 * similarCases with statutes would rank by facts and only nudge by statutes, i.e. repeat the
 * similar-case search.
 */
export function keywordParameters(query: ReportQuery, reportFilters: CaseFilters | undefined): KeywordQuery {
  if (query.method === "keyword") {
    const filters = { ...reportFilters, ...query.filters };
    return {
      q: query.q,
      ...(query.parts ? { parts: query.parts } : {}),
      filters,
      size: RESULTS_PER_QUERY,
      facets: false,
      highlight: false,
      sort: "relevance",
    };
  }
  if (query.method === "statute") {
    const filters = { ...reportFilters, ...query.filters, statutes: statuteKeys(query.statutes) };
    return { filters, size: RESULTS_PER_QUERY, facets: false, highlight: false, sort: "date" };
  }
  throw new Error(`not a keyword method: ${query.method}`);
}

/**
 * A statute-linked search of several articles finds the judgments applying each of them (刑法#264 and
 * 刑法#65: thefts by recidivists), recorded so (`everyStatute`) when the report is filed: as a filter
 * (`filters.statutes`) any one article had been enough, and a theft report's search for those two
 * listed 15 judgments of rape, drugs, fraud or assault among its 20 (review h6-review). A report filed
 * before records none and is re-run as it was run.
 */
export function everyStatuteFilters(parameters: Record<string, unknown>): estypes.QueryDslQueryContainer[] {
  if (parameters.everyStatute !== true || !Array.isArray(parameters.statutes)) return [];
  return statuteKeys(parameters.statutes.map(String)).map((key) => ({ term: { statutes: key } }));
}

/** The result of one query run: recorded as is, plus the ids' match reasons for similar results. */
export interface QueryRun {
  recorded: RecordedQuery;
  why: Map<string, MatchReason>;
  /** A similar-case run's charges or causes: the judge's, else those it inferred. */
  legal?: string[];
  related?: RelatedResult;
}

/**
 * The keyword and statute queries that found each case, by id: a case no similar-case run explains
 * says how it came into the report (review15-reports: 17 of 37 listed with 匹配理由 “—”).
 */
export function foundByQueries(queries: readonly RecordedQuery[]): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const q of queries) {
    const label = queryLabel(q);
    if (!label) continue;
    for (const id of q.resultIds) found.set(id, [...(found.get(id) ?? []), label]);
  }
  return found;
}

/** How a keyword or statute query is named where a case it found is listed; undefined for others. */
function queryLabel(q: RecordedQuery): string | undefined {
  const p = q.parameters as { q?: unknown; statutes?: unknown };
  if (q.method === "keyword") return `关键词检索：“${typeof p.q === "string" ? p.q : ""}”`;
  if (q.method === "statute")
    return `法条关联检索：${Array.isArray(p.statutes) ? p.statutes.map((x) => statuteKeyText(String(x))).join("、") : ""}`;
  return undefined;
}

type UnrecognisedFilter = NonNullable<RecordedQuery["unrecognisedFilters"]>[number];

/** How the report words a filter value or a pending case's field a search could not read. */
const UNREAD_MESSAGES = {
  courts: (v: string) => `中的法院“${v}”在案例库中未找到（按原文匹配，无结果），请检查法院名称`,
  charges: (v: string) =>
    `中的罪名“${v}”不在现行罪名表中（按原文匹配，通常无结果），请改用罪名全称，如 危险驾驶罪`,
  causes: (v: string) =>
    `中的案由“${v}”不在民事、行政案件案由规定中（按原文匹配，通常无结果），请改用规定的案由名称`,
} as const;

/** What a keyword search said back it could not read, by filter. */
const UNRECOGNISED_FILTERS = [
  { key: "courts", said: "unrecognisedCourts" },
  { key: "charges", said: "unrecognisedCharges" },
  { key: "causes", said: "unrecognisedCauses" },
] as const;

/**
 * The filter values a keyword or statute query's search could not read (`said`: its page's
 * query.unrecognised*, as /search returns them), each at its path: a filter of the query's own
 * (`queries.N.filters.courts.M` when `at` is `queries.N`), else the report's filters the query took
 * (`filters.courts.M`; without `at`, paths among the recorded parameters: `filters…`, `reportFilters…`).
 */
export function unrecognisedFilters(
  parameters: Record<string, unknown>,
  said: Pick<KeywordPage["query"], "unrecognisedCourts" | "unrecognisedCharges" | "unrecognisedCauses">,
  at?: string,
): UnrecognisedFilter[] {
  const own = parameters.filters as CaseFilters | undefined;
  const report = parameters.reportFilters as CaseFilters | undefined;
  return UNRECOGNISED_FILTERS.flatMap(({ key, said: field }) => {
    const message = UNREAD_MESSAGES[key];
    const unread = said[field] ?? [];
    if (unread.length === 0) return [];
    // keywordParameters: the query's own filter replaces the report's of the same name.
    const ownFilter = own?.[key] !== undefined;
    const typed = (ownFilter ? own?.[key] : report?.[key]) ?? [];
    const prefix = ownFilter ? (at ? `${at}.filters` : "filters") : at ? "filters" : "reportFilters";
    const where = ownFilter ? "筛选条件" : "报告统一筛选条件";
    return typed.flatMap((value, i) =>
      unread.includes(value)
        ? [{ path: `${prefix}.${key}.${i}`, value, message: `${where}${message(value)}` }]
        : [],
    );
  });
}

/**
 * What the similar-case search could not read of the pending case (its query.unrecognised*, as
 * /similar says them back), each at its path in the report request: a court the index does not know
 * (its cases are then not ordered by their courts' standing to it), a charge or a cause no catalogue
 * names (matched as typed, so matching almost nothing).
 */
export function unrecognisedPending(
  pending: Pick<PendingCase, "court" | "charges" | "causes">,
  said: { unrecognisedCourt?: string; unrecognisedCharges?: string[]; unrecognisedCauses?: string[] },
): UnrecognisedFilter[] {
  const out: UnrecognisedFilter[] = [];
  if (said.unrecognisedCourt)
    out.push({
      path: "pendingCase.court",
      value: said.unrecognisedCourt,
      message: `待决案件的审理法院“${said.unrecognisedCourt}”在案例库中未找到，类案未按与本院的层级关系排序，请检查法院名称`,
    });
  const charges = said.unrecognisedCharges ?? [];
  (pending.charges ?? []).forEach((typed, i) => {
    if (canonicalCharges([typed]).some((c) => charges.includes(c)))
      out.push({
        path: `pendingCase.charges.${i}`,
        value: typed,
        message: `待决案件${UNREAD_MESSAGES.charges(typed)}`,
      });
  });
  if ((said.unrecognisedCauses ?? []).length > 0)
    (pending.causes ?? []).forEach((typed, i) => {
      if (unrecognisedCausesOf(typed).length > 0)
        out.push({
          path: `pendingCase.causes.${i}`,
          value: typed,
          message: `待决案件${UNREAD_MESSAGES.causes(typed)}`,
        });
    });
  return out;
}

/**
 * Runs one recorded method with its parameters (also used by re-runs). `at` is the query's path in
 * the report request (`queries.N`), for the paths of the filter values a search could not read.
 */
export async function runQuery(
  deps: ReportDeps,
  method: RecordedQuery["method"],
  parameters: Record<string, unknown>,
  at?: string,
): Promise<QueryRun> {
  const { client, alias } = deps;
  if (method === "similar") {
    const pending = parameters as unknown as PendingCase;
    const result = await similarCases(client, alias, pending, {
      window: SIMILAR_WINDOW,
      ...(deps.now ? { now: deps.now() } : {}),
    });
    // Said back as /similar says them: a misspelt court, charge or cause had gone unexplained.
    const unread = unrecognisedPending(pending, result.query);
    return {
      recorded: {
        method,
        parameters,
        request: result.request,
        hits: result.query.candidates,
        resultIds: result.cases.map((c) => c.id),
        ...(unread.length > 0 ? { unrecognisedFilters: unread } : {}),
      },
      why: new Map(result.cases.map((c) => [c.id, c.why])),
      // Every form of the judge's charges and causes (a case of 买卖合同纠纷 is of the judge's 合同纠纷).
      legal:
        result.query.charges.length > 0 ? givenLegal(pending).forms.flat() : result.query.inferredCharges,
    };
  }
  if (method === "keyword" || method === "statute") {
    const query = keywordParameters(
      parameters as ReportQuery,
      parameters.reportFilters as CaseFilters | undefined,
    );
    const { page, request } = await keywordSearch(client, alias, query, everyStatuteFilters(parameters));
    // Said back as /search says them: a court the index does not hold had filtered to nothing, unexplained.
    const unread = unrecognisedFilters(parameters, page.query, at);
    return {
      recorded: {
        method,
        parameters,
        request,
        hits: page.total.value,
        resultIds: page.hits.map((h) => h.id),
        ...(unread.length > 0 ? { unrecognisedFilters: unread } : {}),
      },
      why: new Map(),
    };
  }
  const req = {
    ...(typeof parameters.caseId === "string" ? { caseId: parameters.caseId } : {}),
    ...(Array.isArray(parameters.caseNumbers) ? { caseNumbers: parameters.caseNumbers as string[] } : {}),
    ...(Array.isArray(parameters.parties) ? { parties: parameters.parties as string[] } : {}),
    size: RESULTS_PER_QUERY,
  };
  const result = await relatedCases(client, alias, req);
  return {
    recorded: {
      method,
      parameters,
      request: buildRelatedSearches(result.anchor, req),
      hits: result.cases.length,
      resultIds: result.cases.map((c) => c.id),
    },
    why: new Map(),
    related: result,
  };
}

/** The parameters recorded for each extra query (report-level filters folded in). */
export function extraParameters(query: ReportQuery, request: ReportRequest): Record<string, unknown> {
  if (query.method === "case") return { ...query };
  const every = query.method === "statute" && statuteKeys(query.statutes).length > 1;
  return {
    ...query,
    ...(every ? { everyStatute: true } : {}),
    ...(request.filters ? { reportFilters: request.filters } : {}),
  };
}

const CASE_FIELDS = [
  "id",
  "title",
  "caseNumber",
  "court",
  "courtLevel",
  "decisionDate",
  "tier",
  "status",
  "committeeDiscussed",
  "charges",
  "causes",
  "courtCode",
  "authorityNumber",
  "statutes",
  "circumstances",
  ...OUTCOME_FIELDS,
  "record.keyHoldings",
  "record.keyHoldingsKind",
  "record.sections.reasoning",
  "record.sections.disposition",
  "record.outcome.criminal",
  "record.outcome.administrative",
  "record.status",
  "record.reversal",
] as const;

type CaseDoc = Partial<Omit<JudgmentDocument, "record">> & {
  record?: {
    keyHoldings?: string;
    keyHoldingsKind?: "holding" | "question";
    sections?: Pick<JudgmentRecord["sections"], "reasoning" | "disposition">;
    outcome?: Pick<JudgmentRecord["outcome"], "criminal" | "administrative">;
    status?: JudgmentRecord["status"];
    reversal?: JudgmentRecord["reversal"];
  };
};

/** The report's view of cases by id, withdrawn and reversed ones included (they are flagged). */
async function fetchCases(client: Client, alias: string, ids: string[]): Promise<Map<string, CaseDoc>> {
  if (ids.length === 0) return new Map();
  const res = await client.search<CaseDoc>({
    index: alias,
    size: ids.length,
    query: { terms: { id: ids } },
    _source: [...CASE_FIELDS],
  });
  return new Map(res.hits.hits.flatMap((h) => (h._source?.id ? [[h._source.id, h._source] as const] : [])));
}

/**
 * A judgment as the report lists it (pure). `judgesCourt` is the court code of the judge's court
 * (similar.ts judgesCourtCode): the case's court is placed relative to it.
 */
export function toReportCase(
  doc: CaseDoc & { id: string },
  why: MatchReason | undefined,
  judgesCourt: CourtId = {},
  legal: readonly string[] = [],
): DivergenceInput {
  // The same excerpt lengths as the result cards (src/search/documents.ts), so that the report
  // quotes a case as the judge saw it in the results.
  const holding = excerpt(doc.record?.keyHoldings, HOLDING_EXCERPT);
  const reasoning = holding ? undefined : excerpt(doc.record?.sections?.reasoning);
  // The sentence of one defendant, as the result card shows it (never two defendants' combined);
  // of a judgment a later instance changed as to some defendants, the sentences that stand.
  const record = doc.record ?? {};
  const sentences = standingSentences(record);
  const principal = principalSentence(sentences);
  const inPart = changedInPart(record);
  const shown = outcomeText(
    {
      ...doc,
      ...(doc.appeal === "amended" && amendsPropertyOnly(record.sections?.disposition)
        ? { appealPropertyOnly: true }
        : {}),
      ...(principal ? { principal } : {}),
      ...(acquittedAll(sentences) ? { acquitted: true } : {}),
      ...(record.outcome?.administrative
        ? { administrative: record.outcome.administrative.dispositions }
        : {}),
      ...(sentencedCount(sentences) > 1
        ? { defendants: sentencedCount(sentences), others: sentences.filter((s) => s !== principal) }
        : {}),
    },
    legal,
  );
  const outcome = [shown, ...inPart.map(changedInPartText)].filter(Boolean).join("；") || undefined;
  const c: ReportCase = {
    id: doc.id,
    tier: (doc.tier ?? "ordinary") as Tier,
    status: STATUS_LABELS[doc.status ?? "effective"] ?? doc.status ?? "生效",
  };
  if (doc.caseNumber) c.caseNumber = doc.caseNumber;
  if (doc.title) c.title = doc.title;
  if (doc.court) c.court = doc.court;
  if (doc.courtLevel) c.courtLevel = doc.courtLevel as CourtLevel;
  const relation = placeCourt(judgesCourt, {
    code: placingCode(doc.courtCode, doc.caseNumber),
    name: doc.court,
  });
  if (relation) c.courtRelation = relation;
  if (doc.decisionDate) c.decisionDate = doc.decisionDate;
  if (doc.committeeDiscussed !== undefined) c.committeeDiscussed = doc.committeeDiscussed;
  const repealed = repealedLawNotice(doc.statutes ?? [], doc.decisionDate);
  if (repealed) c.repealedLaws = repealed;
  if (holding) {
    c.keyHolding = holding;
    c.keyHoldingSource = doc.record?.keyHoldingsKind === "question" ? "question" : "holding";
  } else if (reasoning) {
    c.keyHolding = reasoning;
    c.keyHoldingSource = "reasoning_excerpt";
  }
  if (outcome) c.outcome = outcome;
  if (why) c.why = why;
  return {
    ...c,
    facts: {
      charges: doc.charges,
      causes: doc.causes,
      penaltyKinds: doc.penaltyKinds,
      months: doc.months,
      civilDisposition: doc.civilDisposition,
      administrative: record.outcome?.administrative?.dispositions,
      sentences,
      // The range it was sentenced in (src/audit/cluster.ts sentencingRange): a 轻伤 case is not
      // compared with a death, nor 数额较大 with 数额巨大.
      bands: sentencingRange(doc.statutes ?? [], doc.circumstances ?? []),
      statutes: doc.statutes ?? [],
      circumstances: doc.circumstances ?? [],
    },
  };
}

/** Service version, the concrete index behind the alias, its document count, the dictionary version. */
export async function platformSnapshot(deps: ReportDeps): Promise<RetrievalReport["platform"]> {
  const [targets, count] = await Promise.all([
    aliasTargets(deps.client, deps.alias),
    deps.client.count({ index: deps.alias }),
  ]);
  return {
    service: "leian",
    version: deps.version,
    alias: deps.alias,
    index: targets.sort().join(","),
    documents: count.count,
    dictionaryVersion: dictionaryVersion(),
  };
}

/**
 * A search's refusal of a field (`facts`), its paths rewritten to the report request's fields
 * (`pendingCase.facts`) so the judge sees what to fix; any other error as it is.
 */
function rerooted(error: unknown, path: (searchPath: string) => string): unknown {
  if (!(error instanceof LeianError) || error.code !== "invalid_request" || !Array.isArray(error.details))
    return error;
  const details = (error.details as { path?: unknown }[]).map((d) =>
    typeof d.path === "string" ? { ...d, path: path(d.path) } : d,
  );
  return new LeianError(error.code, error.message, { details, cause: error });
}

/**
 * Builds the report. `previous` is the version this one amends (the caller checked access and
 * that it is the latest). Throws LeianError("invalid_request") with field paths for selections
 * that break the rules (`selections.N.reason` for a guiding case not followed without a reason).
 */
export async function buildReport(
  deps: ReportDeps,
  user: Searcher,
  request: ReportRequest,
  options: { previous?: RetrievalReport; id?: string } = {},
): Promise<RetrievalReport> {
  const now = deps.now?.() ?? new Date();
  const runs: QueryRun[] = [];
  try {
    runs.push(
      await runQuery(deps, "similar", similarParameters(request) as unknown as Record<string, unknown>),
    );
  } catch (error) {
    // The search refuses its own fields (`facts`); the judge filled in `pendingCase.facts`.
    throw rerooted(error, (path) => (path.startsWith("filters") ? path : `pendingCase.${path}`));
  }
  for (const [i, query] of request.queries.entries()) {
    try {
      runs.push(await runQuery(deps, query.method, extraParameters(query, request), `queries.${i}`));
    } catch (error) {
      // A case-linked query on an unknown case is the request's fault: name the query.
      if (error instanceof LeianError && error.code === "not_found" && query.method === "case") {
        throw new LeianError("invalid_request", `请求参数有误：queries.${i}.caseId：${error.message}`, {
          details: [{ path: `queries.${i}.caseId`, message: "不存在该案件" }],
          cause: error,
        });
      }
      throw rerooted(error, (path) => `queries.${i}.${path}`);
    }
  }

  const pending = request.pendingCase;
  const relatedParameters = {
    purpose: "related",
    caseNumbers: [pending.caseNumber],
    ...(pending.parties && pending.parties.length > 0 ? { parties: pending.parties } : {}),
  };
  const relatedRun = await runQuery(deps, "case", relatedParameters);

  // Submitted cases cited without a caseId, found by the authority or case number they name.
  const citations = await resolveCitations(deps.client, deps.alias, request.submittedCases);
  const submittedCases = request.submittedCases.map((s, i) => {
    const match = citations.get(i);
    return match && "caseId" in match ? { ...s, caseId: match.caseId, resolvedBy: match.resolvedBy } : s;
  });

  const resultIds = [...new Set(runs.flatMap((r) => r.recorded.resultIds))];
  const selectedIds = request.selections.map((s) => s.caseId).filter((id) => !resultIds.includes(id));
  const submittedIds = submittedCases.flatMap((s) => (s.caseId ? [s.caseId] : []));
  const [docs, platform, judgesCourt] = await Promise.all([
    fetchCases(deps.client, deps.alias, [...new Set([...resultIds, ...selectedIds, ...submittedIds])]),
    platformSnapshot(deps),
    // Placing courts refines the report; failing to read the judge's court must not lose it.
    judgesCourtCode(deps.client, deps.alias, pending).catch((error) => {
      if (error instanceof LeianError && error.code === "invalid_request")
        throw rerooted(error, (path) => `pendingCase.${path}`);
      return undefined;
    }),
  ]);
  const judgesCourtId: CourtId = {
    code: judgesCourt,
    name: pending.court,
    ...(await judgesCourtNames(deps.client, deps.alias, judgesCourt)),
  };
  const related = relatedRun.related ?? { cases: [] };
  const why = new Map(runs.flatMap((r) => [...r.why]));
  const pendingTags = extractCircumstances(pending.facts);
  // The pending case's charges as the similar-case search took them (the judge's, else inferred).
  const legal = runs.find((r) => r.legal !== undefined)?.legal ?? [];
  const foundBy = foundByQueries(runs.map((r) => r.recorded));
  const listed = [...resultIds, ...selectedIds].flatMap((id) => {
    const doc = docs.get(id);
    if (!doc) return [];
    const c = toReportCase({ ...doc, id }, why.get(id), judgesCourtId, legal);
    const by = foundBy.get(id);
    return [!c.why && by ? { ...c, foundBy: by } : c];
  });
  // A case the keyword or statute searches found in two tiers (a guiding case and its 公报 reprint) is
  // listed once, in the higher (similar.ts onePerCase) — unless the judge chose the other one.
  const chosen = new Set(request.selections.map((s) => s.caseId));
  const once = new Set(onePerCase(listed, (c) => docs.get(c.id)?.category).map((c) => c.id));
  const shown = listed.filter((c) => once.has(c.id) || chosen.has(c.id));
  const decided = applySelections(
    shown.map(({ facts: _facts, ...c }) => c),
    request.selections,
  );
  const unknown = submittedCases.flatMap((s, i) =>
    s.caseId && !docs.has(s.caseId)
      ? [{ path: `submittedCases.${i}.caseId`, message: `未找到案件：${s.caseId}` }]
      : [],
  );
  if (unknown.length > 0) {
    throw new LeianError("invalid_request", `请求参数有误：${unknown[0]?.path}：${unknown[0]?.message}`, {
      details: unknown,
    });
  }

  const previous = options.previous;
  // A version's id names its series and number: the store reads it back by id in real time,
  // with no refresh to wait for.
  const seriesId = previous ? previous.seriesId : (options.id ?? newReportId());
  const version = previous ? previous.version + 1 : 1;
  const body: Omit<RetrievalReport, "sha256"> = {
    id: `${seriesId}.v${version}`,
    version,
    seriesId,
    ...(previous ? { previousVersion: previous.id } : {}),
    kind: request.kind,
    createdAt: now.toISOString(),
    searcher: { user: user.user, court: user.court, role: user.role },
    trigger: request.trigger,
    ...(request.triggerNote ? { triggerNote: request.triggerNote } : {}),
    platform,
    pendingCase: pending,
    queries: [...runs.map((r) => r.recorded), relatedRun.recorded],
    tiers: tierCases(decided, now),
    submittedCases: submittedCases.map((s, i) =>
      submittedEntry(s, s.caseId ? docs.get(s.caseId) : undefined, citations.get(i)),
    ),
    // Divergence over the pending case's own charges, as the similar-case search took them.
    // Divergence within the range the pending case's facts put it in (src/audit/cluster.ts).
    divergence: findDivergence(
      shown,
      legal,
      (statutes) => sentencingRange(statutes, pendingTags),
      judgesChargeForms(pending.charges),
    ),
    related: related.cases.map((c) => ({
      id: c.id,
      ...(c.caseNumber ? { caseNumber: c.caseNumber } : {}),
      ...(c.court ? { court: c.court } : {}),
      ...(c.decisionDate ? { decisionDate: c.decisionDate } : {}),
      ...(c.status ? { status: STATUS_LABELS[c.status] ?? c.status } : {}),
      relations: c.relations.map((r) => ({ ...r })),
    })),
  };
  if (body.related.length === 0) {
    body.relatedNote =
      pending.parties && pending.parties.length > 0
        ? "依案号及当事人未检索到关联案件"
        : "未提供当事人，仅依案号检索，未检索到关联案件";
  }
  // Round-trip through JSON so the hash covers exactly what is stored (no undefined, no class instances).
  const clean = JSON.parse(JSON.stringify(body)) as Omit<RetrievalReport, "sha256">;
  return { ...clean, sha256: sha256Of(clean) };
}

/**
 * A submitted case as the report lists it: the indexed case it names, its tier, and whether it must be
 * answered in the judgment's reasoning (SPC 2020 §10: a guiding case); when its number names judgments
 * of several courts, how many.
 */
function submittedEntry(
  s: ReportRequest["submittedCases"][number] & Pick<ReportSubmittedCase, "resolvedBy">,
  doc: CaseDoc | undefined,
  match: CitationMatch | undefined,
): ReportSubmittedCase {
  if (!doc) return { ...s, ...(match && "ambiguous" in match ? { ambiguousMatches: match.ambiguous } : {}) };
  const tier = (doc.tier ?? "ordinary") as Tier;
  return {
    ...s,
    tier,
    answerInReasoning: tier === "guiding",
    ...(doc.caseNumber ? { caseNumber: doc.caseNumber } : {}),
    ...(doc.authorityNumber ? { authorityNumber: doc.authorityNumber } : {}),
    ...(doc.court ? { court: doc.court } : {}),
    status: STATUS_LABELS[doc.status ?? "effective"] ?? doc.status ?? "生效",
  };
}

/** Re-runs each recorded query against today's index and compares the result ids. */
export async function rerunReport(
  deps: ReportDeps,
  report: RetrievalReport,
): Promise<
  {
    method: RecordedQuery["method"];
    parameters: Record<string, unknown>;
    hitsThen: number;
    hitsNow: number;
    added: { count: number; ids: string[] };
    removed: { count: number; ids: string[] };
    unchanged: { count: number; ids: string[] };
  }[]
> {
  const out = [];
  for (const q of report.queries) {
    const now = await runQuery(deps, q.method, q.parameters);
    const before = new Set(q.resultIds);
    const after = new Set(now.recorded.resultIds);
    const added = [...after].filter((id) => !before.has(id));
    const removed = [...before].filter((id) => !after.has(id));
    const unchanged = [...before].filter((id) => after.has(id));
    out.push({
      method: q.method,
      parameters: q.parameters,
      hitsThen: q.hits,
      hitsNow: now.recorded.hits,
      added: { count: added.length, ids: added },
      removed: { count: removed.length, ids: removed },
      unchanged: { count: unchanged.length, ids: unchanged },
    });
  }
  return out;
}
