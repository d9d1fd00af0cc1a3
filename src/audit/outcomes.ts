/**
 * A cluster's outcome distribution, its dispersion, and the findings an audit reports. Pure.
 *
 * Dispersion of a cluster is the larger of:
 * - months: the robust coefficient of variation 1.4826·MAD/median of the months of the cluster's
 *   most common term kind (有期徒刑, 拘役 or 管制), the median taken as at least MONTHS_SCALE_FLOOR
 *   (1.4826·MAD estimates the standard deviation of normal data, so 0.5 reads as "a typical
 *   sentence is 50% away from the median");
 * - kinds: 1 − the top share of the principal penalty kind (civil: disposition), i.e. the share of
 *   cases that did not get the usual outcome (an appeal's result is none: it depends on the judgment
 *   below, not on like cases);
 * - sides (administrative): of the cases ruling on the claim's merits, the share of the side fewer
 *   courts took — for the plaintiff (撤销, 确认违法, 责令履行…) or for the agency (驳回诉讼请求, 判决维持)
 *   — over an even split's 50%, so 0 is unanimous and 1 evenly split; counted only when at least
 *   MIN_SPLIT_SIDE cases took the minority side. At the default threshold 0.5 a cluster is reported
 *   when more than a quarter of its merits rulings went the other way: one case in four or more is
 *   no stray ruling but courts divided on like suits (类案不同判), what the research office audits.
 *   The rulings for the plaintiff are no split among themselves: 确认违法 instead of 撤销 is the
 *   remedy 行政诉讼法 2017 §74 prescribes where setting the act aside would harm the public interest,
 *   not another answer to the claim. A case ruled against the side of at least `majority` of its
 *   cluster's merits rulings is against the majority, as a penalty kind or civil disposition is.
 * Severity of a finding is how many times its threshold its measure is — |robust z| / outlierZ for
 * an outlying sentence, dispersion / threshold for a dispersed cluster, majority share / required
 * majority for an outcome against the majority — times a support factor √min(1, n/20) for a
 * cluster of n cases (a median of five sentences says less than one of two hundred). Findings are
 * ranked by it.
 * Civil clusters also carry the median awarded ÷ claimed ratio (awardedRatio), for the reader; it
 * does not enter the dispersion.
 */

import { termText } from "../judgment/numerals.ts";
import { CIVIL_DISPOSITION_LABELS } from "../judgment/outcome-labels.ts";
import { PenaltyKind } from "../judgment/record.ts";
import type { AuditCase, ClusterDraft } from "./cluster.ts";
import {
  type AuditCluster,
  type AuditFinding,
  type AuditRequest,
  administrativeSide,
  type EvidenceCase,
  type OutcomeDistribution,
} from "./model.ts";
import { percentileOf, quantileSorted, robustSpread, robustZ, round, shares } from "./stats.ts";

/** Principal penalty kinds, heaviest first (the order of PenaltyKind in the record's schema). */
export const PENALTY_ORDER: readonly PenaltyKind[] = PenaltyKind.options;
const TERM_KINDS = new Set(["有期徒刑", "拘役", "管制"]);

/** The heaviest penalty kind a judgment imposed (a judgment of several defendants: the heaviest). */
export function principalPenalty(kinds: readonly string[]): string | undefined {
  return PENALTY_ORDER.find((k) => kinds.includes(k));
}

/**
 * Judgments whose executed sentence merges a sentence of another judgment — 数罪并罚 with an earlier
 * sentence (§70, §71; §69 cited by a single-charge judgment), revoked probation or parole (§77, §86):
 * the index holds the executed term (决定执行), not this offence's, so such a case is left out of the
 * penalty and months statistics. Reading the LeCaRD benchmark's top findings showed it: 重婚罪 "156
 * months" was 1 year merged with 12 years for 职务侵占; 危险驾驶罪 "36 months" was 拘役 1 month
 * merged with a revoked 3-year probation.
 */
export function mergesOtherSentence(
  c: Pick<AuditCase, "statutes" | "charges"> & {
    /** The outcome fields already hold the crime's own sentence (src/audit/deviation.ts). */
    attributed?: boolean;
  },
): boolean {
  if (c.attributed) return false;
  const cited = new Set(c.statutes);
  return (
    ["刑法#70", "刑法#71", "刑法#77", "刑法#86"].some((k) => cited.has(k)) ||
    (cited.has("刑法#69") && c.charges.length <= 1)
  );
}

/** Months of the principal penalty when it is a term (有期徒刑, 拘役, 管制) and stated. */
export function termMonths(
  c: Pick<AuditCase, "penaltyKinds" | "months" | "statutes" | "charges">,
): number | undefined {
  if (mergesOtherSentence(c)) return undefined;
  const kind = principalPenalty(c.penaltyKinds);
  return kind && TERM_KINDS.has(kind) && c.months !== undefined && c.months > 0 ? c.months : undefined;
}

/** Dispositions whose award is a judgment on the claim (not 撤诉, 调解, 驳回起诉 or 其他). */
export const JUDGED_CLAIM = new Set(["upheld", "partly_upheld", "dismissed"]);
/**
 * Cap of an awarded/claimed ratio. An award can exceed the claim a little (interest computed to the
 * judgment date, several items summed differently); far above is a misread amount, not a ruling.
 */
export const AWARDED_RATIO_CAP = 2;

/**
 * awarded ÷ claimed of a civil judgment (src/judgment/outcome.ts counts both the same way), capped at
 * AWARDED_RATIO_CAP: when the claim is known and the disposition judged it — a dismissed claim was
 * awarded 0; an upheld one stating no sum (确认, 解除) has no ratio.
 */
export function awardedRatio(
  c: Pick<AuditCase, "awarded" | "claimed" | "civilDisposition">,
): number | undefined {
  if (c.claimed === undefined || !(c.claimed > 0) || !JUDGED_CLAIM.has(c.civilDisposition ?? ""))
    return undefined;
  const awarded = c.awarded ?? (c.civilDisposition === "dismissed" ? 0 : undefined);
  return awarded === undefined ? undefined : Math.min(AWARDED_RATIO_CAP, Math.max(0, awarded) / c.claimed);
}

export function outcomeDistribution(cases: readonly AuditCase[]): OutcomeDistribution {
  const dist: OutcomeDistribution = { size: cases.length };
  const merged = cases.filter(mergesOtherSentence).length;
  if (merged > 0) dist.mergedSentences = merged;
  const kinds = cases.flatMap((c) =>
    mergesOtherSentence(c) ? [] : (principalPenalty(c.penaltyKinds) ?? []),
  );
  if (kinds.length > 0) dist.penaltyShares = shares(kinds);
  // Months of one kind, the cluster's most common term: a month of 拘役 or 管制 is not a month of
  // 有期徒刑 (刑法 §38, §42, §45), and a median over both is neither's.
  const monthsKind = dominantTermKind(cases);
  const termCases = cases.filter(
    (c) => termMonths(c) !== undefined && principalPenalty(c.penaltyKinds) === monthsKind,
  );
  const months = termCases.map((c) => termMonths(c) as number).sort((a, b) => a - b);
  if (months.length > 0) {
    const spread = robustSpread(months);
    if (monthsKind) dist.monthsKind = monthsKind;
    dist.months = {
      median: round(spread.median),
      mad: round(spread.mad),
      p10: round(quantileSorted(months, 0.1)),
      p90: round(quantileSorted(months, 0.9)),
      values: months.map((m) => round(m)),
    };
    dist.probationShare = round(
      termCases.filter((c) => (c.probationMonths ?? 0) > 0).length / termCases.length,
      4,
    );
  }
  const fines = cases
    .flatMap((c) => (c.fine !== undefined && c.fine > 0 ? [c.fine] : []))
    .sort((a, b) => a - b);
  if (fines.length > 0) dist.fineMedian = round(quantileSorted(fines, 0.5));
  const civil = cases.flatMap((c) => c.civilDisposition ?? []);
  if (civil.length > 0) dist.dispositionShares = shares(civil);
  const ruled = cases.filter((c) => (c.administrative?.length ?? 0) > 0);
  if (ruled.length > 0) {
    const counts = new Map<string, number>();
    for (const c of ruled) for (const k of new Set(c.administrative)) counts.set(k, (counts.get(k) ?? 0) + 1);
    dist.administrativeShares = Object.fromEntries(
      [...counts.entries()]
        .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
        .map(([k, n]) => [k, round(n / ruled.length, 4)]),
    );
    const sides = { plaintiff: 0, agency: 0 };
    for (const c of ruled) {
      const side = administrativeSide(c.administrative ?? []);
      if (side) sides[side]++;
    }
    if (sides.plaintiff + sides.agency > 0) dist.administrativeSides = sides;
  }
  const ratios = cases.flatMap((c) => awardedRatio(c) ?? []).sort((a, b) => a - b);
  if (ratios.length > 0) dist.awardedRatioMedian = round(quantileSorted(ratios, 0.5), 4);
  const appeals = cases.flatMap((c) => c.appeal ?? []);
  if (appeals.length > 0) dist.appealShares = shares(appeals);
  return dist;
}

/** The cluster's most common principal term kind (有期徒刑, 拘役 or 管制) among cases with a term. */
export function dominantTermKind(cases: readonly AuditCase[]): string | undefined {
  const kinds = cases.flatMap((c) =>
    termMonths(c) === undefined ? [] : (principalPenalty(c.penaltyKinds) ?? []),
  );
  return Object.entries(shares(kinds)).sort((a, b) => b[1] - a[1])[0]?.[0];
}

/**
 * The median a spread of months is measured against is at least this: between short sentences a
 * month or two is the discretion a range gives (拘役 is one to six months, §42) — 危险驾驶's 1–4
 * months (median 2) read as a coefficient of variation of 0.74, 离散, in every audit.
 */
export const MONTHS_SCALE_FLOOR = 12;

export interface DispersionParts {
  /** 1.4826·MAD/median of the months (0 with fewer than 3 months). */
  monthsCv: number;
  /** 1 − top share of penalty kind or civil disposition (the larger of them). */
  kinds: number;
  /** Administrative: the minority side's share of the merits rulings ÷ 0.5 (0 below MIN_SPLIT_SIDE cases). */
  sides: number;
  dispersion: number;
}

/**
 * Cases the minority side of an administrative split needs: one ruling against a settled line is a
 * case against the majority (reported as such), not courts divided.
 */
export const MIN_SPLIT_SIDE = 2;

function topShare(s: Record<string, number> | undefined): number | undefined {
  const values = Object.values(s ?? {});
  return values.length > 0 ? Math.max(...values) : undefined;
}

export function dispersionOf(dist: OutcomeDistribution): DispersionParts {
  const m = dist.months;
  const monthsCv =
    m && m.values.length >= 3 && m.median > 0 ? (1.4826 * m.mad) / Math.max(m.median, MONTHS_SCALE_FLOOR) : 0;
  // Appeal results are not a dispersion of like cases: an appeal's result depends on the judgment
  // below it (维持原判 against 改判 says nothing of two like cases ruled differently).
  const kinds = Math.max(
    0,
    ...[dist.penaltyShares, dist.dispositionShares].flatMap((s) => {
      const t = topShare(s);
      return t === undefined ? [] : [1 - t];
    }),
  );
  const s = dist.administrativeSides;
  const minority = s ? Math.min(s.plaintiff, s.agency) : 0;
  const sides = s && minority >= MIN_SPLIT_SIDE ? minority / (s.plaintiff + s.agency) / 0.5 : 0;
  return {
    monthsCv: round(monthsCv, 3),
    kinds: round(kinds, 3),
    sides: round(sides, 3),
    dispersion: round(Math.max(monthsCv, kinds, sides), 3),
  };
}

export function evidenceOf(c: AuditCase): EvidenceCase {
  const penalty = principalPenalty(c.penaltyKinds) as EvidenceCase["penalty"];
  const e: EvidenceCase = { id: c.id };
  const fields = {
    caseNumber: c.caseNumber,
    court: c.court,
    courtLevel: c.courtLevel as EvidenceCase["courtLevel"],
    decisionDate: c.decisionDate,
    committeeDiscussed: c.committeeDiscussed,
    penalty,
    months: c.months,
    probationMonths: c.probationMonths,
    fine: c.fine,
    civilDisposition: c.civilDisposition,
    administrative: c.administrative?.length ? c.administrative : undefined,
    appeal: c.appeal,
  };
  for (const [k, v] of Object.entries(fields)) if (v !== undefined) (e as Record<string, unknown>)[k] = v;
  return e;
}

/** √min(1, n/20): how far a cluster of `n` cases supports a finding. */
export function support(n: number): number {
  return Math.sqrt(Math.min(1, n / 20));
}

function caseName(c: AuditCase): string {
  return c.caseNumber ?? c.id;
}

function pct(x: number): string {
  return `${Math.round(x * 100)}%`;
}

/** The two sides of an administrative suit's merits (administrativeSide), as findings name them. */
const SIDE_LABELS: Record<string, string> = {
  plaintiff: "支持原告诉讼请求",
  agency: "驳回诉讼请求或判决维持",
};

/** Each side's share of the merits rulings, the larger first. */
function sideShares(s: OutcomeDistribution["administrativeSides"]): Record<string, number> | undefined {
  const total = s ? s.plaintiff + s.agency : 0;
  if (!s || total === 0) return undefined;
  return Object.fromEntries(
    Object.entries(s)
      .sort((a, b) => b[1] - a[1])
      .map(([k, n]) => [k, round(n / total, 4)]),
  );
}

/**
 * Builds the stored cluster and its findings. `id` names the cluster in the audit. A cluster not
 * assessed (draft.notAssessed: why, see src/audit/cluster.ts) keeps its distribution, no findings.
 */
export function assessCluster(
  id: string,
  draft: ClusterDraft,
  request: Pick<AuditRequest, "dispersionThreshold" | "outlierZ" | "majority" | "minClusterSize">,
): { cluster: AuditCluster; findings: AuditFinding[] } {
  const distribution = outcomeDistribution(draft.cases);
  const parts = dispersionOf(distribution);
  const cluster: AuditCluster = {
    id,
    label: draft.label,
    charges: draft.charges,
    statutes: draft.statutes,
    caseIds: draft.cases.map((c) => c.id),
    distribution,
    dispersion: parts.dispersion,
    ...(draft.notAssessed ? { notAssessed: draft.notAssessed } : {}),
  };
  const findings: AuditFinding[] = [];
  const n = draft.cases.length;
  if (n < request.minClusterSize || draft.notAssessed) return { cluster, findings };
  const m = distribution.months;

  if (parts.dispersion > request.dispersionThreshold) {
    const monthsPart = m
      ? `刑期中位数 ${termText(m.median)}，p10–p90 为 ${termText(m.p10)}至 ${termText(m.p90)}，稳健变异系数 ${parts.monthsCv}`
      : "";
    const kindsPart = parts.kinds > 0 ? `${pct(parts.kinds)} 的案件未采用最常见的裁判结果` : "";
    const s = distribution.administrativeSides;
    // The 1989 law's 判决维持 upheld the act: said in its own words beside 驳回诉讼请求.
    const upheld = draft.cases.some(
      (c) => c.administrative?.includes("sustained") && administrativeSide(c.administrative) === "agency",
    );
    const sidesPart =
      s && parts.sides > 0
        ? `支持原告诉讼请求（撤销、确认违法、责令履行、赔偿等）${s.plaintiff} 件，${upheld ? "判决维持或驳回诉讼请求" : "驳回诉讼请求"} ${s.agency} 件，少数一方占 ${pct(Math.min(s.plaintiff, s.agency) / (s.plaintiff + s.agency))}`
        : "";
    findings.push({
      kind: "dispersed_cluster",
      severity: round((parts.dispersion / request.dispersionThreshold) * support(n), 3),
      summary: `${draft.label}类案 ${n} 件裁判结果离散（离散度 ${parts.dispersion}，阈值 ${request.dispersionThreshold}）：${[monthsPart, kindsPart, sidesPart].filter(Boolean).join("；")}`,
      clusterId: id,
      numbers: {
        size: n,
        dispersion: parts.dispersion,
        monthsRobustCv: parts.monthsCv,
        kindDispersion: parts.kinds,
        ...(m ? { monthsMedian: m.median, monthsMad: m.mad, monthsP10: m.p10, monthsP90: m.p90 } : {}),
        ...(s
          ? { forPlaintiff: s.plaintiff, againstPlaintiff: s.agency, administrativeSplit: parts.sides }
          : {}),
      },
    });
  }

  // A month of 管制 or 拘役 is not a month of 有期徒刑 (刑法 §38, §42, §45): terms are compared within
  // one kind, the cluster's most common; a case of another kind is an outcome against the majority,
  // not a long or short term (管制 18 months had been found heavier than a 6-month prison median).
  const termKind = distribution.monthsKind;
  const sameKind = (c: AuditCase) => principalPenalty(c.penaltyKinds) === termKind;
  const values = draft.cases
    .filter(sameKind)
    .flatMap((c) => termMonths(c) ?? [])
    .sort((a, b) => a - b);
  if (m && values.length >= request.minClusterSize) {
    const spread = robustSpread(values);
    const median = round(spread.median);
    for (const c of draft.cases) {
      const months = termMonths(c);
      if (months === undefined || !sameKind(c)) continue;
      const z = robustZ(months, spread);
      if (Math.abs(z) < request.outlierZ) continue;
      const heavier = z > 0;
      const share = heavier ? percentileOf(months, values) : 100 - percentileOf(months, values);
      findings.push({
        kind: "outlier_months",
        severity: round((Math.abs(z) / request.outlierZ) * support(values.length), 3),
        summary: `${caseName(c)}判处${termKind} ${termText(round(months))}${c.attributed ? "（本罪之刑，未计与前罪刑罚并罚后的决定执行刑期）" : ""}，${heavier ? "重" : "轻"}于同类 ${values.length} 件判处${termKind}的案件（${draft.label}）中 ${Math.round(share)}%，其中位数 ${termText(median)}，稳健 z = ${round(z, 1)}`,
        clusterId: id,
        case: evidenceOf(c),
        numbers: {
          months: round(months),
          clusterMedian: median,
          clusterMad: round(spread.mad),
          robustZ: round(z, 2),
          percentile: round(percentileOf(months, values), 1),
          clusterSize: values.length,
        },
      });
    }
  }

  const dimensions: {
    shares: Record<string, number> | undefined;
    of: (c: AuditCase) => string | undefined;
    label: (k: string) => string;
  }[] = [
    {
      shares: distribution.penaltyShares,
      of: (c) => (mergesOtherSentence(c) ? undefined : principalPenalty(c.penaltyKinds)),
      label: (k) => k,
    },
    {
      shares: distribution.dispositionShares,
      of: (c) => c.civilDisposition,
      label: (k) => CIVIL_DISPOSITION_LABELS[k] ?? k,
    },
    {
      shares: sideShares(distribution.administrativeSides),
      of: (c) => administrativeSide(c.administrative ?? []),
      label: (k) => SIDE_LABELS[k] ?? k,
    },
  ];
  for (const d of dimensions) {
    const top = Object.entries(d.shares ?? {})[0];
    if (!top || top[1] < request.majority) continue;
    const [majorityKey, majorityShare] = top;
    const counted = draft.cases.filter((c) => d.of(c) !== undefined).length;
    if (counted < request.minClusterSize) continue;
    for (const c of draft.cases) {
      const own = d.of(c);
      if (own === undefined || own === majorityKey) continue;
      findings.push({
        kind: "against_majority",
        severity: round((majorityShare / request.majority) * support(counted), 3),
        summary: `${caseName(c)}裁判结果为“${d.label(own)}”，而同类 ${counted} 件（${draft.label}）中 ${pct(majorityShare)} 为“${d.label(majorityKey)}”，本案所属结果仅占 ${pct(d.shares?.[own] ?? 0)}`,
        clusterId: id,
        case: evidenceOf(c),
        numbers: {
          majorityShare,
          ownShare: d.shares?.[own] ?? 0,
          clusterSize: counted,
          ...(termMonths(c) !== undefined ? { months: termMonths(c) as number } : {}),
        },
      });
    }
  }
  return { cluster, findings };
}

/** Findings ranked: most severe first, then by kind and case for a stable order. */
export function rankFindings(findings: AuditFinding[]): AuditFinding[] {
  return [...findings].sort(
    (a, b) =>
      b.severity - a.severity ||
      a.kind.localeCompare(b.kind) ||
      (a.case?.id ?? a.clusterId).localeCompare(b.case?.id ?? b.clusterId),
  );
}
