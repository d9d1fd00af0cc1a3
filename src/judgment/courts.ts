/**
 * Courts relative to the judge's own, read from court codes (法院代字) of case numbers since 2016
 * (最高人民法院《关于人民法院案件案号的若干规定》法〔2015〕137号 and its 《人民法院案件类型及其代字标准》):
 * 最高法 for the Supreme People's Court; a province's abbreviation for its high court (京); two more
 * digits for an intermediate or specialised court (京01, 京71 railway, 京73 IP court); four for a basic
 * court under it (京0108 under 京01, 京7101 under 京71, the internet court 京0491 under 京04).
 *
 * The retrieval scope of SPC 2020 《关于统一法律适用加强类案检索的指导意见（试行）》 §4 is ordered by
 * these relations: the SPC's judgments (2), the province's high court's (3), the court one level up
 * and the judge's own (4); judgments of other courts lie outside it.
 */
import { PROVINCES } from "./case-number.ts";

const SPC = "最高法";
const MODERN = new RegExp(`^(?:${SPC}|[${Object.keys(PROVINCES).join("")}](?:\\d{2}|\\d{4})?)$`);

/** A court code of the post-2016 scheme (legacy codes such as 粤高法 or 宜中 are not comparable). */
export function isModernCourtCode(code: string | undefined): code is string {
  return code !== undefined && MODERN.test(code);
}

/** The code of the court one level up: 京0108 → 京01 → 京 → 最高法; undefined for the SPC or a non-code. */
export function superiorCourtCode(code: string): string | undefined {
  if (!isModernCourtCode(code) || code === SPC) return undefined;
  const digits = code.length - 1;
  if (digits === 4) return code.slice(0, 3);
  if (digits === 2) return code.slice(0, 1);
  return SPC;
}

/** How a case's court stands to the judge's own court, in the order of the SPC's retrieval scope. */
export const COURT_RELATIONS = [
  "最高人民法院",
  "本省高级人民法院",
  "上一级法院",
  "本院",
  "本省其他法院",
  "外省法院",
] as const;
export type CourtRelation = (typeof COURT_RELATIONS)[number];

/** The relation of `other`'s court to `own` (both court codes); undefined unless both are modern codes. */
export function courtRelation(own: string | undefined, other: string | undefined): CourtRelation | undefined {
  if (!isModernCourtCode(own) || !isModernCourtCode(other)) return undefined;
  if (other === SPC) return "最高人民法院";
  if (other === own) return "本院";
  // For the SPC's own judges every other court is below: no place in this scope.
  if (own === SPC) return undefined;
  if (!sameProvince(own, other)) return "外省法院";
  // The high court first even where it is also the court one level up (an intermediate court's):
  // §4 puts its judgments (item 3) before those of the court one level up and the judge's own (4).
  if (other.length === 1) return "本省高级人民法院";
  return other === superiorCourtCode(own) ? "上一级法院" : "本省其他法院";
}

/**
 * Both courts in one province. The courts of the 新疆生产建设兵团 (兵) lie in 新疆: its 兵团分院 is a
 * branch of the 新疆 high court, so 兵 and 新 are each the other's province and high court.
 */
function sameProvince(a: string, b: string): boolean {
  return PROVINCES[a.slice(0, 1)] === PROVINCES[b.slice(0, 1)];
}

/**
 * Rank of a relation in the retrieval scope (SPC 2020 §4): the SPC (tier 2), the province's high
 * court (tier 3), the court one level up and the judge's own (tier 4), then courts outside the scope
 * and courts not known.
 */
export function scopeRank(relation: CourtRelation | undefined): number {
  switch (relation) {
    case "最高人民法院":
      return 0;
    case "本省高级人民法院":
      return 1;
    case "上一级法院":
    case "本院":
      return 2;
    default:
      return 3;
  }
}
