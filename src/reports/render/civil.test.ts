/**
 * A civil case's report (review17-civil): it names causes, not charges, and has parties but no
 * prosecutor.
 */
import { describe, expect, it } from "vitest";
import type { RetrievalReport } from "../model.ts";
import { fixtureReport } from "./fixture.ts";
import { renderHtml } from "./html.ts";
import { buildSections, matchReasonLines, SECTION_HEADINGS } from "./sections.ts";
import { htmlText } from "./testing.ts";

const civilReport: RetrievalReport = {
  ...fixtureReport,
  pendingCase: {
    caseNumber: "（2025）吉0104民初2218号",
    court: "长春市朝阳区人民法院",
    facts: "原告张某某诉称，被告李某某于2023年3月向其借款人民币50,000元，约定月息1.5%，到期未还。",
    causes: ["民间借贷纠纷"],
    disputedIssues: ["借贷关系是否成立", "约定利率超过法定上限部分应否支持"],
  },
  submittedCases: [],
};

describe("a civil case's report", () => {
  it("asks for the parties' submitted cases, not a prosecutor's", () => {
    const doc = buildSections(civilReport);
    const submitted = doc.sections.find((s) => s.id === "submitted");
    expect(submitted?.heading).toBe("六、当事人提交的案例及回应");
    expect(JSON.stringify(submitted?.blocks)).toContain("当事人未提交案例。");
    const text = htmlText(renderHtml(civilReport));
    expect(text).not.toContain("公诉机关");
    // A criminal case's report keeps the prosecutor.
    expect(buildSections(fixtureReport).sections.find((s) => s.id === "submitted")?.heading).toBe(
      SECTION_HEADINGS.submitted,
    );
  });

  it("calls causes inferred from the facts 案由, not 罪名", () => {
    const why = {
      sharedCharges: [],
      sharedCauses: [],
      sharedStatutes: [],
      sharedTerms: ["借条"],
      inferredCharges: ["民间借贷纠纷"],
      scoreParts: {},
    };
    const lines = matchReasonLines({ id: "c1", tier: "ordinary", status: "生效", why });
    expect(lines).toContain("推断案由：民间借贷纠纷（系统依事实推断，待法官确认）");
    expect(lines.join("\n")).not.toContain("罪名");
    expect(
      matchReasonLines({
        id: "c2",
        tier: "ordinary",
        status: "生效",
        why: { ...why, inferredCharges: ["盗窃罪"] },
      }),
    ).toContain("推断罪名：盗窃罪（系统依事实推断，待法官确认）");
  });

  it("names the judge's cause a case shares, with the case's own cause below it", () => {
    const why = {
      sharedCharges: [],
      sharedCauses: ["合同纠纷", "不当得利纠纷"],
      sharedCauseDetails: { 合同纠纷: ["买卖合同纠纷"] },
      sharedStatutes: [],
      sharedTerms: [],
      scoreParts: {},
    };
    expect(matchReasonLines({ id: "c3", tier: "ordinary", status: "生效", why })).toContain(
      "共同案由：合同纠纷（该案为买卖合同纠纷）、不当得利纠纷",
    );
  });

  it("names a selective charge as the judge typed it, with the listed charge it is searched as", () => {
    const why = {
      sharedCharges: ["贩卖毒品罪", "盗窃罪"],
      sharedChargeDetails: { 贩卖毒品罪: ["走私、贩卖、运输、制造毒品罪"] },
      sharedCauses: [],
      sharedStatutes: [],
      sharedTerms: [],
      scoreParts: {},
    };
    expect(matchReasonLines({ id: "c4", tier: "ordinary", status: "生效", why })).toContain(
      "共同罪名：贩卖毒品罪（同属走私、贩卖、运输、制造毒品罪）、盗窃罪",
    );
  });
});
