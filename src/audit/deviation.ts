/**
 * Deviation check (偏离预警): a proposed outcome for a pending case compared with the outcomes of
 * its similar cases — same charge, effective judgments — found by the similar-case retrieval.
 *
 * Levels: "warning" when the outcome may conflict with similar rulings (与类案裁判可能冲突: months
 * outside the similar cases' p10–p90 or |robust z| ≥ 2; a penalty kind or disposition fewer than
 * 20% of them got) or may set a new standard (可能形成新的裁判标准: a kind none of them got; a
 * comparison set under 5 cases with the months outside its range). Both are grounds for a
 * professional judges' meeting (SPC 2020 类案检索指导意见 and the 四类案件 rule: possible conflict
 * with similar rulings), so a warning suggests one. "notice" when the months lie outside p25–p75
 * or probation departs from what ≥ 80% of the similar cases did; "none" otherwise.
 */
import { catalogueCivilCause, typedCauses } from "../judgment/causes.ts";
import { CRIMINAL_CHARGES } from "../judgment/charges.ts";
import { extractCircumstances } from "../judgment/circumstances.ts";
import { termText } from "../judgment/numerals.ts";
import { comparableSentence } from "../judgment/outcome.ts";
import { ADMINISTRATIVE_DISPOSITION_LABELS } from "../judgment/outcome-labels.ts";
import { statuteKeyText } from "../judgment/provisions.ts";
import type { CriminalSentence, JudgmentRecord } from "../judgment/record.ts";
import {
  canonicalCharges,
  type GivenCause,
  givenLegal,
  similarCases,
  statuteKeys,
} from "../retrieval/similar.ts";
import { PendingCase } from "../retrieval/types.ts";
import type { Client } from "../search/client.ts";
import { standingSentences } from "../search/documents.ts";
import {
  type AuditCase,
  administrativeCauses,
  lawVariants,
  narrowToPending,
  substantiveLaws,
} from "./cluster.ts";
import { type FieldProblem, readCases } from "./engine.ts";
import { type DeviationRequest, type DeviationResult, rulingToday } from "./model.ts";
import { evidenceOf, outcomeDistribution, principalPenalty } from "./outcomes.ts";
import { percentileOf, quantileSorted, robustSpread, robustZ, round } from "./stats.ts";

type Proposed = DeviationRequest["proposed"];

/**
 * Problems that make a proposed outcome impossible under the Criminal Law, with field paths:
 * 有期徒刑 6–300 months (§45, §69), 拘役 1–12 (§42, §69), 管制 3–36 (§38, §69); no term with 死刑,
 * 死缓, 无期徒刑, 单处罚金 or 免予刑事处罚; probation only for 拘役 or 有期徒刑 ≤ 36 months (§72),
 * its term not shorter than the sentence, 拘役 2–12 months, 有期徒刑 12–60 months (§73).
 */
export function proposedProblems(p: Proposed, prefix = "proposed"): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const at = (field: string, message: string) => problems.push({ path: `${prefix}.${field}`, message });
  if (
    p.penalty === undefined &&
    p.civilDisposition === undefined &&
    p.administrativeDisposition === undefined
  ) {
    problems.push({
      path: prefix,
      message:
        "请填写拟判主刑（penalty）、民事裁判结果（civilDisposition）或行政裁判结果（administrativeDisposition）",
    });
    return problems;
  }
  const ranges: Record<string, [number, number]> = { 有期徒刑: [6, 300], 拘役: [1, 12], 管制: [3, 36] };
  if (p.penalty && ranges[p.penalty]) {
    const [lo, hi] = ranges[p.penalty] as [number, number];
    if (p.months === undefined) at("months", `${p.penalty}须填写刑期（月）`);
    else if (p.months < lo || p.months > hi)
      at("months", `${p.penalty}刑期应在 ${lo}–${hi} 个月之间，拟判 ${p.months} 个月不合法`);
  } else if (p.penalty && p.months !== undefined) {
    at("months", `${p.penalty}没有刑期，请删除 months`);
  }
  if (p.months !== undefined && p.penalty === undefined) at("penalty", "填写了刑期，请同时填写主刑种类");
  if (p.probationMonths !== undefined && p.probationMonths > 0) {
    if (p.penalty === "拘役") {
      if (p.probationMonths < Math.max(2, p.months ?? 0) || p.probationMonths > 12)
        at("probationMonths", "拘役的缓刑考验期应不短于原判刑期、在 2–12 个月之间");
    } else if (p.penalty === "有期徒刑" && (p.months ?? 0) <= 36) {
      if (p.probationMonths < Math.max(12, p.months ?? 0) || p.probationMonths > 60)
        at("probationMonths", "有期徒刑的缓刑考验期应不短于原判刑期、在 12–60 个月之间");
    } else {
      at("probationMonths", "缓刑只适用于拘役或三年（36 个月）以下有期徒刑");
    }
  }
  return problems;
}

/**
 * Principal penalties an offence's article allows, where they are fewer than the usual ones; the
 * article by its statute key, written out as the reports write it (statuteKeyText).
 */
const ALLOWED_PENALTIES: Record<string, { kinds: readonly string[]; article: string }> = {
  // 刑法 §133-1: 处拘役，并处罚金 (and §37's exemption).
  危险驾驶罪: { kinds: ["拘役", "免予刑事处罚"], article: "刑法#133-1" },
};

/**
 * A case the judge gave administrative causes only, no charge: its proposal is an administrative ruling.
 * The causes as understood (src/retrieval/similar.ts givenLegal), as the similar-case search takes
 * them: an act of the administrative catalogue typed with a civil cause's ending (罚款纠纷 is 罚款,
 * src/judgment/causes.ts canonicalCause) had made the case a civil one, its administrative ruling refused.
 */
export function isAdministrativeCase(request: Pick<DeviationRequest, "charges" | "causes">): boolean {
  // givenLegal's names, without the forms it reads for each (合同纠纷's hundreds below it).
  const causes = [...new Set((request.causes ?? []).flatMap(typedCauses))];
  return canonicalCharges(request.charges ?? []).length === 0 && administrativeCauses(causes);
}

/**
 * Problems of a proposed outcome against the case it is for: a criminal penalty for a civil or an
 * administrative case (causes, no charge), a civil disposition for a criminal or an administrative
 * one, an administrative ruling for a criminal or a civil one, two kinds at once, or a penalty the
 * charge's article does not provide (危险驾驶罪 有期徒刑 had come back as 可能形成新的裁判标准). An
 * administrative case proposed a civil result had been compared with civil results its similar
 * cases never carry: always 可能形成新的裁判标准.
 */
export function requestProblems(
  request: Pick<DeviationRequest, "charges" | "causes" | "proposed">,
): FieldProblem[] {
  const p = request.proposed;
  const problems: FieldProblem[] = [];
  const at = (field: string, message: string) => problems.push({ path: `proposed.${field}`, message });
  const charges = canonicalCharges(request.charges ?? []);
  const causes = request.causes ?? [];
  const administrative = isAdministrativeCase(request);
  const named = `（案由：${causes.join("、")}）`;
  const kinds = [p.penalty, p.civilDisposition, p.administrativeDisposition].filter((k) => k !== undefined);
  if (kinds.length > 1)
    at(
      p.administrativeDisposition !== undefined ? "administrativeDisposition" : "civilDisposition",
      "刑罚、民事裁判结果与行政裁判结果只能填写其一",
    );
  else if (p.penalty !== undefined && charges.length === 0 && causes.length > 0)
    at(
      "penalty",
      administrative
        ? `行政案件${named}请填写行政裁判结果（administrativeDisposition），而非刑罚`
        : "民事案件（只填写了案由）请填写 civilDisposition，而非刑罚",
    );
  else if (p.civilDisposition !== undefined && charges.length > 0)
    at("civilDisposition", "刑事案件（填写了罪名）请填写拟判刑罚（penalty），而非民事裁判结果");
  else if (p.civilDisposition !== undefined && administrative)
    at(
      "civilDisposition",
      `行政案件${named}请填写行政裁判结果（administrativeDisposition，如撤销被诉行政行为、驳回诉讼请求），而非民事裁判结果`,
    );
  else if (p.administrativeDisposition !== undefined && charges.length > 0)
    at("administrativeDisposition", "刑事案件（填写了罪名）请填写拟判刑罚（penalty），而非行政裁判结果");
  else if (p.administrativeDisposition !== undefined && !administrative)
    at(
      "administrativeDisposition",
      causes.length > 0
        ? `民事案件${named}请填写民事裁判结果（civilDisposition），而非行政裁判结果`
        : "行政裁判结果须与行政案由一并填写：请在 causes 中填写案由（如 行政处罚、政府信息公开）",
    );
  if (p.penalty !== undefined && charges.length === 1) {
    const allowed = ALLOWED_PENALTIES[charges[0] ?? ""];
    if (allowed && !allowed.kinds.includes(p.penalty))
      at(
        "penalty",
        `${charges[0]}的主刑只有${allowed.kinds.filter((k) => k !== "免予刑事处罚").join("、")}（${statuteKeyText(allowed.article)}），拟判${p.penalty}不合法`,
      );
  }
  return problems;
}

const LEVEL_ORDER = { none: 0, notice: 1, warning: 2 } as const;

/** Compares `proposed` with the outcomes of `comparison` (pure). */
export function compareProposed(
  proposed: Proposed,
  comparison: readonly AuditCase[],
): Omit<DeviationResult, "similarCases"> {
  // Rulings on the act as today's law names them, as the judge proposes them (rulingsToday).
  const dist = outcomeDistribution(
    comparison.map((c) => (c.administrative ? { ...c, administrative: rulingsToday(c) } : c)),
  );
  const n = comparison.length;
  let level = "none" as DeviationResult["level"];
  const reasons: string[] = [];
  const raise = (to: DeviationResult["level"], reason: string) => {
    if (LEVEL_ORDER[to] > LEVEL_ORDER[level]) level = to;
    reasons.push(reason);
  };
  let percentile: number | undefined;

  if (n < 3) {
    // A civil or administrative proposal's similar cases share its cause (案由), not a charge.
    const basis = proposed.penalty === undefined && proposed.months === undefined ? "同案由" : "同罪名";
    raise("warning", `可能形成新的裁判标准：${basis}生效类案仅 ${n} 件，拟判结果缺乏可参照的裁判。`);
  }
  const kind = proposed.penalty;
  if (kind && n >= 3) {
    const share = dist.penaltyShares?.[kind] ?? 0;
    const [topKind, topShare] = Object.entries(dist.penaltyShares ?? {})[0] ?? ["", 0];
    if (share === 0)
      raise(
        "warning",
        `可能形成新的裁判标准：${n} 件类案均未判处${kind}，多数判处${topKind}（占 ${Math.round(topShare * 100)}%）。`,
      );
    else if (share < 0.2)
      raise(
        "warning",
        `与类案裁判可能冲突：${n} 件类案中仅 ${Math.round(share * 100)}% 判处${kind}，${Math.round(topShare * 100)}% 判处${topKind}。`,
      );
  }
  // Months against sentences of the proposed kind only: 拘役 4 months was ranked against 有期徒刑's.
  const kindDist =
    kind && ["有期徒刑", "拘役", "管制"].includes(kind)
      ? outcomeDistribution(comparison.filter((c) => principalPenalty(c.penaltyKinds) === kind))
      : dist;
  const months = kindDist.months?.values ?? [];
  if (
    kind &&
    proposed.months !== undefined &&
    ["有期徒刑", "拘役", "管制"].includes(kind) &&
    months.length > 0
  ) {
    const x = proposed.months;
    percentile = round(percentileOf(x, months), 1);
    const spread = robustSpread(months);
    const z = robustZ(x, spread);
    const p10 = quantileSorted(months, 0.1);
    const p90 = quantileSorted(months, 0.9);
    const p25 = quantileSorted(months, 0.25);
    const p75 = quantileSorted(months, 0.75);
    const heavier = x > spread.median;
    const share = heavier ? percentile : round(100 - percentile, 1);
    // Said to a judge in words: the kind named (拘役 5 个月, not 5 个月), the p10–p90 range as 八成,
    // each term as a judgment states it (有期徒刑 2 年 6 个月, not 30 个月: termText).
    const proposedTerm = `拟判${kind} ${termText(x)}`;
    const side = `${heavier ? "重" : "轻"}于 ${Math.round(share)}% 的 ${months.length} 件判处${kind}的类案。`;
    const [lo, hi] = [round(p10, 1), round(p90, 1)];
    const usual = `这些类案的刑期中位数为 ${termText(round(spread.median, 1))}，八成${lo === hi ? `为 ${termText(lo)}` : `在 ${termText(lo)}至 ${termText(hi)}之间`}。`;
    if (months.length < 5 && (x < (months[0] ?? x) || x > (months.at(-1) ?? x))) {
      raise(
        "warning",
        `可能形成新的裁判标准：判处${kind}的可比类案仅 ${months.length} 件，${proposedTerm}，超出其全部刑期（${termText(months[0] ?? x)}至 ${termText(months.at(-1) ?? x)}）。`,
      );
    } else if (months.length >= 5 && (x < p10 || x > p90 || Math.abs(z) >= 2)) {
      // Inside the 八成 range only the robust z warns: said as a distance, the z kept for the research office.
      const far =
        x >= p10 && x <= p90
          ? `与中位数相差 ${termText(round(Math.abs(x - spread.median), 1))}，明显大于类案之间通常的差距（稳健 z 值 ${round(z, 1)}）。`
          : "";
      raise("warning", `与类案裁判可能冲突：${proposedTerm}，${side}${usual}${far}`);
    } else if (x < p25 || x > p75) {
      raise("notice", `${proposedTerm}处于类案刑期分布的边缘：${side}${usual}`);
    }
  }
  if (kindDist.probationShare !== undefined && months.length >= 5) {
    const probation = (proposed.probationMonths ?? 0) > 0;
    const share = Math.round(kindDist.probationShare * 100);
    if (probation && kindDist.probationShare <= 0.2)
      raise("notice", `拟适用缓刑，而判处${kind}的类案中仅 ${share}% 适用缓刑。`);
    if (!probation && kind && ["有期徒刑", "拘役"].includes(kind) && kindDist.probationShare >= 0.8)
      raise("notice", `未适用缓刑，而判处${kind}的类案中 ${share}% 适用缓刑。`);
  }
  if (proposed.civilDisposition && n >= 3) {
    const share = dist.dispositionShares?.[proposed.civilDisposition] ?? 0;
    if (share === 0) raise("warning", `可能形成新的裁判标准：${n} 件类案均无此裁判结果。`);
    else if (share < 0.2)
      raise("warning", `与类案裁判可能冲突：${n} 件类案中仅 ${Math.round(share * 100)}% 作出此裁判结果。`);
  }
  const ruling = proposed.administrativeDisposition;
  if (ruling && n >= 3) {
    // Of the cases ruling on the act sued (an appeal 驳回上诉，维持原判 pronounces none of its own),
    // the share pronouncing each ruling (dist.administrativeShares).
    const m = comparison.filter((c) => rulingsToday(c).length > 0).length;
    const shares = dist.administrativeShares ?? {};
    const shareOf = (k: string) => shares[k] ?? 0;
    const [topKind = ""] = Object.keys(shares);
    const said = (k: string) => `“${ADMINISTRATIVE_DISPOSITION_LABELS[k] ?? k}”`;
    const pct = (k: string) => `${Math.round(shareOf(k) * 100)}%`;
    if (m < 3)
      raise(
        "warning",
        `可能形成新的裁判标准：${n} 件同案由生效类案中仅 ${m} 件载明对被诉行政行为的裁判，拟判结果缺乏可参照的裁判。`,
      );
    else if (shareOf(ruling) === 0)
      raise(
        "warning",
        `可能形成新的裁判标准：${m} 件行政类案均未作出${said(ruling)}的裁判，最多的是${said(topKind)}（占 ${pct(topKind)}）。`,
      );
    else if (shareOf(ruling) < 0.2)
      raise(
        "warning",
        `与类案裁判可能冲突：${m} 件行政类案中仅 ${pct(ruling)} 作出${said(ruling)}的裁判，${pct(topKind)} 为${said(topKind)}。`,
      );
    else reasons.push(`拟判结果处于 ${m} 件行政类案的通常范围内：${pct(ruling)} 作出${said(ruling)}的裁判。`);
    if (m >= 3 && m < n)
      reasons.push(`另有 ${n - m} 件类案未载明对被诉行政行为的裁判（如二审维持原判），未计入比较。`);
  }
  if (reasons.length === 0) reasons.push(`拟判结果处于 ${n} 件类案的通常范围内。`);
  return {
    ...(percentile !== undefined ? { percentile } : {}),
    comparedTo: dist,
    level,
    // Each reason is a sentence of its own (。), as are the comparison set's (runDeviation).
    reason: reasons.join(""),
    suggestJudgesMeeting: level === "warning",
  };
}

/**
 * A similar case's rulings on the act sued as today's law names them: the 1989 law's 判决维持 (§54(1),
 * the act upheld) is since the 2014 revision 驳回诉讼请求 (行政诉讼法 2017 §69), what a judge proposes now.
 * A suit withdrawn (准许撤诉, §62) is the plaintiff's act, no ruling on the act sued: left out, as a
 * judge cannot propose it.
 */
function rulingsToday(c: AuditCase): string[] {
  const rulings = (c.administrative ?? []).filter((k) => k !== "withdrawn");
  return [...new Set(rulings.map(rulingToday))];
}

/** How many similar cases are retrieved to form the comparison set. */
const COMPARISON_WINDOW = 50;

/**
 * Whether a case has each of the pending case's charges and causes, each given with the forms it is
 * searched by: a cause in any of them (a case of 民间借贷纠纷 has the judge's 民间借贷, one of 遗嘱继承纠纷
 * the judge's 继承纠纷: src/judgment/causes.ts causeForms), a charge as itself. None given: no case.
 */
export function hasEachLegal(
  c: { charges: readonly string[]; causes: readonly string[] },
  legal: readonly (readonly string[])[],
): boolean {
  return (
    legal.length > 0 &&
    legal.every((forms) => forms.some((x) => c.charges.includes(x) || c.causes.includes(x)))
  );
}

/**
 * Runs the similar-case retrieval on the pending facts and compares `request.proposed` with the
 * outcomes of the similar cases that share the (given or inferred) charges.
 */
export async function runDeviation(
  client: Client,
  alias: string,
  request: DeviationRequest,
): Promise<DeviationResult> {
  const charges = canonicalCharges(request.charges);
  const pending = PendingCase.parse({
    facts: request.facts,
    ...(charges.length > 0 ? { charges } : {}),
    ...(request.causes?.length ? { causes: request.causes } : {}),
    ...(request.statutes?.length ? { statutes: request.statutes } : {}),
    size: COMPARISON_WINDOW,
  });
  const similar = await similarCases(client, alias, pending, { explain: false });
  // The judge's charges and causes, a cause with the forms it is searched by, else the inferred charges.
  const understood = givenLegal(request);
  const given = understood.forms;
  const legal = given.length > 0 ? given : similar.query.inferredCharges.map((c) => [c]);
  const same = similar.cases.filter((c) => c.status === "effective" && hasEachLegal(c, legal));
  const order = new Map(same.map((c, i) => [c.id, i]));
  const read =
    same.length > 0
      ? // Every similar case, reference cases shown beyond the window included (src/retrieval/similar.ts).
        (await readCases(client, alias, { ids: { values: same.map((c) => c.id) } }, same.length)).sort(
          (a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0),
        )
      : [];
  const [only] = legal;
  const charge = only?.length === 1 ? only[0] : undefined;
  const criminal = legal.length === 1 && charge !== undefined && CRIMINAL_CHARGES.includes(charge);
  const own = criminal ? await ownSentences(client, alias, read, charge) : read;
  const left = read.length - own.length;
  // The cases of the pending case's sentencing range as its facts state it, level by level as the
  // audit clusters (src/audit/cluster.ts narrowToPending), while enough remain: a 5,500-yuan 入户盗窃
  // is not compared with 数额特别巨大 thefts of 162 months, a 轻伤 with deaths, a traffic death
  // without 逃逸 with those that fled (§133), a first offender with recidivists.
  const narrowed = criminal
    ? narrowToPending(own, extractCircumstances(request.facts), MIN_SAME_RANGE)
    : { cases: own, labels: [] };
  // An administrative case whose statutes name its law: the similar cases of that law (the audit's
  // clusters likewise, src/audit/cluster.ts lawVariants).
  const administrative = isAdministrativeCase(request);
  const byLaw = administrative
    ? narrowToPendingLaw(narrowed.cases, request.statutes ?? [], MIN_SAME_RANGE)
    : { cases: narrowed.cases };
  // A civil case given one cause with causes below it (合同纠纷): the similar cases of one cause.
  const [cause] = understood.causes;
  const byCause =
    charges.length === 0 && !administrative && given.length === 1 && cause
      ? narrowToCause(byLaw.cases, cause, MIN_SAME_RANGE)
      : { cases: byLaw.cases };
  const comparison = byCause.cases;
  const result = compareProposed(request.proposed, comparison);
  if (narrowed.labels.length > 0)
    result.reason += `仅比较与本案同一量刑情形（${narrowed.labels.map((b) => b.replace(/^[^:]+:/, "")).join("、")}）的 ${comparison.length} 件类案。`;
  if (byLaw.basis) result.reason += byLaw.basis;
  if (byCause.basis) result.reason += byCause.basis;
  if (left > 0)
    result.reason += `另有 ${left} 件类案的刑罚含其他罪名或前罪的刑罚，无法单列本罪刑罚，未计入比较。`;
  return { ...result, similarCases: comparison.map(evidenceOf) };
}

/** Cases of the pending case's range needed to compare within it alone (each level). */
const MIN_SAME_RANGE = 5;

/**
 * A civil case whose judge gave a cause with causes below it (合同纠纷, searched with every cause below it
 * in 民事案件案由规定: src/judgment/causes.ts causeForms): its similar cases of the one cause most of
 * them have, compared as an audit's clusters compare causes (an older name as the cause it became:
 * catalogueCivilCause) — a dismissed 买卖合同纠纷 is no 类案 of a 民间借贷纠纷 (类案: 基本事实、争议焦点
 * 和法律适用问题相似, 最高人民法院关于统一法律适用加强类案检索的指导意见（试行） §1), and the most similar
 * cases tell which of the causes below the pending case's is. With fewer than `min` of that cause: all,
 * and `basis` names the causes they have. Cases all of one cause: as they are, nothing said. `cause`
 * is the judge's as understood (givenLegal: 劳动 is 劳动争议), named so in `basis`, as /similar says it back.
 */
export function narrowToCause(
  cases: readonly AuditCase[],
  cause: GivenCause,
  min: number,
): { cases: readonly AuditCase[]; basis?: string } {
  const { name, forms } = cause;
  const causeOf = (c: AuditCase) => {
    const own = c.causes.find((x) => forms.includes(x));
    return own === undefined ? undefined : catalogueCivilCause(own);
  };
  // Counted in the order of similarity, so that of two causes as frequent the more similar comes first.
  const counts = new Map<string, number>();
  for (const c of cases) {
    const found = causeOf(c);
    if (found !== undefined) counts.set(found, (counts.get(found) ?? 0) + 1);
  }
  if (counts.size < 2) return { cases };
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  const [[most, count] = ["", 0]] = ranked;
  if (count >= min)
    return {
      cases: cases.filter((c) => causeOf(c) === most),
      basis: `所填案由“${name}”含下位案由，仅比较类案中最多的案由“${most}”的 ${count} 件类案。`,
    };
  const spread = ranked.map(([k, n]) => `${k} ${n} 件`).join("、");
  return {
    cases,
    basis: `所填案由“${name}”含下位案由，同一案由的类案不足 ${min} 件，故与全部 ${cases.length} 件类案比较，分属${spread}。`,
  };
}

/**
 * An administrative case's similar cases applying a substantive law its statutes name (keys or written
 * references, {@link statuteKeys}; laws as {@link substantiveLaws} tells them): a 行政处罚 under
 * 道路交通安全法 is no 类案 of one under 税收征收管理法 (类案: the same act under the same law the court
 * decides by, 行政诉讼法 §63). Of several laws, the pending case and each similar case are filed as the
 * audit files them (src/audit/cluster.ts lawVariants): under the law most of them apply, so a case
 * sharing only a law one of them cites in passing is not of the same law; nor is a case citing none. With fewer
 * than `min` of them, all the cases, and `basis` says so; no law named (none, or only 行政诉讼法): all,
 * no `basis`.
 */
export function narrowToPendingLaw(
  cases: readonly AuditCase[],
  statutes: readonly string[],
  min: number,
): { cases: readonly AuditCase[]; basis?: string } {
  const laws = substantiveLaws(statuteKeys(statutes));
  if (laws.length === 0) return { cases };
  // Filed as the audit files a case of several laws (lawVariants): under the one most of these cases
  // apply, beside the cases filed under it — not a case sharing only a law cited in passing.
  const pending: AuditCase = {
    id: "",
    charges: [],
    causes: [],
    statutes: laws,
    circumstances: [],
    penaltyKinds: [],
  };
  const [law = "", filed = []] =
    [...lawVariants([...cases, pending])].find(([, cs]) => cs.includes(pending)) ?? [];
  // The law as the reports write it: 《道路交通安全法》 (statuteKeyText).
  const named = statuteKeyText(law);
  const same = filed.filter((c) => c !== pending);
  return same.length >= min
    ? { cases: same, basis: `仅比较与本案适用同一实体法${named}的 ${same.length} 件类案。` }
    : {
        cases,
        basis: `与本案适用同一实体法${named}的类案仅 ${same.length} 件，不足 ${min} 件，故与全部 ${cases.length} 件同案由类案比较，其中可能有其他管理领域的案件。`,
      };
}

/**
 * The similar cases with the sentence each imposed for `charge` alone (src/judgment/outcome.ts
 * comparableSentence): a 数罪并罚 judgment's count for it, a sentence joined with an earlier
 * judgment's (刑法 §70–71) before the joining, of several defendants the one convicted of it.
 * Cases where no such sentence can be told are left out: their executed sentence is not this
 * crime's (a 盗窃 count inside 7 years for 强奸 and 盗窃 had made an ordinary 入户盗窃 a "conflict").
 */
async function ownSentences(
  client: Client,
  alias: string,
  cases: readonly AuditCase[],
  charge: string,
): Promise<(AuditCase & { attributed: true })[]> {
  type Stored = Partial<Pick<JudgmentRecord, "status" | "reversal">> & {
    outcome?: { criminal?: CriminalSentence[] };
  };
  const res = await client.search<{ id?: string; record?: Stored }>({
    index: alias,
    size: cases.length,
    query: { ids: { values: cases.map((c) => c.id) } },
    _source: ["id", "record.outcome.criminal", "record.status", "record.reversal"],
  });
  // A defendant's sentence a later instance changed is no longer this judgment's (documents.ts).
  const sentences = new Map(res.hits.hits.map((h) => [h._id, standingSentences(h._source?.record ?? {})]));
  return cases.flatMap((c) => {
    const own = comparableSentence(sentences.get(c.id), charge);
    if (!own?.penalty) return [];
    const { months: _m, probationMonths: _p, ...rest } = c;
    return [
      {
        ...rest,
        penaltyKinds: [own.penalty],
        ...(own.months !== undefined ? { months: own.months } : {}),
        ...(own.probationMonths !== undefined ? { probationMonths: own.probationMonths } : {}),
        attributed: true as const,
      },
    ];
  });
}
