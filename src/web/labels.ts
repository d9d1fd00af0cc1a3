/**
 * The Chinese labels and choice lists the workbench shows, taken from the modules that define them
 * (reports, audits, the judgment record) and served as /web/labels.json: the browser never keeps a
 * second copy that could drift from what reports and audit pages print.
 */

import { ProposedAdministrativeDisposition, ProposedCivilDisposition } from "../audit/model.ts";
import { DEVIATION_TITLE, LEVEL_LABELS } from "../audit/render/deviation.ts";
import { AUDIT_TITLE, FINDING_KIND_LABELS } from "../audit/render/html.ts";
import {
  ADMINISTRATIVE_DISPOSITION_LABELS,
  APPEAL_LABELS,
  CIVIL_DISPOSITION_LABELS,
} from "../judgment/outcome-labels.ts";
import { CaseCategory, CourtLevel, PenaltyKind, Procedure, Tier } from "../judgment/record.ts";
import { CASE_USE_LABELS, TRIGGER_LABELS } from "../reports/model.ts";
import { COURT_LEVEL_LABELS, statusLabel } from "../reports/render/sections.ts";
import { TIER_LABELS } from "../retrieval/similar.ts";
import { type FACETS, PART_NAMES } from "../search/queries/keyword.ts";

export const FACET_LABELS: Record<keyof typeof FACETS, string> = {
  category: "案件类别",
  charges: "罪名",
  causes: "案由",
  courtLevel: "法院层级",
  province: "省份",
  procedure: "审理程序",
  documentType: "文书类型",
  tier: "案例层级",
  year: "裁判年份",
};

/** What /web/labels.json carries; the client reads it with this type. */
export interface WorkbenchLabels {
  tiers: Record<string, string>;
  tierOrder: string[];
  courtLevels: Record<string, string>;
  statuses: Record<string, string>;
  uses: Record<string, string>;
  triggers: Record<string, string>;
  findingKinds: Record<string, string>;
  deviationLevels: Record<string, string>;
  dispositions: Record<string, string>;
  /** An administrative court's rulings on the act sued. */
  administrative: Record<string, string>;
  appeals: Record<string, string>;
  facets: Record<string, string>;
  parts: string[];
  categories: string[];
  procedures: string[];
  penalties: string[];
  /** The civil results the deviation check takes as a proposal, by code (labelled by dispositions). */
  proposedDispositions: string[];
  /** The administrative rulings the deviation check takes as a proposal (labelled by administrative). */
  proposedAdministrative: string[];
  titles: { audit: string; deviation: string };
}

export function workbenchLabels(): WorkbenchLabels {
  const statuses = Object.fromEntries(
    ["effective", "not_effective", "reversed", "withdrawn", "superseded"].map((s) => [s, statusLabel(s)]),
  );
  return {
    tiers: { ...TIER_LABELS },
    tierOrder: [...Tier.options],
    courtLevels: Object.fromEntries(CourtLevel.options.map((l) => [l, COURT_LEVEL_LABELS[l]])),
    statuses,
    uses: { ...CASE_USE_LABELS },
    triggers: { ...TRIGGER_LABELS },
    findingKinds: { ...FINDING_KIND_LABELS },
    deviationLevels: { ...LEVEL_LABELS },
    dispositions: { ...CIVIL_DISPOSITION_LABELS },
    administrative: { ...ADMINISTRATIVE_DISPOSITION_LABELS },
    appeals: { ...APPEAL_LABELS },
    facets: { ...FACET_LABELS },
    parts: Object.keys(PART_NAMES).filter((name) => /[^\x20-\x7e]/.test(name)),
    categories: [...CaseCategory.options],
    procedures: [...Procedure.options],
    penalties: [...PenaltyKind.options],
    proposedDispositions: [...ProposedCivilDisposition.options],
    proposedAdministrative: [...ProposedAdministrativeDisposition.options],
    titles: { audit: AUDIT_TITLE, deviation: DEVIATION_TITLE },
  };
}
