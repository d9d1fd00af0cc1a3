/**
 * How a report may use each case: the rule the selections in analysis.ts (applySelections) do not
 * check. SPC 2020 《最高人民法院关于统一法律适用加强类案检索的指导意见（试行）》第九条: a guiding case
 * (指导性案例) is to be followed (应当参照); any other similar case may only be drawn on as a reference
 * (可以作为作出裁判的参考). So 参照 is for guiding cases alone; the others are 参考 or 不予参照. The
 * People's Court Case Database (人民法院案例库) rules say the same of its cases (参考, not a legal
 * basis: 《人民法院案例库建设运行工作规程》, 2024), and the index holds none of them anyway.
 */
import { LeianError } from "../errors.ts";
import { TIER_LABELS } from "../retrieval/similar.ts";
import { applySelections } from "./analysis.ts";
import { CASE_USE_LABELS, type CaseSelection, type ReportCase } from "./model.ts";

export interface Problem {
  path: string;
  message: string;
}

/** Selections that would follow (参照) a case that is not a guiding case, with their field paths. */
export function followProblems(
  cases: readonly Pick<ReportCase, "id" | "tier">[],
  selections: readonly CaseSelection[],
): Problem[] {
  const byId = new Map(cases.map((c) => [c.id, c]));
  const seen = new Set<string>();
  const problems: Problem[] = [];
  selections.forEach((s, i) => {
    const c = byId.get(s.caseId);
    // An unknown or repeated case is applySelections' to refuse (selections.N.caseId).
    if (!c || seen.has(s.caseId)) return;
    seen.add(s.caseId);
    if (s.use !== "follow" || c.tier === "guiding") return;
    problems.push({
      path: `selections.${i}.use`,
      message:
        `该案例属于“${TIER_LABELS[c.tier]}”，不是指导性案例，不能选择“${CASE_USE_LABELS.follow}”：` +
        `只有指导性案例应当参照，其他类案可以作为裁判的参考（《最高人民法院关于统一法律适用加强类案检索的指导意见（试行）》第九条）。` +
        `请改为“${CASE_USE_LABELS.consider}”或“${CASE_USE_LABELS.not_used}”`,
    });
  });
  return problems;
}

/** The index of the selection a problem's path names (`selections.3.use` → 3). */
function selectionIndex(path: string): number {
  const m = /^selections\.(\d+)\./.exec(path);
  return m ? Number(m[1]) : Number.MAX_SAFE_INTEGER;
}

/**
 * The judge's selections applied to the cases (applySelections) with 参照 kept to guiding cases.
 * Every problem of both checks is refused at once, in the order of the selections, each with its
 * field path: 400 invalid_request.
 */
export function decideUses(cases: readonly ReportCase[], selections: readonly CaseSelection[]): ReportCase[] {
  const problems = followProblems(cases, selections);
  let decided: ReportCase[] | undefined;
  try {
    decided = applySelections(cases, selections);
  } catch (error) {
    if (!(error instanceof LeianError) || error.code !== "invalid_request" || !Array.isArray(error.details))
      throw error;
    problems.push(...(error.details as Problem[]));
  }
  if (decided && problems.length === 0) return decided;
  const ordered = problems
    .map((p, i) => ({ p, i }))
    .sort((a, b) => selectionIndex(a.p.path) - selectionIndex(b.p.path) || a.i - b.i)
    .map(({ p }) => p);
  const first = ordered[0] as Problem;
  throw new LeianError("invalid_request", `请求参数有误：${first.path}：${first.message}`, {
    details: ordered,
  });
}
