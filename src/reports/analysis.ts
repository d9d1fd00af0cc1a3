/**
 * The pure parts of a report: cases grouped into the SPC tiers, the judge's selections applied
 * (with the guiding-case rule), and divergence among the results. No engine calls here.
 */

import { rangesAgree } from "../audit/cluster.ts";
import { administrativeSide } from "../audit/model.ts";
import { JUDGED_CLAIM } from "../audit/outcomes.ts";
import { LeianError } from "../errors.ts";
import { scopeRank } from "../judgment/courts.ts";
import { penaltyTermText, probationText, termText } from "../judgment/numerals.ts";
import { type ComparableSentence, comparableSentence } from "../judgment/outcome.ts";
import type { CourtLevel, CriminalSentence, Tier } from "../judgment/record.ts";
import { recentSince, TIER_LABELS, tierLabel } from "../retrieval/similar.ts";
import { CASE_USE_LABELS, type CaseSelection, type ReportCase, type RetrievalReport } from "./model.ts";

export const TIER_ORDER: readonly Tier[] = ["guiding", "typical", "provincial", "ordinary"];

/** Status labels as the report prints them. */
export const STATUS_LABELS: Record<string, string> = {
  effective: "生效",
  withdrawn: "已撤回",
  superseded: "所涉规则已不再适用",
  reversed: "已被改判或发回重审",
  not_effective: "尚未生效",
};

const EFFECTIVE = STATUS_LABELS.effective;

/**
 * Cases per tier in the SPC order (§4), every tier present so an empty one is visible in the
 * report. Within tiers 2–4 the last three years come first; ordinary judgments first by their
 * court's place in the scope (the SPC's, the province's high court's, the court one level up and the
 * judge's own, then other courts: src/judgment/courts.ts) and other provinces' reference cases after
 * the province's own, as /similar orders them; otherwise the given order (rank) holds.
 */
export function tierCases(cases: readonly ReportCase[], now: Date): RetrievalReport["tiers"] {
  const placed = cases.some((c) => c.courtRelation !== undefined);
  const since = recentSince(now);
  const recent = (c: ReportCase) => c.decisionDate !== undefined && c.decisionDate >= since;
  return TIER_ORDER.map((tier) => {
    const inTier = cases.filter((c) => c.tier === tier);
    const byDate = (list: ReportCase[]) =>
      tier === "guiding" ? list : [...list.filter(recent), ...list.filter((c) => !recent(c))];
    const outside = (c: ReportCase) => c.courtRelation === "外省法院";
    const ordered =
      tier === "ordinary"
        ? [0, 1, 2, 3].flatMap((rank) => byDate(inTier.filter((c) => scopeRank(c.courtRelation) === rank)))
        : tier === "provincial"
          ? [...byDate(inTier.filter((c) => !outside(c))), ...byDate(inTier.filter(outside))]
          : byDate(inTier);
    return { tier, label: tierLabel(tier, placed), cases: ordered };
  });
}

/**
 * Applies the judge's selections to the cases. A guiding case without a selection has no default:
 * 参照 is owed to a guiding case similar in its basic facts, disputed issues and the law applied
 * (《〈最高人民法院关于案例指导工作的规定〉实施细则》第九条; SPC 2020 类案检索指导意见 §1, §9), which
 * sharing the pending case's charge does not make it (指导案例32号's 追逐竞驶 for a drunk driver,
 * 93号's 防卫过当 for a bottle assault: review15-reports) — the judge decides, and the report asks
 * (src/reports/render/sections.ts useCell). Not following a guiding case needs a reason; only a
 * guiding case can be followed (§9), and a withdrawn or reversed case can be neither followed nor
 * considered (rule 2).
 * Every problem is reported with its field path (`selections.N.reason`), not just the first.
 */
export function applySelections(
  cases: readonly ReportCase[],
  selections: readonly CaseSelection[],
): ReportCase[] {
  const problems: { path: string; message: string }[] = [];
  const byId = new Map(cases.map((c) => [c.id, c]));
  const chosen = new Map<string, CaseSelection>();
  selections.forEach((s, i) => {
    const c = byId.get(s.caseId);
    if (!c) {
      problems.push({ path: `selections.${i}.caseId`, message: `未找到案件：${s.caseId}` });
      return;
    }
    if (chosen.has(s.caseId)) {
      problems.push({ path: `selections.${i}.caseId`, message: "同一案件只能选择一次" });
      return;
    }
    if (c.tier === "guiding" && s.use !== "follow" && !s.reason) {
      problems.push({
        path: `selections.${i}.reason`,
        message: `属于类案的指导性案例应当参照；选择“${CASE_USE_LABELS[s.use]}”须说明理由（如与本案不属于类案，或已被新的法律、司法解释或指导性案例取代）`,
      });
    }
    // SPC 2020 类案检索指导意见 §9: a guiding case is to be followed (应当参照); any other similar case may
    // only be drawn on as a reference (可以作为作出裁判的参考): 参照 is for guiding cases alone.
    if (s.use === "follow" && c.tier !== "guiding") {
      problems.push({
        path: `selections.${i}.use`,
        message:
          `该案例属于“${TIER_LABELS[c.tier]}”，不是指导性案例，不能选择“${CASE_USE_LABELS.follow}”：` +
          `只有指导性案例应当参照，其他类案可以作为裁判的参考（《最高人民法院关于统一法律适用加强类案检索的指导意见（试行）》第九条）。` +
          `请改为“${CASE_USE_LABELS.consider}”或“${CASE_USE_LABELS.not_used}”`,
      });
    }
    // Rule 2 (SPC 2020 类案检索指导意见 §1: a 类案 is a judgment that has taken legal effect): a reversed,
    // withdrawn, superseded or not yet effective case is listed flagged 不得作为类案援引, so it is neither
    // followed nor drawn on as a reference — the report had printed 参考 beside that flag.
    if ((s.use === "follow" || s.use === "consider") && c.status !== EFFECTIVE) {
      problems.push({
        path: `selections.${i}.use`,
        message:
          s.use === "follow"
            ? `该案件状态为“${c.status}”，不得作为类案参照`
            : `该案件状态为“${c.status}”，不得作为类案援引，不能选择“${CASE_USE_LABELS.consider}”；如需在报告中说明，请选择“${CASE_USE_LABELS.not_used}”并写明理由`,
      });
    }
    chosen.set(s.caseId, s);
  });
  if (problems.length > 0) {
    throw new LeianError("invalid_request", `请求参数有误：${problems[0]?.path}：${problems[0]?.message}`, {
      details: problems,
    });
  }
  return cases.map((c) => {
    const s = chosen.get(c.id);
    return s ? { ...c, use: s.use, ...(s.reason ? { useReason: s.reason } : {}) } : c;
  });
}

/** The outcome facts divergence compares (index fields of a judgment, and its defendants' sentences). */
export interface OutcomeFacts {
  charges?: string[] | undefined;
  causes?: string[] | undefined;
  penaltyKinds?: string[] | undefined;
  months?: number | undefined;
  civilDisposition?: string | undefined;
  /** An administrative judgment's rulings on the act sued (JudgmentRecord.outcome.administrative). */
  administrative?: readonly string[] | undefined;
  /** Each defendant's sentence as parsed (record.outcome.criminal). */
  sentences?: CriminalSentence[] | undefined;
  /** For an offence sentenced by amount or drug quantity, the case's band (数额:3千-1万). */
  bands?: string[] | undefined;
  /** Its statute keys (刑法#264), for the pending case's range under the same articles. */
  statutes?: string[] | undefined;
  /** Its circumstance tags (src/judgment/circumstances.ts), for the grounds of leniency it states. */
  circumstances?: string[] | undefined;
}

export type DivergenceInput = ReportCase & { facts: OutcomeFacts };
type Divergence = RetrievalReport["divergence"][number];

/** Most severe first: a case's principal penalty is the first of its kinds in this order. */
const PENALTY_SEVERITY = ["死刑", "死缓", "无期徒刑", "有期徒刑", "拘役", "管制", "单处罚金", "免予刑事处罚"];
const TERM_PENALTIES = new Set(["有期徒刑", "拘役", "管制"]);
/** The principal penalties of 刑法 §33 (死缓 a way of executing 死刑, §48). */
const PRINCIPAL_PENALTIES = new Set(["管制", "拘役", "有期徒刑", "无期徒刑", "死刑", "死缓"]);
const LEVEL_ORDER: CourtLevel[] = ["最高", "高级", "中级", "专门", "基层"];
/** Prison terms of the same kind diverge when the longer exceeds the shorter by more than half. */
export const TERM_SPREAD = 0.5;
const MAX_CASES = 10;
/** Cases of each side of a civil or administrative split set side by side, at most (rule 7's weight first). */
const SIDE_CASES = 5;

/**
 * Said after a split's counts when a side has more cases than the table sets side by side: the counts
 * (支持原告 6 件 / 驳回 6 件) had stood over a table of ten, as if two were missing.
 */
function listedNote(...sides: number[]): string {
  return sides.some((n) => n > SIDE_CASES)
    ? `；下表每方列出其中法院层级最高、裁判日期最近的 ${SIDE_CASES} 件`
    : "";
}
/**
 * Grounds of leniency the Criminal Law sets (中止 §24 shall exempt or mitigate, 从犯 §27 and 胁从犯 §28
 * shall lighten, 自首 §67 and 立功 §68 may, 预备 §22 may): two sentences that differ in them may differ
 * for that reason. 累犯 and 未遂 already set a case's range (src/audit/cluster.ts sentencingRange).
 */
const LENIENCY = ["犯罪中止", "犯罪预备", "从犯", "胁从犯", "自首", "立功"];

/**
 * The grounds of leniency of the sentence compared: in a judgment of several defendants that
 * defendant's own (src/judgment/grounds.ts) — the judgment's tags are every defendant's, and a
 * co-defendant's 从犯 is no reason for the principal's term; a judgment of one: its tags.
 */
function leniencyOf(c: DivergenceInput, sentence?: ComparableSentence): string[] {
  // (A record parsed before session 17 has no grounds: the judgment's tags, as then.)
  const tags = sentence?.grounds ?? c.facts.circumstances ?? [];
  return LENIENCY.filter((t) => tags.includes(t));
}

function principalPenalty(kinds: readonly string[] | undefined): string | undefined {
  return [...(kinds ?? [])].sort((a, b) => PENALTY_SEVERITY.indexOf(a) - PENALTY_SEVERITY.indexOf(b))[0];
}

/**
 * The sentence a case imposed for `charge` alone (src/judgment/outcome.ts comparableSentence): not
 * the combined punishment of several crimes, nor one joined with an earlier judgment's (刑法 §69–71),
 * nor a co-defendant's for another crime. A case whose sentences were not read: its index fields,
 * when it was convicted of that charge alone.
 */
function sentenceFor(c: DivergenceInput, charge: string): ComparableSentence | undefined {
  if (c.facts.sentences !== undefined) return comparableSentence(c.facts.sentences, charge);
  const charges = c.facts.charges ?? [];
  const penalty = principalPenalty(c.facts.penaltyKinds);
  if (charges.length !== 1 || charges[0] !== charge || !penalty) return undefined;
  return {
    penalty: penalty as ComparableSentence["penalty"],
    ...(c.facts.months !== undefined ? { months: c.facts.months } : {}),
  };
}

function sentenceText(s: ComparableSentence, charge: string): string {
  return `${charge}：${s.penalty}${penaltyTermText(s.penalty, s.months)}${probationText(s.probationMonths)}`;
}

/** Rule 7 weighs court level and date: higher courts first, then the newest. */
function byWeight(a: ReportCase, b: ReportCase): number {
  const la = LEVEL_ORDER.indexOf(a.courtLevel ?? "基层");
  const lb = LEVEL_ORDER.indexOf(b.courtLevel ?? "基层");
  return la - lb || (b.decisionDate ?? "").localeCompare(a.decisionDate ?? "") || a.id.localeCompare(b.id);
}

function sideBySide(c: ReportCase): Divergence["cases"][number] {
  const out: Divergence["cases"][number] = { id: c.id };
  for (const key of [
    "caseNumber",
    "title",
    "court",
    "courtLevel",
    "decisionDate",
    "committeeDiscussed",
    "outcome",
  ] as const) {
    if (c[key] !== undefined) Object.assign(out, { [key]: c[key] });
  }
  return out;
}

/**
 * The two terms of `timed` to set side by side, or none when no two differ by more than
 * {@link TERM_SPREAD}: the widest such pair of cases stating the same grounds of leniency
 * ({@link LENIENCY}) — a 从犯 who also 立功 is not set against a principal as the divergence when two
 * alike defendants diverge too (review15-reports: 18 against 84 months, the 18 a 从犯 with 立功) —
 * else the widest pair overall, its note naming the grounds that differ.
 */
function termDivergence(
  timed: readonly DivergenceInput[],
  monthsOf: (c: DivergenceInput) => number,
  groundsOf: (c: DivergenceInput) => string[],
): [DivergenceInput, DivergenceInput] | undefined {
  const widest = (list: readonly DivergenceInput[]): [DivergenceInput, DivergenceInput] | undefined => {
    const sorted = [...list].sort((a, b) => monthsOf(a) - monthsOf(b) || byWeight(a, b));
    const low = sorted[0];
    const high = sorted.at(-1);
    if (!low || !high || low === high) return undefined;
    return (monthsOf(high) - monthsOf(low)) / monthsOf(low) > TERM_SPREAD ? [low, high] : undefined;
  };
  const alike = new Map<string, DivergenceInput[]>();
  for (const c of timed) {
    const key = groundsOf(c).join("、");
    alike.set(key, [...(alike.get(key) ?? []), c]);
  }
  const spread = ([low, high]: [DivergenceInput, DivergenceInput]) => monthsOf(high) / monthsOf(low);
  const same = [...alike.values()]
    .map(widest)
    .filter((p) => p !== undefined)
    .sort((a, b) => spread(b) - spread(a))[0];
  return same ?? widest(timed);
}

/** What the two cases' grounds of leniency say about their terms' difference (empty when alike). */
function leniencyNote(a: readonly string[], b: readonly string[]): string {
  if (a.join() === b.join()) return a.length > 0 ? `；两案均有${a.join("、")}情节` : "";
  const side = (tags: readonly string[]) => (tags.length > 0 ? `有${tags.join("、")}情节` : "无此类情节");
  return `；两案法定从宽情节不同（较轻一案${side(a)}，较重一案${side(b)}），刑期差异可能由此所致`;
}

/**
 * A split of a civil or administrative outcome (`sides`: each side's label and cases), when every side
 * has a case: the summary with each side's count (支持 3 件 / 驳回 2 件), and each side's weightiest
 * {@link SIDE_CASES} cases side by side, side after side.
 */
function splitDivergence(
  summary: string,
  charge: string,
  kind: NonNullable<Divergence["kind"]>,
  sides: readonly [label: string, cases: readonly DivergenceInput[]][],
): Divergence[] {
  if (sides.some(([, cases]) => cases.length === 0)) return [];
  const counts = sides.map(([label, cases]) => `${label} ${cases.length} 件`).join(" / ");
  return [
    {
      summary: `${summary}（${counts}${listedNote(...sides.map(([, cases]) => cases.length))}）`,
      charge,
      kind,
      cases: sides.flatMap(([, cases]) => [...cases].sort(byWeight).slice(0, SIDE_CASES)).map(sideBySide),
    },
  ];
}

/**
 * Results of the pending case's charges or causes (`legal`: the judge's, else those the similar-case
 * search inferred; none known: every charge or cause the results carry) whose outcomes disagree:
 * different principal penalties, prison terms of one kind differing by more than
 * {@link TERM_SPREAD}, or civil claims upheld in some cases and dismissed in others. A crime's
 * outcome is the sentence imposed for it alone ({@link sentenceFor}): a 7-year 强奸 and 盗窃
 * punishment is no 盗窃 sentence, and a case whose sentence for the crime cannot be told apart is
 * left out. Only effective judgments count. Each entry lists the conflicting cases side by side with
 * court level, date and committee discussion (rule 7). `judgesForms`: the judge's forms of selective
 * charges (src/retrieval/similar.ts judgesChargeForms), said in the entries' headings.
 */
export function findDivergence(
  cases: readonly DivergenceInput[],
  legal: readonly string[] = [],
  pendingRange?: (statutes: readonly string[]) => string[],
  judgesForms: ReadonlyMap<string, string> = new Map(),
): Divergence[] {
  const wanted = new Set(legal);
  // Cases of an offence sentenced by amount or drug quantity are compared within their band: a
  // 数额特别巨大 theft of 162 months is no divergence from a 5,000-yuan one of 6.
  const groups = new Map<string, { charge: string; label: string; members: DivergenceInput[] }>();
  for (const c of cases) {
    if (c.status !== EFFECTIVE) continue;
    for (const charge of new Set([...(c.facts.charges ?? []), ...(c.facts.causes ?? [])])) {
      if (wanted.size > 0 && !wanted.has(charge)) continue;
      const bands = c.facts.bands ?? [];
      const key = [charge, ...bands].join("|");
      // A selective charge in the judge's words, with the listed charge its cases are grouped by
      // (贩卖毒品罪（同属走私、贩卖、运输、制造毒品罪；…）: src/judgment/charges.ts sharedChargeText).
      const form = judgesForms.get(charge);
      const notes = [
        ...(form ? [`同属${charge}`] : []),
        ...(bands.length > 0
          ? [bands.map((b) => b.replace(/^数额:/, "数额 ").replace(/^毒品数量:/, "毒品数量 ")).join("，")]
          : []),
      ];
      const label = notes.length > 0 ? `${form ?? charge}（${notes.join("；")}）` : charge;
      const group = groups.get(key) ?? { charge, label, members: [] };
      group.members.push(c);
      groups.set(key, group);
    }
  }
  const out: Divergence[] = [];
  for (const { charge, label, members } of [...groups.values()].sort((a, b) =>
    a.label.localeCompare(b.label),
  )) {
    // Only the range the pending case's facts put it in: a 0.52 g sale is not informed by how
    // courts disagree over 50 g and more (review15-reports: ~25 of 34 entries were of other ranges).
    const first = members[0];
    if (
      pendingRange &&
      first &&
      !rangesAgree(first.facts.bands ?? [], pendingRange(first.facts.statutes ?? []))
    )
      continue;
    const own = new Map(
      members.flatMap((c) => {
        const s = sentenceFor(c, charge);
        return s ? [[c, s] as const] : [];
      }),
    );
    // Side by side with the sentence compared, not the case's whole outcome.
    const shown = (c: DivergenceInput) => {
      const s = own.get(c);
      return { ...sideBySide(c), ...(s ? { outcome: sentenceText(s, charge) } : {}) };
    };
    const byKind = new Map<string, DivergenceInput[]>();
    for (const [c, s] of own) {
      if (!s.penalty) continue;
      byKind.set(s.penalty, [...(byKind.get(s.penalty) ?? []), c]);
    }
    if (byKind.size > 1) {
      const kinds = [...byKind.keys()].sort(
        (a, b) => PENALTY_SEVERITY.indexOf(a) - PENALTY_SEVERITY.indexOf(b),
      );
      out.push({
        // 刑罚 not 主刑: 免予刑事处罚 is among the outcomes compared, and is no principal penalty.
        summary: `${label}：${kinds.some((k) => !PRINCIPAL_PENALTIES.has(k)) ? "处理结果" : "主刑种类"}不同（${kinds.join(" / ")}）`,
        charge,
        kind: "penalty_kind",
        cases: kinds
          .flatMap((k) => [...(byKind.get(k) ?? [])].sort(byWeight).slice(0, 3))
          .slice(0, MAX_CASES)
          .map(shown),
      });
    }
    for (const [kind, list] of byKind) {
      if (!TERM_PENALTIES.has(kind)) continue;
      const monthsOf = (c: DivergenceInput) => own.get(c)?.months ?? 0;
      const timed = list.filter((c) => monthsOf(c) > 0);
      if (timed.length < 2) continue;
      const groundsOf = (c: DivergenceInput) => leniencyOf(c, own.get(c));
      const pair = termDivergence(timed, monthsOf, groundsOf);
      if (!pair) continue;
      const [low, high] = pair;
      const min = monthsOf(low);
      const max = monthsOf(high);
      out.push({
        summary: `${label}：${kind}刑期相差超过 ${TERM_SPREAD * 100}%（${termText(min)} / ${termText(max)}）${leniencyNote(groundsOf(low), groundsOf(high))}`,
        charge,
        kind: "prison_term",
        cases: [low, high].map(shown),
      });
    }
    out.push(
      ...splitDivergence(`${label}：诉讼请求有的获支持、有的被驳回`, charge, "civil_disposition", [
        [
          "支持",
          members.filter(
            (c) => c.facts.civilDisposition === "upheld" || c.facts.civilDisposition === "partly_upheld",
          ),
        ],
        ["驳回", members.filter((c) => c.facts.civilDisposition === "dismissed")],
      ]),
    );
    // Administrative cases (行政诉讼法 2017 §69–§77): the act sued set aside, declared unlawful or the
    // duty ordered in some, the claim dismissed in others.
    const sideOf = (c: DivergenceInput) => administrativeSide(c.facts.administrative ?? []);
    const forPlaintiff = members.filter((c) => sideOf(c) === "plaintiff");
    const againstPlaintiff = members.filter((c) => sideOf(c) === "agency");
    // The 1989 law's 判决维持 upheld the act: said in its own words beside 驳回诉讼请求.
    const against = againstPlaintiff.some((c) => c.facts.administrative?.includes("sustained"))
      ? (["被判决维持或诉讼请求被驳回", "维持或驳回"] as const)
      : (["诉讼请求被驳回", "驳回"] as const);
    out.push(
      ...splitDivergence(
        `${label}：被诉行政行为有的被撤销、确认违法或责令履行，有的${against[0]}`,
        charge,
        "administrative_disposition",
        [
          ["支持原告", forPlaintiff],
          [against[1], againstPlaintiff],
        ],
      ),
    );
    // Civil or administrative suits decided on their merits in some cases and refused unheard in
    // others (裁定驳回起诉: the suit fails the conditions of 民事诉讼法 §122, 民诉法解释 §208 ¶3; 行政诉讼法
    // 2017 §49, 行诉法解释 2018 §69): courts split on whether such a suit is heard at all.
    const heard = members.filter(
      (c) => JUDGED_CLAIM.has(c.facts.civilDisposition ?? "") || sideOf(c) !== undefined,
    );
    const refused = members.filter(
      (c) =>
        !heard.includes(c) &&
        (c.facts.civilDisposition === "suit_dismissed" ||
          (c.facts.administrative ?? []).includes("suit_dismissed")),
    );
    out.push(
      ...splitDivergence(
        `${label}：有的经实体审理作出裁判，有的裁定驳回起诉，对是否符合起诉条件存在分歧`,
        charge,
        "suit_dismissed",
        [
          ["实体裁判", heard],
          ["驳回起诉", refused],
        ],
      ),
    );
  }
  return out;
}
