/**
 * How a judge names each outcome the record codes (src/judgment/record.ts Outcome): one table per
 * kind, shared by the similar-case results, reports, audits and the workbench. Each names every code
 * (satisfies), and is read by any string (stored audits and documents hold plain strings).
 */
import type { AdministrativeDisposition, Outcome } from "./record.ts";

type CivilDisposition = NonNullable<Outcome["civil"]>["disposition"];
type AppealResult = NonNullable<Outcome["appeal"]>;

export const CIVIL_DISPOSITION_LABELS: Readonly<Record<string, string>> = {
  upheld: "支持诉讼请求",
  partly_upheld: "部分支持诉讼请求",
  dismissed: "驳回诉讼请求",
  suit_dismissed: "驳回起诉",
  withdrawn: "撤诉",
  mediated: "调解结案",
  other: "其他",
} satisfies Record<CivilDisposition, string>;

/** An administrative court's rulings on the act sued (行政诉讼法 2017 §69–§77). */
export const ADMINISTRATIVE_DISPOSITION_LABELS: Readonly<Record<string, string>> = {
  revoked: "撤销被诉行政行为",
  remake: "责令重新作出行政行为",
  ordered: "判决被告履行职责或给付义务",
  confirmed_illegal: "确认被诉行政行为违法",
  confirmed_void: "确认被诉行政行为无效",
  varied: "变更行政处罚",
  remedy: "责令采取补救措施",
  compensation: "判决行政赔偿",
  dismissed: "驳回诉讼请求",
  suit_dismissed: "驳回起诉",
  withdrawn: "准许撤诉",
  // The 1989 law's judgment upholding the act (行政诉讼法 1989 §54(1)), replaced in 2014 by §69.
  sustained: "判决维持被诉行政行为",
} satisfies Record<AdministrativeDisposition, string>;

/** An appeal's or a retrial's result on the judgment below. */
export const APPEAL_LABELS: Readonly<Record<string, string>> = {
  affirmed: "维持原判",
  amended: "改判",
  remanded: "发回重审",
  withdrawn: "准许撤回上诉",
  other: "其他",
} satisfies Record<AppealResult, string>;
