import { findCaseNumbers, isTrialNumber } from "../judgment/case-number.ts";
import { findCauses } from "../judgment/causes.ts";
import { distinctCharges } from "../judgment/charges.ts";
import { judgmentId } from "../judgment/identity.ts";
import { parseChineseDate } from "../judgment/numerals.ts";
import { type DocumentType, emptyRecord, type JudgmentRecord, type Tier } from "../judgment/record.ts";
import { sectionSpans, sectionTexts } from "../judgment/sections.ts";
import { normaliseStatutes } from "../judgment/statutes.ts";

/**
 * Tier per SPC 《关于统一法律适用加强类案检索的指导意见（试行）》 (2020) §4:
 * - spc-guiding: 指导性案例, the first tier.
 * - spc-gazette: cases published by the SPC (最高人民法院公报) — "最高人民法院发布的典型案例", second tier.
 * - criminal-trial-reference: 刑事审判参考 is edited by the SPC's criminal divisions, so its cases are
 *   SPC-published typical cases in the sense of §4(2).
 * - spp-guiding: 检察指导性案例 bind prosecutors, not courts; they are national, officially selected
 *   cases, so they rank with typical cases rather than with the SPC's guiding cases.
 * - people-judicature: 人民司法 is the SPC's journal, but its cases are judgments of courts at every
 *   level chosen for commentary, not cases the SPC issued; they count as ordinary effective judgments.
 */
/** Tier of each collection of the authoritative-case file; a record's `source` is its collection. */
export const COLLECTION_TIERS: Readonly<Record<string, Tier>> = {
  "spc-guiding": "guiding",
  "spc-gazette": "typical",
  "criminal-trial-reference": "typical",
  "spp-guiding": "typical",
  "people-judicature": "ordinary",
};

type Field = "keywords" | "holdings" | "statutes" | "facts" | "result" | "reasoning" | "numbers" | "issue";

/** Headings as they appear across the collections (with or without 【】, ###, ** or spaced letters). */
const HEADINGS: readonly [RegExp, Field][] = [
  [/^关键词/, "keywords"],
  [/^(?:裁判要点|裁判要旨|裁判摘要|案例要旨|要旨|要点提示|内容提要|摘要)/, "holdings"],
  [/^(?:相关法条|相关规定|相关法律规定|相关立法|法律依据)/, "statutes"],
  [/^(?:基本案情|案情简介|案情摘要|案情|案件事实)/, "facts"],
  [
    /^(?:裁判结果|案件结果|审判结论|终审判决|审判情况|诉讼过程和结果|诉讼过程|审判|裁判|审理|判决|检察机关履职(?:过程|情况)|检察履职情况|指控与证明犯罪)/,
    "result",
  ],
  [/^(?:裁判理由|评析意见|法理评析|评析|分析|指导意义)/, "reasoning"],
  [/^(?:主要问题|争议|分歧|焦点)/, "issue"],
  [/^案号/, "numbers"],
];

/** A heading line: markup stripped, optional numbering (一、), at most a few characters of its own. */
function headingOf(line: string): { field: Field; rest: string } | undefined {
  const bare = line
    .replace(/^[#>*\s]+|[*\s]+$/g, "")
    .replace(/^[（(]?[一二三四五六七八九十]+[、.．)）]\s*/, "")
    .replace(/^【([^】]{1,12})】/, "$1");
  const compact = bare.replace(/[\s\u2002\u2003*]/g, "");
  for (const [re, field] of HEADINGS) {
    const m = re.exec(compact);
    if (!m) continue;
    const rest = compact.slice(m[0].length).replace(/^[：:]/, "");
    // A heading stands alone or carries a short inline value (关键词 民事/…); a sentence that merely
    // begins with 审判 or 案情 is not one.
    if (
      rest.length === 0 ||
      field === "keywords" ||
      field === "numbers" ||
      /^[：:]/.test(bare.slice(m[0].length))
    ) {
      return { field, rest };
    }
  }
  return undefined;
}

function cleanTitle(line: string): string {
  return line
    .replace(/^[#\s*]+|[*\s]+$/g, "")
    .replace(/^\[(.*)\]\([^)]*\)$/, "$1")
    .replace(/\*\*/g, "")
    .trim();
}

function authorityNumberOf(markdown: string, collection: string): string | undefined {
  const head = markdown.slice(0, 600);
  const guiding = /指导(?:性)?案例\s?第?\s?(\d+)\s?号/.exec(head);
  if (collection === "spc-guiding" && guiding) return `指导性案例${guiding[1]}号`;
  const spp = /检例第\s?(\d+)\s?号/.exec(head);
  if (spp) return `检例第${spp[1]}号`;
  const ctr = /【?第\s?(\d+)\s?号】?/.exec(head);
  if (collection === "criminal-trial-reference" && ctr) return `刑事审判参考第${ctr[1]}号`;
  return guiding ? `指导性案例${guiding[1]}号` : undefined;
}

/** Parse one authoritative case. Unknown collections get tier "ordinary" and a warning. */
export function parseAuthoritativeCase(markdown: string, collection: string): JudgmentRecord {
  const text = typeof markdown === "string" ? markdown.replace(/\r\n?/g, "\n") : "";
  const warnings: string[] = [];
  const tier = COLLECTION_TIERS[collection];
  if (!tier) warnings.push(`unknown_collection:${collection}`);
  const record = emptyRecord({
    source: collection,
    documentType: "案例" as DocumentType,
    tier: tier ?? "ordinary",
    text,
    warnings,
  });
  try {
    fill(record, text, collection, warnings);
  } catch (error) {
    warnings.push(`parser_error: ${error instanceof Error ? error.message : String(error)}`);
  }
  record.id = judgmentId(record);
  return record;
}

function fill(record: JudgmentRecord, text: string, collection: string, warnings: string[]): void {
  const lines = text.split("\n");
  const firstLine = lines.find((l) => cleanTitle(l) !== "") ?? "";
  const title = cleanTitle(firstLine);
  if (title) record.title = title;
  else warnings.push("title_not_found");
  const authorityNumber = authorityNumberOf(text, collection);
  if (authorityNumber) record.authorityNumber = authorityNumber;

  const parts = new Map<Field, string[]>();
  let current: Field | undefined;
  for (const line of lines.slice(lines.indexOf(firstLine) + 1)) {
    // 【裁判摘要】 may carry its paragraph on the same line; other headings stand on short lines.
    const bracketed = /^\s*(【[^】]{1,12}】)(.*)$/.exec(line);
    const heading = bracketed?.[1]
      ? headingOf(bracketed[1])
      : line.trim().length <= 40
        ? headingOf(line)
        : undefined;
    if (heading && bracketed?.[2]?.trim()) heading.rest = bracketed[2].trim();
    if (heading) {
      current = heading.field;
      if (heading.rest) parts.set(current, [...(parts.get(current) ?? []), heading.rest]);
      continue;
    }
    if (current && line.trim()) parts.set(current, [...(parts.get(current) ?? []), line.trim()]);
  }
  const joined = (f: Field) => parts.get(f)?.join("\n");

  const keywords = joined("keywords");
  if (keywords) record.keywords = keywords.split(/[\s/、，,；;]+/).filter((k) => k.length > 0);
  // 刑事审判参考 titles carry the legal question after the dash: 某某案——如何认定…
  const holdings = joined("holdings") ?? joined("issue") ?? /(?:——|----|—)\s?(.+)$/.exec(title)?.[1];
  if (holdings) record.keyHoldings = holdings;
  // Gazette cases often reprint the judgment itself without headings: split it like a judgment.
  const judgmentSections = joined("facts") ? undefined : sectionTexts(text, sectionSpans(text));
  const facts = joined("facts") ?? judgmentSections?.facts;
  const result = joined("result") ?? judgmentSections?.disposition;
  const reasoning = joined("reasoning") ?? judgmentSections?.reasoning;
  if (facts) record.sections.facts = facts;
  if (result) record.sections.disposition = result;
  if (reasoning) record.sections.reasoning = reasoning;
  const statutesText = joined("statutes");
  if (statutesText) record.sections.legalBasis = statutesText;
  if (!facts && !holdings) warnings.push("no_holdings_or_facts");

  record.statutes = normaliseStatutes(statutesText ?? [reasoning, result].filter(Boolean).join("\n"));

  const numbers = findCaseNumbers(joined("numbers") ?? text);
  const last = numbers.at(-1);
  if (last) {
    record.caseNumber = last;
    record.category = last.category;
    record.procedure = last.procedure;
    record.courtLevel = last.courtLevel;
    if (last.province) record.province = last.province;
  }
  // The earlier trials only: a commutation (刑更) or an enforcement (刑执) listed beside is not one.
  record.priorCaseNumbers = [
    ...new Set(
      numbers
        .slice(0, -1)
        .filter(isTrialNumber)
        .map((c) => c.raw),
    ),
  ].filter((r) => r !== last?.raw);

  const published = /(\d{4}\s?年\s?\d{1,2}\s?月\s?\d{1,2}\s?日)\s?发布/.exec(text.slice(0, 1500));
  const date = published?.[1] ? parseChineseDate(published[1].replace(/\s/g, "")) : undefined;
  if (date) record.decisionDate = date;

  const body = [title, facts, result].filter(Boolean).join("\n");
  const criminal = /刑事|被告人|公诉|罪/.test(`${title}${(keywords ?? "").slice(0, 20)}`);
  if (criminal || record.category === "刑事") {
    record.charges = distinctCharges(body);
    record.category ??= "刑事";
  } else record.causes = findCauses(title);
  if (/审判委员会(?:讨论|研究)/.test(text)) record.committeeDiscussed = true;
}
