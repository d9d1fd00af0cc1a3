/** Judgment understanding: pure functions from text to JudgmentRecord parts. */

export { canonicalLawName } from "../text/law-titles.ts";
export { findCaseNumbers, parseCaseNumber } from "./case-number.ts";
export { COMMON_CAUSES, findCauses } from "./causes.ts";
export { CRIMINAL_CHARGES, canonicalCharge, distinctCharges, findChargeMentions } from "./charges.ts";
export { type JudgmentMeta, parseJudgment } from "./parse.ts";
export { normaliseStatutes } from "./statutes.ts";
