/**
 * The audit engine: reads a scope's judgments from the judgments alias with doc values only
 * (`_source: false`, search_after paging), clusters them (src/audit/cluster.ts), and reports
 * dispersed clusters and deviating cases (src/audit/outcomes.ts), each deviating case checked for
 * fact similarity to its cluster by the engine (src/audit/facts.ts).
 */

import { randomBytes } from "node:crypto";
import type { estypes } from "@elastic/elasticsearch";
import { COLLECTION_TIERS } from "../cases/parse.ts";
import { LeianError } from "../errors.ts";
import { caseNumberKey } from "../judgment/case-number.ts";
import { causeForms } from "../judgment/causes.ts";
import { canonicalCharge } from "../judgment/charges.ts";
import { PERSONAL_GROUNDS } from "../judgment/grounds.ts";
import { chargeSentence } from "../judgment/outcome.ts";
import { canonicalCharges } from "../retrieval/similar.ts";
import type { Client } from "../search/client.ts";
import { decodeBinary, type ResultCard } from "../search/documents.ts";
import { hitId, NO_STORED_FIELDS } from "../search/hits.ts";
import { aliasTargets } from "../search/indices.ts";
import { AUDIT_FIELDS, type AuditCase, clusterCases } from "./cluster.ts";
import { checkFindingFacts } from "./facts.ts";
import type { Audit, AuditCluster, AuditFinding, AuditRequest, AuditScope } from "./model.ts";
import { assessCluster, rankFindings } from "./outcomes.ts";

/** A field problem in the product's error details (`scope.charges.0`). */
export interface FieldProblem {
  path: string;
  message: string;
}

/** Charges not in the charge list (src/judgment/charges.ts), as field problems under `prefix`. */
export function unknownChargeProblems(
  charges: readonly string[] | undefined,
  prefix: string,
): FieldProblem[] {
  return (charges ?? []).flatMap((c, i) =>
    canonicalCharge(c.endsWith("罪") ? c : `${c}罪`) === undefined
      ? [{ path: `${prefix}.${i}`, message: `罪名“${c}”不在刑法罪名表中，请使用规范罪名（如 盗窃罪）` }]
      : [],
  );
}

/** The filter of an audit's scope: effective judgments only (rule 2: a 类案 has taken effect). */
export function scopeQuery(scope: AuditScope): estypes.QueryDslQueryContainer {
  const filter: estypes.QueryDslQueryContainer[] = [
    { term: { status: "effective" } },
    // Judgments only: an authoritative write-up (指导性案例, 刑事审判参考, 人民司法…) retells a judgment,
    // which may be indexed itself, and some are essays with no outcome (113 of a 盗窃 audit's 1,064).
    { bool: { must_not: { terms: { source: Object.keys(COLLECTION_TIERS) } } } },
  ];
  const charges = canonicalCharges(scope.charges);
  if (charges.length > 0) filter.push({ terms: { charges } });
  // Causes as the filters search them (src/judgment/causes.ts causeForms): an administrative kind with
  // the older names of it, which the audit clusters with it (行政确认 with 工伤认定).
  if (scope.causes?.length)
    filter.push({ terms: { causes: [...new Set(scope.causes.flatMap(causeForms))] } });
  if (scope.courts?.length) filter.push({ terms: { court: scope.courts } });
  if (scope.provinces?.length) filter.push({ terms: { province: scope.provinces } });
  if (scope.category) filter.push({ term: { category: scope.category } });
  if (scope.dateFrom || scope.dateTo) {
    filter.push({
      range: {
        decisionDate: {
          ...(scope.dateFrom ? { gte: scope.dateFrom } : {}),
          ...(scope.dateTo ? { lte: scope.dateTo } : {}),
        },
      },
    });
  }
  return { bool: { filter } };
}

type Fields = Record<string, unknown[] | undefined>;

/** One hit's doc values as an AuditCase (floats come back as doubles: rounded to 0.01). */
export function readAuditCase(id: string, fields: Fields): AuditCase {
  const strings = (k: string) => (fields[k] ?? []).map(String);
  const one = (k: string) => fields[k]?.[0];
  const num = (k: string) => {
    const v = one(k);
    return typeof v === "number" ? Math.round(v * 100) / 100 : undefined;
  };
  const c: AuditCase = {
    id,
    charges: strings("charges"),
    causes: strings("causes"),
    statutes: strings("statutes"),
    circumstances: strings("circumstances"),
    penaltyKinds: strings("penaltyKinds"),
  };
  const optional: Partial<AuditCase> = {
    sourceId: one("sourceId") as string | undefined,
    caseNumber: one("caseNumber") as string | undefined,
    court: one("court") as string | undefined,
    courtLevel: one("courtLevel") as string | undefined,
    category: one("category") as string | undefined,
    decisionDate: one("decisionDate") as string | undefined,
    committeeDiscussed: one("committeeDiscussed") as boolean | undefined,
    months: num("months"),
    probationMonths: num("probationMonths"),
    fine: num("fine"),
    civilDisposition: one("civilDisposition") as string | undefined,
    awarded: num("awarded"),
    claimed: num("claimed"),
    appeal: one("appeal") as string | undefined,
  };
  for (const [k, v] of Object.entries(optional))
    if (v !== undefined) (c as unknown as Record<string, unknown>)[k] = v;
  const priors = strings("priorCaseNumbers");
  if (priors.length > 0) c.priorCaseNumbers = priors;
  const card = fields.card?.[0];
  const { principal, administrative } =
    typeof card === "string"
      ? decodeBinary<Pick<ResultCard, "principal" | "administrative">>(card)
      : ({} as Partial<Pick<ResultCard, "principal" | "administrative">>);
  // An administrative judgment's rulings on the act sued, and an appeal's upheld sentence (not dropped
  // here: an affirmed appeal's only when the judgment below is read too, rulingsOncePerCase).
  if (administrative?.length) c.administrative = [...administrative];
  return ownSentence(oneDefendant(c, principal), principal);
}

/**
 * One case's sentence, civil outcome or ruling on the act sued counted once: an appeal that upheld the
 * judgment below (驳回上诉，维持原判) carries the sentence, the civil disposition with its sums, or the
 * rulings it upheld (src/judgment/parse.ts: upheldSentences, quotedRuling), the
 * very ones of that judgment — where the judgment below is among `cases` too (one of the appeal's
 * priorCaseNumbers is its number), the appeal's are dropped, so the case counts where they were
 * pronounced. Where it is not (not indexed, or out of the scope), the appeal's are the case's only
 * data point and are kept. A reversed judgment below is no longer effective (src/search/reversals.ts),
 * so never both.
 */
export function rulingsOncePerCase(cases: readonly AuditCase[]): AuditCase[] {
  const numbers = new Set(cases.flatMap((c) => (c.caseNumber ? [caseNumberKey(c.caseNumber)] : [])));
  return cases.map((c) => {
    if (c.appeal !== "affirmed") return c;
    if (!(c.priorCaseNumbers ?? []).some((n) => numbers.has(caseNumberKey(n)))) return c;
    const {
      administrative: _upheld,
      civilDisposition: _d,
      awarded: _w,
      claimed: _c,
      months: _m,
      probationMonths: _p,
      fine: _f,
      attributed: _a,
      ...rest
    } = c;
    return { ...rest, penaltyKinds: [] };
  });
}

/**
 * A judgment of several defendants is one data point: its principal defendant's (the most severe
 * sentence, as its card shows it) — term, probation and fine of one person, under that person's own
 * crimes. The doc values hold each field's maximum over all defendants (a co-defendant's probation
 * beside the principal's ten years), and the judgment's charges are every defendant's (a 寻衅滋事
 * sentence compared among 危险驾驶罪、寻衅滋事罪 judgments).
 */
function oneDefendant(c: AuditCase, principal: ResultCard["principal"]): AuditCase {
  if (!principal?.penalty) return c;
  const { months: _m, probationMonths: _p, fine: _f, ...rest } = c;
  const charges = principal.charges?.filter((x) => c.charges.includes(x)) ?? [];
  // The judgment's tags are every defendant's: that person's own grounds (累犯 sets the range
  // compared; src/judgment/grounds.ts), where the card has them (an index built since session 17).
  const grounds = principal.grounds;
  const circumstances = grounds
    ? [...c.circumstances.filter((t) => !PERSONAL_GROUNDS.has(t)), ...grounds]
    : c.circumstances;
  return {
    ...rest,
    circumstances,
    ...(charges.length > 0 ? { charges } : {}),
    penaltyKinds: [principal.penalty],
    ...(principal.months !== undefined ? { months: principal.months } : {}),
    ...(principal.probationMonths !== undefined ? { probationMonths: principal.probationMonths } : {}),
    ...(principal.fine !== undefined ? { fine: principal.fine } : {}),
  };
}

/**
 * A judgment of one crime whose executed sentence joins an earlier judgment's (刑法 §70–71, §77,
 * §86): compared by the sentence for its own crime, which the result card keeps (the principal
 * sentence's count), instead of being left out of the statistics. Needs a card built since
 * session 9 (an older index: left out, as before).
 */
function ownSentence(c: AuditCase, principal: ResultCard["principal"]): AuditCase {
  if (c.charges.length !== 1 || !principal?.mergesEarlierSentence) return c;
  const own = chargeSentence(principal, c.charges[0] ?? "");
  if (!own?.penalty) return c;
  const { months: _m, probationMonths: _p, ...rest } = c;
  return {
    ...rest,
    penaltyKinds: [own.penalty],
    ...(own.months !== undefined ? { months: own.months } : {}),
    attributed: true,
  };
}

/**
 * Every case matching `query`, doc values only, paged with search_after on `id` (a keyword with doc
 * values; no point-in-time needed: an audit tolerates a document indexed mid-read). Throws when
 * more than `maxCases` match. An affirmed appeal's upheld sentence or rulings on the act sued are
 * dropped when the judgment below is among them ({@link rulingsOncePerCase}).
 */
export async function readCases(
  client: Client,
  alias: string,
  query: estypes.QueryDslQueryContainer,
  maxCases: number,
  pageSize = 5000,
): Promise<AuditCase[]> {
  const total = (await client.count({ index: alias, query })).count;
  if (total > maxCases) {
    throw new LeianError(
      "invalid_request",
      `审计范围内有 ${total} 件裁判，超过上限 ${maxCases} 件，请缩小范围或提高 maxCases`,
      {
        details: [{ path: "maxCases", message: `范围内 ${total} 件` }],
      },
    );
  }
  const cases: AuditCase[] = [];
  let after: estypes.SortResults | undefined;
  for (;;) {
    const res = await client.search({
      index: alias,
      size: pageSize,
      query,
      ...NO_STORED_FIELDS,
      track_total_hits: false,
      docvalue_fields: ["id", "card", ...AUDIT_FIELDS].map((field) =>
        field === "decisionDate" ? { field, format: "strict_date" } : field,
      ),
      sort: [{ id: "asc" }],
      ...(after ? { search_after: after } : {}),
    });
    const hits = res.hits.hits;
    for (const h of hits) cases.push(readAuditCase(hitId(h), (h.fields ?? {}) as Fields));
    if (hits.length < pageSize) break;
    after = hits.at(-1)?.sort;
  }
  return rulingsOncePerCase(cases);
}

export interface RunAuditOptions {
  requestedBy?: Audit["requestedBy"];
  now?: Date;
}

/** A new audit id: sortable by time, unique. */
export function auditId(now: Date): string {
  return `audit-${now
    .toISOString()
    .replace(/[-:.TZ]/g, "")
    .slice(0, 14)}-${randomBytes(3).toString("hex")}`;
}

/**
 * Runs an audit of `request.scope` on the judgments `alias`. A scope that matches no judgment is a
 * LeianError `empty_scope` (the HTTP edge answers 422).
 */
export async function runAudit(
  client: Client,
  alias: string,
  request: AuditRequest,
  options: RunAuditOptions = {},
): Promise<Audit> {
  const started = performance.now();
  const now = options.now ?? new Date();
  const query = scopeQuery(request.scope);
  const [cases, targets] = await Promise.all([
    readCases(client, alias, query, request.maxCases),
    aliasTargets(client, alias),
  ]);
  if (cases.length === 0) {
    throw new LeianError("empty_scope", "审计范围内没有符合条件的生效裁判，请放宽罪名、法院或日期范围", {
      details: [{ path: "scope", message: "范围内 0 件裁判" }],
    });
  }
  const index = targets[0] ?? alias;
  const documents = (await client.count({ index: alias })).count;
  const drafts = clusterCases(cases, { minClusterSize: request.minClusterSize });
  const clusters: AuditCluster[] = [];
  const findings: AuditFinding[] = [];
  drafts.forEach((draft, i) => {
    const assessed = assessCluster(`c${i + 1}`, draft, request);
    clusters.push(assessed.cluster);
    findings.push(...assessed.findings);
  });
  return {
    id: auditId(now),
    createdAt: now.toISOString(),
    requestedBy: options.requestedBy ?? { user: "system", court: "", role: "research" },
    request,
    snapshot: { index, documents },
    casesExamined: cases.length,
    clusters,
    findings: rankFindings(await checkFindingFacts(client, alias, clusters, findings)),
    durationMs: Math.round(performance.now() - started),
  };
}
