/**
 * Filters shared by keyword search and similar-case retrieval → Elasticsearch filter clauses.
 * Values only ever go into term/terms/range clauses: nothing from a request is parsed as query syntax.
 */
import type { estypes } from "@elastic/elasticsearch";
import { PROVINCE_NAMES, PROVINCES } from "../../judgment/case-number.ts";
import { causeForms } from "../../judgment/causes.ts";
import { canonicalCharge } from "../../judgment/charges.ts";
import type { CaseFilters } from "../../retrieval/types.ts";
import { statuteKeysOf } from "../documents.ts";

/**
 * Builds the filter clauses. Charges and statutes are matched as indexed whatever form was typed
 * (盗窃 → 盗窃罪, 《中华人民共和国刑法》#264 → 刑法#264). A list of ids restricts to those documents,
 * none if it is empty. Unless `includeIneffective`, only effective judgments are returned (SPC 2020
 * 类案检索指导意见 §2: a 类案 is one that has taken legal effect; withdrawn case-database entries must
 * not be cited).
 */
export function filterClauses(filters: CaseFilters | undefined): estypes.QueryDslQueryContainer[] {
  const f = filters ?? {};
  const clauses: estypes.QueryDslQueryContainer[] = [];
  const terms = (field: string, values: readonly string[] | undefined) => {
    if (values && values.length > 0) clauses.push({ terms: { [field]: [...values] } });
  };
  terms("category", f.category);
  terms(
    "charges",
    f.charges?.map((c) => canonicalCharge(c) ?? c),
  );
  // 民间借贷 finds 民间借贷纠纷: judges leave the 纠纷 off (review17-civil: a filter of 民间借贷 found none
  // of 346).
  terms("causes", f.causes && [...new Set(f.causes.flatMap(causeForms))]);
  terms("court", f.courts);
  terms("courtLevel", f.courtLevels);
  // As typed and as indexed from case numbers and court names (贵州 → 贵州省): sources that write the
  // short name still match.
  terms("province", f.provinces && [...new Set(f.provinces.flatMap((p) => [p.trim(), provinceName(p)]))]);
  terms("procedure", f.procedures);
  terms("documentType", f.documentTypes);
  terms("tier", f.tiers);
  terms("statutes", f.statutes?.flatMap(statuteKeysOf));
  if (f.ids) clauses.push({ terms: { id: [...f.ids] } });
  if (f.dateFrom || f.dateTo) {
    clauses.push({
      range: {
        decisionDate: { ...(f.dateFrom ? { gte: f.dateFrom } : {}), ...(f.dateTo ? { lte: f.dateTo } : {}) },
      },
    });
  }
  if (!f.includeIneffective) clauses.push({ term: { status: "effective" } });
  return clauses;
}

/**
 * A province as indexed (贵州省, 新疆维吾尔自治区) from its full name, its short name (贵州, 新疆) or
 * its abbreviation (黔); anything else as typed.
 */
export function provinceName(written: string): string {
  const name = written.trim();
  if (PROVINCE_NAMES.includes(name)) return name;
  const byAbbreviation = PROVINCES[name];
  if (byAbbreviation) return byAbbreviation;
  const byPrefix = name.length >= 2 ? PROVINCE_NAMES.filter((p) => p.startsWith(name)) : [];
  return byPrefix.length === 1 ? (byPrefix[0] as string) : name;
}
