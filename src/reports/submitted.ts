/**
 * Cases the parties or the prosecutor submitted (当事人、公诉机关提交的案例). SPC 2020
 * 《最高人民法院关于统一法律适用加强类案检索的指导意见（试行）》第十条: a guiding case submitted as a
 * ground of the prosecution or defence must be answered in the judgment's reasoning — whether it is
 * followed and why; other cases may be answered by explanation (释明). To know which rule applies the
 * report must know what the submitted case is, and parties cite cases by name, not by our ids: a
 * citation given without a caseId is looked up by the authority number it names (指导案例32号 /
 * 指导性案例32号 → 指导性案例32号, 检例第N号, 刑事审判参考第N号, as src/cases/parse.ts indexes them) or
 * by the case number it names (compared by caseNumberKey, looked up in every written form by
 * caseNumberForms, as related-case retrieval does), all citations in one query.
 *
 * The People's Court Case Database (人民法院案例库) has the same rule for its cases
 * (《人民法院案例库建设运行工作规程》, 2024), but the index has no such cases: no collection, tier or
 * number names them (src/cases/parse.ts COLLECTION_TIERS). A case of it can only be listed as cited.
 */
import type { estypes } from "@elastic/elasticsearch";
import { caseNumberForms, caseNumberKey, findCaseNumbers } from "../judgment/case-number.ts";
import { caseNameOf } from "../judgment/identity.ts";
import { parseChineseInt } from "../judgment/numerals.ts";
import type { Tier } from "../judgment/record.ts";
import type { Client } from "../search/client.ts";
import { foldWidthAndCase } from "../text/normalize.ts";
import type { SubmittedCase } from "./model.ts";

/** What a citation names: authority numbers as indexed, case numbers as written. */
export interface CitationKeys {
  authorityNumbers: string[];
  caseNumbers: string[];
}

const NUMBER = "([0-9０-９]+|[一二三四五六七八九十百零〇]+)";
/** 指导案例32号, 指导性案例第32号, 指导案例三十二号. */
const GUIDING_RE = new RegExp(`指导(?:性)?案例\\s*第?\\s*${NUMBER}\\s*号`, "g");
/** 检例第32号, 检例32号. */
const SPP_RE = new RegExp(`检例\\s*第?\\s*${NUMBER}\\s*号`, "g");
/** 《刑事审判参考》第1000号, 刑事审判参考总第107集第1159号案例. */
const CTR_RE = new RegExp(`刑事审判参考[^号]{0,20}?第\\s*${NUMBER}\\s*号`, "g");
/**
 * 【第1047号】某某盗窃案: the heading 刑事审判参考 gives its cases, and the title the index, the results
 * and the report show them by (1,430 of the 1,514 indexed), copied as the citation: that case. Only
 * bracketed and first, and only when no other collection is named (第32号指导性案例 is no 刑事审判参考).
 */
const CTR_HEADING_RE = new RegExp(`^\\s*[【\\[［]\\s*第\\s*${NUMBER}\\s*号\\s*[】\\]］]`);
/** The Supreme People's Procuratorate's guiding cases are 检例, whatever else the citation says. */
const PROCURATORATE_RE = /最高(?:人民)?检(?:察院)?|检察机关指导性案例/;

function number(raw: string | undefined): number | undefined {
  const n = raw === undefined ? undefined : parseChineseInt(raw);
  return n !== undefined && Number.isInteger(n) && n > 0 ? n : undefined;
}

/** The authority numbers and case numbers a citation names, in the forms the index holds. */
export function citationKeys(citation: string): CitationKeys {
  const authority: string[] = [];
  const procuratorate = PROCURATORATE_RE.test(citation);
  for (const m of citation.matchAll(GUIDING_RE)) {
    const n = number(m[1]);
    if (n !== undefined) authority.push(procuratorate ? `检例第${n}号` : `指导性案例${n}号`);
  }
  for (const m of citation.matchAll(SPP_RE)) {
    const n = number(m[1]);
    if (n !== undefined) authority.push(`检例第${n}号`);
  }
  for (const m of citation.matchAll(CTR_RE)) {
    const n = number(m[1]);
    if (n !== undefined) authority.push(`刑事审判参考第${n}号`);
  }
  const heading = CTR_HEADING_RE.exec(citation);
  if (heading && authority.length === 0 && !/指导|检例|公报/.test(citation)) {
    const n = number(heading[1]);
    if (n !== undefined) authority.push(`刑事审判参考第${n}号`);
  }
  return {
    authorityNumbers: [...new Set(authority)],
    caseNumbers: [...new Set(findCaseNumbers(citation).map((c) => c.raw))],
  };
}

/** What the lookup reads of a judgment. */
export interface CitedDoc {
  id: string;
  tier?: Tier | string;
  status?: string;
  court?: string;
  authorityNumber?: string;
  caseNumbers?: string[];
  title?: string;
}

export type CitationMatch =
  | { caseId: string; resolvedBy: "authorityNumber" | "caseNumber" }
  | { ambiguous: number };

const TIER_RANK: Record<string, number> = { guiding: 0, typical: 1, provincial: 2, ordinary: 3 };

/**
 * The judgment a citation names among the looked-up documents. An authority number wins over a case
 * number; among the documents bearing it the highest tier (指导性案例12号 is the guiding case itself,
 * not a journal's commentary on it that names it too), then effective ones, then one naming its court
 * (a judgment before a write-up). Documents of the best rank from different courts — a pre-2016 number
 * two courts issued (（2015）上刑初字第19号) — name no one judgment: the number of courts is returned;
 * so do two write-ups printed under one authority number (刑事审判参考第993号, two cases with an id each:
 * src/judgment/identity.ts SHARED_AUTHORITY_NUMBERS): the number of cases is returned — unless the
 * citation (`written`) also gives the case number or the case's name of exactly one of them.
 */
export function matchCitation(
  keys: CitationKeys,
  docs: readonly CitedDoc[],
  written = "",
): CitationMatch | undefined {
  const numberKeys = new Set(keys.caseNumbers.map(caseNumberKey));
  const byAuthority = docs.filter(
    (d) => d.authorityNumber && keys.authorityNumbers.includes(d.authorityNumber),
  );
  const byNumber = docs.filter((d) => (d.caseNumbers ?? []).some((n) => numberKeys.has(caseNumberKey(n))));
  const [found, resolvedBy] =
    byAuthority.length > 0
      ? ([byAuthority, "authorityNumber"] as const)
      : ([byNumber, "caseNumber"] as const);
  if (found.length === 0) return undefined;
  // Highest tier first, then effective, then a judgment naming its court before a write-up naming none.
  const rank = (d: CitedDoc) => [
    TIER_RANK[d.tier ?? "ordinary"] ?? 3,
    d.status && d.status !== "effective" ? 1 : 0,
  ];
  const order = (d: CitedDoc) => [...rank(d), d.court ? 0 : 1];
  const ranked = [...found].sort((a, b) => {
    const [oa, ob] = [order(a), order(b)];
    return oa.reduce((diff, x, i) => diff || x - (ob[i] ?? 0), 0) || a.id.localeCompare(b.id);
  });
  const best = ranked[0] as CitedDoc;
  const tied = ranked.filter((d) => rank(d).join() === rank(best).join());
  if (resolvedBy === "authorityNumber") {
    const cases = tied.filter((d) => d.authorityNumber === best.authorityNumber);
    if (cases.length === 1) return { caseId: best.id, resolvedBy };
    // Told apart by what else the citation gives: a case number one of them bears, or its case name
    // (刑事审判参考第993号：某某故意杀人案). The report asks for either when neither is given.
    // Compared as caseNameOf writes names: folded, without spaces or punctuation.
    const cited = foldWidthAndCase(written).replace(/[\s\p{P}]/gu, "");
    const named = (d: CitedDoc) => {
      const name = caseNameOf(d.title);
      return name.length >= 4 && cited.includes(name);
    };
    for (const narrowed of [cases.filter((d) => byNumber.includes(d)), cases.filter(named)])
      if (narrowed.length === 1) return { caseId: (narrowed[0] as CitedDoc).id, resolvedBy };
    return { ambiguous: cases.length };
  }
  // A write-up that names no court does not make a number ambiguous.
  const courts = new Set(tied.flatMap((d) => (d.court ? [d.court] : [])));
  if (resolvedBy === "caseNumber" && courts.size > 1) return { ambiguous: courts.size };
  return { caseId: best.id, resolvedBy };
}

/** Documents read per lookup: 50 citations (the request's limit) with a few bearers each. */
const LOOKUP_SIZE = 500;

/**
 * Resolves the citations of the submitted cases given without a caseId, in one engine query.
 * Returns, by the submitted case's index, what each names (absent: nothing in the index).
 */
export async function resolveCitations(
  client: Client,
  alias: string,
  submitted: readonly SubmittedCase[],
): Promise<Map<number, CitationMatch>> {
  const keys = submitted.map((s) => (s.caseId ? undefined : citationKeys(s.citation)));
  const authority = [...new Set(keys.flatMap((k) => k?.authorityNumbers ?? []))];
  const numbers = [...new Set(keys.flatMap((k) => (k?.caseNumbers ?? []).flatMap(caseNumberForms)))];
  const out = new Map<number, CitationMatch>();
  if (authority.length === 0 && numbers.length === 0) return out;
  const should: estypes.QueryDslQueryContainer[] = [
    ...(authority.length > 0 ? [{ terms: { authorityNumber: authority } }] : []),
    ...(numbers.length > 0 ? [{ terms: { caseNumbers: numbers } }] : []),
  ];
  const res = await client.search<CitedDoc>({
    index: alias,
    size: LOOKUP_SIZE,
    _source: ["id", "tier", "status", "court", "authorityNumber", "caseNumbers", "title"],
    query: { bool: { should, minimum_should_match: 1 } },
  });
  const docs = res.hits.hits.flatMap((h) => (h._source?.id ? [h._source] : []));
  keys.forEach((k, i) => {
    const match = k ? matchCitation(k, docs, submitted[i]?.citation) : undefined;
    if (match) out.set(i, match);
  });
  return out;
}
