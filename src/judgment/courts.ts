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
import { PROVINCE_NAMES, PROVINCES, parseCaseNumber, provinceInName } from "./case-number.ts";

const SPC = "最高法";
const MODERN = new RegExp(`^(?:${SPC}|[${Object.keys(PROVINCES).join("")}](?:\\d{2}|\\d{4})?)$`);

/** A court code of the post-2016 scheme (legacy codes such as 粤高法 or 宜中 are not comparable). */
export function isModernCourtCode(code: string | undefined): code is string {
  return code !== undefined && MODERN.test(code);
}

/**
 * Provinces whose basic courts' codes do not name the intermediate court above them: in the
 * municipalities the digits are the district's (京0105 朝阳 appeals to 京03, 京0108 海淀 to 京01).
 */
const MUNICIPALITIES = new Set(["京", "津", "沪", "渝"]);

/**
 * The code of the court one level up: 湘0103 → 湘01 → 湘 → 最高法; undefined for the SPC, a non-code,
 * or a basic court whose code does not say (a municipality's district court; 90xx, a county-level
 * city under the province: 豫9001 济源 appeals to 豫96).
 */
export function superiorCourtCode(code: string): string | undefined {
  if (!isModernCourtCode(code) || code === SPC) return undefined;
  const digits = code.length - 1;
  if (digits === 4) {
    if (MUNICIPALITIES.has(code.slice(0, 1)) || code.slice(1, 3) === "90") return undefined;
    return code.slice(0, 3);
  }
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
 * A judgment's court code as {@link placeCourt} may compare it: a post-2016 code, unless its case number
 * is older. Codes became national with the numbers of 2016 (法〔2015〕137号); before, each province chose
 * its courts', and one character was as often a basic court's own abbreviation as the province's
 * (（2015）云刑初字 is 云龙县's, （2014）宁刑初字 宁城县's or 南京市中级人民法院's): compared as today's code,
 * such a judgment was placed as that province's high court (106 of LeCaRD's judgments of other courts)
 * or in another province. It is placed by its court's name instead, as src/judgment/instances.ts
 * modernCode reads numbers.
 */
export function placingCode(code: string | undefined, caseNumber: string | undefined): string | undefined {
  const number = caseNumber ? parseCaseNumber(caseNumber) : undefined;
  if (number) return numberedCode(code, number);
  return isModernCourtCode(code) ? code : undefined;
}

/**
 * A court code as the 2016 scheme reads it, given the number it was read from: a post-2016 code of a
 * number of 2016 on, not in the older form (…字第…号); none for a number of before 2016 or of no year,
 * whose code its province chose (法〔2015〕137号 made codes national from 2016). The one reading of an
 * older code, for placing a court ({@link placingCode}) and for linking instances
 * (src/judgment/instances.ts modernCode).
 */
export function numberedCode(
  code: string | undefined,
  number: { year?: number | undefined; legacy?: boolean | undefined },
): string | undefined {
  return isModernCourtCode(code) && !number.legacy && (number.year ?? 0) >= 2016 ? code : undefined;
}

/** A court as far as it is known: its post-2016 code, its name. */
export interface CourtId {
  code?: string | undefined;
  name?: string | undefined;
  /** The judge's court only: the names the index gives it (its judgments numbered with its code). */
  names?: readonly string[] | undefined;
  /** The judge's court only: the names the index gives the court one level up (numbered with its code). */
  superiorNames?: readonly string[] | undefined;
}

/**
 * The relation of `other`'s court to the judge's (`own`): by code (courtRelation), else — a
 * judgment numbered before 2016, whose code cannot be compared — by name: 本院 when it bears the
 * judge's court's name (written with or without the province); the SPC; and, the provinces known,
 * the province's high court, another of its courts, or another province's; the judge's own court and
 * the court one level up also by the names the index gives them (`names`, `superiorNames`: the names
 * of their judgments numbered since 2016). A 2014 judgment of 广东省高级人民法院 had been placed nowhere,
 * after other provinces' courts, for a judge in 广州 (review15-reports); a write-up of 南京市中级人民法院,
 * printed without its number, was 本省其他法院 for a judge of 玄武区, whose court one level up it is
 * (review h6).
 */
export function placeCourt(own: CourtId, other: CourtId): CourtRelation | undefined {
  const byCode = courtRelation(own.code, other.code);
  if (byCode) return byCode;
  const named = (names: readonly (string | undefined)[] | undefined) =>
    (names ?? []).some((n) => sameCourtName(n, other.name));
  if (named([own.name, ...(own.names ?? [])])) return "本院";
  if (own.code === SPC || !other.name) return undefined;
  // The judge's court known to be somewhere (its code's province, or its name's): else nothing is placed.
  const mine = isModernCourtCode(own.code)
    ? PROVINCES[own.code.slice(0, 1)]
    : own.name && provinceInName(own.name);
  if (!mine) return undefined;
  const name = canonicalCourtName(other.name);
  if (name === "最高人民法院") return "最高人民法院";
  // The high court first even where it is the court one level up, as by code (courtRelation).
  const highCourt = /高级人民法院$/.test(name) && !/中级/.test(name);
  if (!highCourt && named(own.superiorNames)) return "上一级法院";
  const theirs = provinceInName(name);
  if (!theirs) return undefined;
  if (mine !== theirs) return "外省法院";
  return highCourt ? "本省高级人民法院" : "本省其他法院";
}

function sameCourtName(a: string | undefined, b: string | undefined): boolean {
  const [x, y] = [a?.trim(), b?.trim()];
  if (!x || !y) return false;
  if (x === y) return true;
  const [shorter, longer] = x.length < y.length ? [x, y] : [y, x];
  return longer.endsWith(shorter) && PROVINCE_NAMES.includes(longer.slice(0, longer.length - shorter.length));
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

/** Autonomous regions written short before a court's name (内蒙古五原县人民法院), and in full. */
const SHORT_REGIONS: readonly [string, string][] = [
  ["内蒙古", "内蒙古自治区"],
  ["广西", "广西壮族自治区"],
  ["宁夏", "宁夏回族自治区"],
  ["新疆", "新疆维吾尔自治区"],
  ["西藏", "西藏自治区"],
];

/**
 * A court's name as compared (pure): without the state's name before it (中华人民共和国最高人民法院)
 * and with an autonomous region written in full (内蒙古五原县… → 内蒙古自治区五原县…).
 */
export function canonicalCourtName(name: string): string {
  let out = name.trim().replace(/^中华人民共和国/, "");
  for (const [short, full] of SHORT_REGIONS)
    if (out.startsWith(short) && !out.startsWith(full)) out = full + out.slice(short.length);
  return out;
}

/** Whether `full` is the court `name` names: the same, or `name` after a province, city or district. */
function namesCourt(full: string, name: string): boolean {
  return full === name || (full.endsWith(name) && /[省市州盟区县旗]$/.test(full.slice(0, -name.length)));
}

/** An indexed court name and the post-2016 codes its judgments bear. */
export interface IndexedCourt {
  name: string;
  codes: readonly string[];
}

/**
 * The courts a name written by a judge denotes among the indexed ones (pure): `spellings` are the
 * indexed names it matches, written short or not (天心区人民法院 is 湖南省长沙市天心区人民法院);
 * `courts` one name per distinct court among them. One court is often indexed under several
 * spellings (南京市秦淮区… and 江苏省南京市秦淮区…, or a stray character before it): a name another
 * matched name extends is the same court, and so are names whose judgments bear the same code.
 */
export function courtsNamed(
  indexed: readonly IndexedCourt[],
  written: string,
): { spellings: string[]; courts: string[] } {
  const name = canonicalCourtName(written);
  const matched = indexed
    .map((c) => ({ ...c, canonical: canonicalCourtName(c.name) }))
    .filter((c) => namesCourt(c.canonical, name));
  // A shorter spelling is the longer one's court unless their judgments' codes differ (新华区人民法院
  // indexed bare with 冀0902 is not 河南省平顶山市新华区人民法院, 豫0402).
  const sameCodes = (a: IndexedCourt, b: IndexedCourt) =>
    a.codes.length === 0 || b.codes.length === 0 || a.codes.some((code) => b.codes.includes(code));
  const widest = matched.filter(
    (c) =>
      !matched.some(
        (o) => o.canonical !== c.canonical && namesCourt(o.canonical, c.canonical) && sameCodes(o, c),
      ),
  );
  // Groups of the widest names: one group per court (a shared code joins two spellings).
  const groups: (typeof widest)[] = [];
  for (const c of widest) {
    const group = groups.find((g) =>
      g.some((o) => o.canonical === c.canonical || o.codes.some((code) => c.codes.includes(code))),
    );
    if (group) group.push(c);
    else groups.push([c]);
  }
  const courts = groups.map(
    (g) =>
      [...g].sort((a, b) => b.name.length - a.name.length || a.name.localeCompare(b.name))[0]?.name ?? "",
  );
  return { spellings: matched.map((c) => c.name), courts };
}
