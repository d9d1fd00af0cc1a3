/**
 * A realistic audit for the renderer tests and for looking at the output by hand: three clusters in
 * Zhejiang courts — 醉驾 危险驾驶罪 sentenced to 拘役 with one outlying sentence, a dispersed 盗窃罪
 * cluster, and a 民间借贷纠纷 cluster with one claim dismissed against a large majority. Findings
 * are listed out of order on purpose (the report ranks them). Case numbers follow the 2016 rules;
 * parties and facts are invented.
 */
import type { Audit, DeviationResult, EvidenceCase } from "../model.ts";

const DRUNK_MONTHS = [1, 1.5, 1.5, 1.5, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2.5, 2.5, 2.5, 3, 3, 6];
const THEFT_MONTHS = [6, 6, 7, 8, 9, 10, 12, 12, 15, 18, 20, 24, 30, 36, 42, 48];

export const drunkOutlier: EvidenceCase = {
  id: "zj-2021-0102-xc-88",
  caseNumber: "（2021）浙0102刑初88号",
  court: "杭州市上城区人民法院",
  courtLevel: "基层",
  decisionDate: "2021-06-18",
  committeeDiscussed: false,
  penalty: "拘役",
  months: 6,
  fine: 10000,
};

export const loanDismissed: EvidenceCase = {
  id: "zj-2022-0110-mc-4471",
  caseNumber: "（2022）浙0110民初4471号",
  court: "杭州市余杭区人民法院",
  courtLevel: "基层",
  decisionDate: "2022-11-03",
  committeeDiscussed: true,
  civilDisposition: "dismissed",
};

function ids(prefix: string, n: number): string[] {
  return Array.from({ length: n }, (_, i) => `${prefix}-${String(i + 1).padStart(3, "0")}`);
}

export const fixtureAudit: Audit = {
  id: "audit-2024-0007",
  createdAt: "2024-03-15T02:30:00.000Z",
  requestedBy: { user: "研究室 王某", court: "浙江省杭州市中级人民法院", role: "research" },
  request: {
    scope: {
      charges: ["危险驾驶罪", "盗窃罪"],
      causes: ["民间借贷纠纷"],
      provinces: ["浙"],
      courts: ["杭州市上城区人民法院", "杭州市余杭区人民法院", "杭州市西湖区人民法院"],
      dateFrom: "2020-01-01",
      dateTo: "2023-12-31",
    },
    dispersionThreshold: 0.5,
    outlierZ: 3.5,
    majority: 0.8,
    minClusterSize: 5,
    maxCases: 20_000,
  },
  snapshot: { index: "leian-judgments-v3", documents: 9088 },
  casesExamined: 1342,
  durationMs: 48_730,
  clusters: [
    {
      id: "c-drunk-1",
      label: "危险驾驶罪：醉酒驾驶机动车（血液酒精含量<200mg/100ml & 未发生事故）",
      charges: ["危险驾驶罪"],
      statutes: ["《中华人民共和国刑法》第一百三十三条之一", "《中华人民共和国刑法》第六十七条第三款"],
      caseIds: ids("drunk", DRUNK_MONTHS.length),
      distribution: {
        size: DRUNK_MONTHS.length,
        penaltyShares: { 拘役: 1 },
        months: { median: 2, mad: 0.25, p10: 1.5, p90: 3, values: DRUNK_MONTHS },
        probationShare: 0.35,
        fineMedian: 3000,
      },
      dispersion: 0.19,
    },
    {
      id: "c-theft-1",
      label: "盗窃罪：入户盗窃，数额较大，认罪认罚",
      charges: ["盗窃罪"],
      statutes: ["《中华人民共和国刑法》第二百六十四条", "《中华人民共和国刑事诉讼法》第十五条"],
      caseIds: ids("theft", THEFT_MONTHS.length),
      distribution: {
        size: THEFT_MONTHS.length,
        penaltyShares: { 有期徒刑: 0.875, 拘役: 0.125 },
        months: { median: 13.5, mad: 6.5, p10: 6.5, p90: 39, values: THEFT_MONTHS },
        probationShare: 0.19,
        fineMedian: 5000,
      },
      dispersion: 0.86,
    },
    {
      id: "c-loan-1",
      label: "民间借贷纠纷：有借条及转账凭证，借款人未抗辩",
      charges: ["民间借贷纠纷"],
      statutes: ["《中华人民共和国民法典》第六百七十五条", "《中华人民共和国民法典》第六百七十六条"],
      caseIds: ids("loan", 22),
      distribution: {
        size: 22,
        dispositionShares: { upheld: 0.864, partly_upheld: 0.091, dismissed: 0.045 },
        awardedRatioMedian: 0.97,
      },
      dispersion: 0.27,
    },
  ],
  findings: [
    {
      kind: "dispersed_cluster",
      severity: 1.72,
      summary:
        "盗窃罪（入户盗窃、数额较大、认罪认罚）16 件类案刑期从 6 个月到 48 个月不等，离散度 0.86，超过阈值 0.5。",
      clusterId: "c-theft-1",
      numbers: {
        size: 16,
        dispersion: 0.86,
        monthsRobustCv: 0.72,
        kindDispersion: 0.125,
        monthsMedian: 13.5,
        monthsMad: 6.5,
        monthsP10: 6.5,
        monthsP90: 39,
      },
    },
    {
      kind: "against_majority",
      severity: 4.1,
      summary:
        "（2022）浙0110民初4471号驳回原告全部诉讼请求，而 86.4% 的同类民间借贷案件支持诉讼请求，且该案经审判委员会讨论。",
      clusterId: "c-loan-1",
      case: loanDismissed,
      numbers: { majorityShare: 0.864, ownShare: 0.045, clusterSize: 22 },
    },
    {
      kind: "outlier_months",
      severity: 10.79,
      summary: "（2021）浙0102刑初88号判处拘役6个月，同类醉驾案件中位数为拘役2个月，稳健 z 值 10.79。",
      clusterId: "c-drunk-1",
      case: drunkOutlier,
      numbers: {
        months: 6,
        clusterMedian: 2,
        clusterMad: 0.25,
        robustZ: 10.79,
        percentile: 100,
        clusterSize: 20,
      },
    },
  ],
};

/** A deviation check: a proposed 拘役 of 5 months against the drunk-driving cluster. */
export const fixtureDeviation: DeviationResult = {
  percentile: 95,
  comparedTo: fixtureAudit.clusters[0]?.distribution ?? { size: 0 },
  similarCases: [
    drunkOutlier,
    {
      id: "zj-2021-0106-xc-301",
      caseNumber: "（2021）浙0106刑初301号",
      court: "杭州市西湖区人民法院",
      courtLevel: "基层",
      decisionDate: "2021-09-02",
      committeeDiscussed: false,
      penalty: "拘役",
      months: 2,
      probationMonths: 4,
      fine: 3000,
    },
    {
      id: "zj-2022-0102-xc-17",
      caseNumber: "（2022）浙0102刑初17号",
      court: "杭州市上城区人民法院",
      courtLevel: "基层",
      decisionDate: "2022-01-20",
      penalty: "拘役",
      months: 2.5,
      fine: 4000,
    },
  ],
  level: "warning",
  reason:
    "与类案裁判可能冲突：拟判拘役 5 个月，重于 95% 的 20 件判处拘役的类案。" +
    "这些类案的刑期中位数为 2 个月，八成在 1 个月 15 日至 3 个月之间。",
  suggestJudgesMeeting: true,
};
