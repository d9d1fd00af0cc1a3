import { describe, expect, it } from "vitest";
import { htmlText } from "../../reports/render/testing.ts";
import { compareProposed } from "../deviation.ts";
import { Audit, DeviationResult } from "../model.ts";
import { NO_DATA } from "./charts.ts";
import { renderDeviationHtml } from "./deviation.ts";
import { drunkOutlier, fixtureAudit, fixtureDeviation, loanDismissed } from "./fixture.ts";
import {
  AUDIT_SECTION_HEADINGS,
  AUDIT_TITLE,
  clusterAnchor,
  clusterCharts,
  FINDING_KIND_LABELS,
  renderAuditHtml,
  shareKindOf,
} from "./html.ts";

const audit = fixtureAudit;
const html = renderAuditHtml(audit);
const text = htmlText(html);

/** The HTML of one cluster's section in the report. */
function clusterSection(source: string, id: string): string {
  const start = source.indexOf(`<section class="cluster" id="${clusterAnchor(id)}"`);
  expect(start).toBeGreaterThan(-1);
  return source.slice(start, source.indexOf("\n</section>", start));
}

describe("fixture", () => {
  it("is a valid Audit and DeviationResult", () => {
    expect(() => Audit.parse(audit)).not.toThrow();
    expect(() => DeviationResult.parse(fixtureDeviation)).not.toThrow();
  });

  it("has the deviation reason the check gives for its proposed 拘役 5 months against its cases", () => {
    const months = fixtureDeviation.comparedTo.months?.values ?? [];
    const cases = months.map((m, i) => ({
      id: `drunk-${i}`,
      charges: ["危险驾驶罪"],
      causes: [],
      statutes: [],
      circumstances: [],
      penaltyKinds: ["拘役"],
      months: m,
    }));
    const checked = compareProposed({ penalty: "拘役", months: 5, fine: 5000 }, cases);
    expect(checked).toMatchObject({ level: fixtureDeviation.level, percentile: fixtureDeviation.percentile });
    expect(fixtureDeviation.reason).toBe(checked.reason);
  });
});

describe("renderAuditHtml", () => {
  it("is a complete, self-contained Chinese A4 document without scripts or external resources", () => {
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="zh-CN">')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toMatch(/@page \{\s*size: A4;/);
    expect(html).toContain('"Noto Serif CJK SC"');
    expect(html).toContain("@media print");
    expect(html.trimEnd().endsWith("</html>")).toBe(true);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|@import|url\(|\bon[a-z]+=/i);
    // The only URL is the SVG namespace; no http(s) resource anywhere else.
    expect(html.replaceAll('xmlns="http://www.w3.org/2000/svg"', "")).not.toMatch(/https?:/);
  });

  it("has the title, scope and snapshot", () => {
    expect(html).toContain(`<h1>${AUDIT_TITLE}</h1>`);
    for (const heading of Object.values(AUDIT_SECTION_HEADINGS).slice(0, 5)) expect(text).toContain(heading);
    for (const s of [
      "危险驾驶罪",
      "盗窃罪",
      "民间借贷纠纷",
      "杭州市西湖区人民法院",
      "2020年1月1日 至 2023年12月31日",
    ])
      expect(text).toContain(s);
    expect(text).toContain("案件类别\n\n不限");
    expect(text).toContain("leian-judgments-v3");
    expect(text).toContain("9,088 篇");
    expect(text).toContain("1,342 件");
    expect(text).toContain("48.7 秒");
    expect(text).toContain("研究室 王某（浙江省杭州市中级人民法院，研究室）");
    expect(text).toContain("2024年3月15日 10:30:00（北京时间）");
  });

  it("summarises clusters and findings by kind", () => {
    expect(text).toContain("形成 3 个类案组；其中 3 个类案组有审查发现，共 3 项。");
    const table = html.slice(
      html.indexOf('id="findings-by-kind"'),
      html.indexOf("</table>", html.indexOf('id="findings-by-kind"')),
    );
    for (const label of Object.values(FINDING_KIND_LABELS))
      expect(table).toContain(`${label}</th><td>1</td>`);
    expect(table).toContain("合计</th><td>3</td>");
  });

  it("lists every finding ranked by severity, with its summary, case and numbers", () => {
    const articles = [
      ...html.matchAll(/<article class="finding" id="finding-(\d+)" data-kind="([a-z_]+)">/g),
    ];
    expect(articles.map((m) => m[2])).toEqual(["outlier_months", "against_majority", "dispersed_cluster"]);
    for (const f of audit.findings) {
      expect(text).toContain(f.summary);
      if (f.case?.caseNumber) expect(text).toContain(f.case.caseNumber);
    }
    const first = html.slice(html.indexOf('id="finding-1"'), html.indexOf("</article>"));
    expect(first).toContain("（2021）浙0102刑初88号");
    expect(first).toContain("杭州市上城区人民法院");
    expect(first).toContain("基层人民法院");
    expect(first).toContain("2021年6月18日");
    expect(first).toContain("审判委员会讨论</th><td>否");
    expect(first).toContain("拘役 6 个月，罚金 10000 元");
    expect(first).toContain("稳健 z 值</th><td>10.79");
    expect(first).toContain("类案组刑期中位数（月）</th><td>2");
    expect(first).toContain("严重程度 10.79");
    const second = html.slice(html.indexOf('id="finding-2"'));
    expect(second).toContain("审判委员会讨论</th><td>是");
    expect(second).toContain("驳回诉讼请求");
    expect(second).toContain("多数结果占比</th><td>86.4%");
  });

  it("draws one chart per flagged cluster, with the flagged case marked and labelled", () => {
    expect(html.match(/<svg class="chart/g)).toHaveLength(3);
    const drunk = clusterSection(html, "c-drunk-1");
    expect(drunk.match(/<svg class="chart strip"/g)).toHaveLength(1);
    expect(drunk.match(/<circle class="dot"/g)).toHaveLength(20);
    expect(drunk).toMatch(/<g class="flagged" data-value="6">.*<circle class="flagged" cx="[\d.]+"/);
    expect(drunk).toContain(`${drunkOutlier.caseNumber}</text>`);
    expect(drunk).toContain('<rect class="band"');
    expect(drunk).toContain('<line class="median"');

    const theft = clusterSection(html, "c-theft-1");
    expect(theft.match(/<svg class="chart strip"/g)).toHaveLength(1);
    expect(theft.match(/<circle class="dot"/g)).toHaveLength(16);
    expect(theft).not.toContain('class="flagged"');

    const loan = clusterSection(html, "c-loan-1");
    expect(loan.match(/<svg class="chart bars"/g)).toHaveLength(1);
    expect(loan).toMatch(/<g class="row flagged">.*驳回诉讼请求<\/text><rect class="bar flagged"/);
    expect(loan).toContain(`← ${loanDismissed.caseNumber}</text>`);
    expect(loan).toContain(">86.4%</text>");
  });

  it("orders cluster sections by their most severe finding", () => {
    const order = [...html.matchAll(/<section class="cluster" id="[^"]+" data-cluster="([^"]+)"/g)].map(
      (m) => m[1],
    );
    expect(order).toEqual(["c-drunk-1", "c-loan-1", "c-theft-1"]);
  });

  it("gives every chart a Chinese title and description and a data table", () => {
    const svgs = [...html.matchAll(/<svg [^>]*id="([^"]+)"[^>]*aria-labelledby="([^"]+)"[^>]*>/g)];
    expect(svgs).toHaveLength(3);
    for (const [, id] of svgs) {
      expect(html).toContain(`<title id="${id}-title">`);
      expect(html).toMatch(new RegExp(`<desc id="${id}-desc">[^<]*[\u4e00-\u9fff]`));
      expect(html).toContain(`<table class="data compact" id="${id}-data">`);
    }
    const drunk = clusterSection(html, "c-drunk-1");
    // Frequency table: 2 months occurs ten times, the flagged 6 is marked in the table too.
    expect(drunk).toMatch(/刑期（月）<\/th>(<td[^>]*>[\d.]+<\/td>)+/);
    expect(drunk).toContain('<td class="flagged">6</td>');
    expect(drunk).toContain("<td>10</td>");
    expect(drunk).toContain("中位数（月）</th><td>2");
    expect(drunk).toContain("缓刑比例</th><td>35%");
    const loan = clusterSection(html, "c-loan-1");
    expect(loan).toContain('<th scope="row">驳回诉讼请求</th><td class="flagged">4.5%</td>');
  });

  it("keeps the research office's P10–P90 in the chart legends, explained once above the charts", () => {
    const legends = [...html.matchAll(/<text class="legend"[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
    expect(legends).toContain("中位数 2　P10–P90 1.5–3　共 20 件");
    expect(text).toContain("阴影为第 10 至第 90 百分位区间");
  });

  it("escapes text, including < and & in cluster labels", () => {
    expect(html).toContain("血液酒精含量&lt;200mg/100ml &amp; 未发生事故");
    expect(html).not.toContain("血液酒精含量<200");
    const hostile: Audit = structuredClone(audit);
    const f0 = hostile.findings[0];
    if (!f0) throw new Error("fixture");
    f0.summary = '<script>alert("x")</script> & 注意';
    hostile.requestedBy.user = "<b>王某</b>";
    hostile.clusters[0] = { ...(hostile.clusters[0] as Audit["clusters"][number]), id: 'x" onload="y' };
    const out = renderAuditHtml(hostile);
    expect(out).not.toContain("<script>");
    expect(out).not.toContain("<b>王某");
    expect(out).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; 注意");
    expect(out).not.toMatch(/ onload="/);
  });

  it("is deterministic", () => {
    expect(renderAuditHtml(structuredClone(audit))).toBe(html);
    expect(renderAuditHtml(Audit.parse(JSON.parse(JSON.stringify(audit))))).toBe(html);
  });

  it("lists unflagged clusters without charts and says so when nothing is found", () => {
    const quiet: Audit = { ...audit, findings: [] };
    const out = renderAuditHtml(quiet);
    expect(out).not.toContain("<svg");
    expect(htmlText(out)).toContain("未发现超过阈值的裁判分歧");
    expect(out).toContain(AUDIT_SECTION_HEADINGS.others);
    for (const c of audit.clusters) expect(htmlText(out)).toContain(c.label);
  });

  it("lists a cluster not assessed with its dispersion marked 未评估 and says why", () => {
    const listed: Audit = { ...structuredClone(audit), findings: [] };
    listed.clusters.push({
      id: "c-penalty-0",
      label: "行政处罚（未援引实体法）",
      charges: ["行政处罚"],
      statutes: [],
      caseIds: ["p1", "p2", "p3", "p4", "p5", "p6"],
      distribution: { size: 6, administrativeSides: { plaintiff: 3, agency: 3 } },
      dispersion: 1,
      notAssessed: "本组可能混合不同管理领域的行政行为，故不评估。",
    });
    const others = htmlText(renderAuditHtml(listed)).split(AUDIT_SECTION_HEADINGS.others)[1] ?? "";
    expect(others).toContain("未发现超过阈值的裁判分歧或未作评估");
    expect(others).toMatch(/行政处罚（未援引实体法）\s*6\s*1（未评估）/);
    expect(others).toContain(
      "行政处罚（未援引实体法）未评估：本组可能混合不同管理领域的行政行为，故不评估。",
    );
    // An assessed cluster's row is unmarked.
    expect(others).toMatch(/抗辩\s*22\s*0\.27\s/);
    expect(others).not.toContain("0.27（未评估）");
  });

  it("writes a cluster's statute keys as a judge reads them, written references as given", () => {
    const keyed: Audit = structuredClone(audit);
    const c = keyed.clusters.find((x) => x.id === "c-theft-1");
    if (!c) throw new Error("fixture");
    c.statutes = ["刑法#264", "刑法#133-1", "刑法（1979年）#151"];
    const theft = htmlText(clusterSection(renderAuditHtml(keyed), "c-theft-1"));
    expect(theft).toContain(
      "《刑法》第二百六十四条、《刑法》第一百三十三条之一、1979年《刑法》第一百五十一条",
    );
    expect(theft).not.toContain("#");
    expect(htmlText(clusterSection(html, "c-drunk-1"))).toContain("《中华人民共和国刑法》第一百三十三条之一");
  });

  it("renders 无数据 for a flagged cluster without a distribution", () => {
    const empty: Audit = structuredClone(audit);
    const c = empty.clusters.find((x) => x.id === "c-theft-1");
    if (!c) throw new Error("fixture");
    c.distribution = { size: 0 };
    const out = renderAuditHtml(empty);
    const theft = clusterSection(out, "c-theft-1");
    expect(theft).not.toContain("<svg");
    expect(theft).toContain(NO_DATA);
  });
});

describe("clusterCharts", () => {
  const cluster: Audit["clusters"][number] = {
    id: "c-appeal",
    label: "故意伤害罪（二审）",
    charges: ["故意伤害罪"],
    statutes: [],
    caseIds: [],
    distribution: {
      size: 10,
      penaltyShares: { 有期徒刑: 0.9, 免予刑事处罚: 0.1 },
      appealShares: { affirmed: 0.5, amended: 0.5 },
    },
    dispersion: 0.5,
  };
  const finding: Audit["findings"][number] = {
    kind: "against_majority",
    severity: 2,
    summary: "免予刑事处罚",
    clusterId: "c-appeal",
    case: { id: "k", caseNumber: "（2020）浙01刑终5号", penalty: "免予刑事处罚", appeal: "affirmed" },
    numbers: { majorityShare: 0.9, ownShare: 0.1, clusterSize: 10 },
  };

  it("charts the dimension the majority finding is about, not just any the case has", () => {
    expect(shareKindOf(finding, cluster)).toBe("penalty");
    const [figure, ...rest] = clusterCharts(cluster, [finding]);
    expect(rest).toHaveLength(0);
    expect(figure).toContain('data-chart="penalty"');
    expect(figure).toMatch(/<g class="row flagged">.*免予刑事处罚<\/text><rect class="bar flagged"/);
  });

  it("charts an administrative cluster's rulings on the act sued, not an empty months chart", () => {
    const split: Audit["clusters"][number] = {
      id: "c-admin",
      label: "行政处罚",
      charges: ["行政处罚"],
      statutes: [],
      caseIds: [],
      distribution: {
        size: 9,
        administrativeShares: { revoked: 0.4444, dismissed: 0.3333, sustained: 0.2222 },
        administrativeSides: { plaintiff: 4, agency: 5 },
      },
      dispersion: 0.889,
    };
    const dispersed: Audit["findings"][number] = {
      kind: "dispersed_cluster",
      severity: 1.2,
      summary: "行政处罚类案 9 件裁判结果离散",
      clusterId: "c-admin",
      numbers: { size: 9, dispersion: 0.889, forPlaintiff: 4, againstPlaintiff: 5 },
    };
    const [figure, ...rest] = clusterCharts(split, [dispersed]);
    expect(rest).toHaveLength(0);
    expect(figure).toContain('data-chart="administrative"');
    expect(figure).toContain("撤销被诉行政行为");
    const against = { ...finding, clusterId: "c-admin", case: { id: "k", administrative: ["revoked"] } };
    expect(shareKindOf(against, split)).toBe("administrative");
  });

  it("charts a highlighted category absent from the shares as a zero bar", () => {
    const [figure] = clusterCharts(cluster, [
      { ...finding, case: { id: "k", caseNumber: "x", penalty: "拘役" }, numbers: {} },
    ]);
    expect(figure).toMatch(/拘役<\/text><rect class="bar flagged"[^>]*width="0"/);
  });
});

describe("renderDeviationHtml", () => {
  const page = renderDeviationHtml(fixtureDeviation, "拘役5个月，并处罚金5000元", {
    penalty: "拘役",
    months: 5,
    fine: 5000,
  });
  const pageText = htmlText(page);

  it("shows the warning level and reason first", () => {
    expect(page.startsWith('<!DOCTYPE html>\n<html lang="zh-CN">')).toBe(true);
    expect(page).not.toMatch(/<script|<link|<img|url\(/i);
    const level = page.indexOf('id="level"');
    expect(level).toBeGreaterThan(-1);
    expect(level).toBeLessThan(page.indexOf("<svg"));
    expect(page).toContain(
      'class="lead warning" id="level" data-level="warning">预警：建议提交专业法官会议讨论</p>',
    );
    expect(pageText).toContain(fixtureDeviation.reason);
    expect(pageText).toContain("高于 95% 的类案");
  });

  it("places the proposed outcome on the distribution chart", () => {
    expect(page).toMatch(/<g class="proposed" data-value="5">.*<circle class="proposed" cx="[\d.]+"/);
    expect(page).toContain("拟判：拘役5个月，并处罚金5000元</text>");
    expect(page.match(/<circle class="dot"/g)).toHaveLength(20);
    expect(page).toContain("拟判结果</th><td>拘役5个月，并处罚金5000元</td>");
    // The single-kind penalty shares are charted because the proposed penalty kind is known.
    expect(page).toContain('<rect class="bar proposed"');
  });

  it("names the shaded band in the chart's legend in words a judge reads, as the reason does", () => {
    const legend = /<text class="legend"[^>]*>([^<]*)<\/text>/.exec(page)?.[1];
    expect(legend).toBe("中位数 2　八成类案 1.5–3　共 20 件");
    expect(pageText).toContain("八成在 1 个月 15 日至 3 个月之间");
    expect(pageText).not.toMatch(/P10|P90|第 10 至第 90 百分位/);
  });

  it("says the proposed outcome once, and no research office's measure, on the judge's page (review16)", () => {
    expect(pageText).not.toMatch(/拟判结果\s*拟判|拟判结果拟判/);
    expect(page).toContain("拟判结果为拘役5个月，并处罚金5000元");
    expect(pageText).not.toMatch(/绝对中位差|MAD|百分位/);
  });

  it("lists the similar cases with court level, date and committee", () => {
    for (const c of fixtureDeviation.similarCases) expect(pageText).toContain(c.caseNumber ?? c.id);
    expect(pageText).toContain("拘役 2 个月，缓刑 4 个月，罚金 3000 元");
    expect(pageText).toContain("比较的类案（3 件）");
  });

  it("without the proposed values it still renders, with no mark on the chart", () => {
    const plain = renderDeviationHtml(fixtureDeviation, "拘役5个月");
    expect(plain).toContain("<svg");
    expect(plain).not.toContain('class="proposed"');
    expect(htmlText(plain)).toContain("拘役5个月");
  });

  it("renders 无数据 when nothing is compared, and escapes the label", () => {
    const none = renderDeviationHtml(
      {
        ...fixtureDeviation,
        comparedTo: { size: 0 },
        similarCases: [],
        level: "none",
        suggestJudgesMeeting: false,
      },
      "<免予刑事处罚> & 训诫",
    );
    expect(none).not.toContain("<svg");
    expect(none).toContain(NO_DATA);
    expect(none).toContain("&lt;免予刑事处罚&gt; &amp; 训诫");
    expect(none).toContain("未见明显偏离");
  });

  it("is deterministic", () => {
    expect(
      renderDeviationHtml(structuredClone(fixtureDeviation), "拘役5个月，并处罚金5000元", {
        penalty: "拘役",
        months: 5,
        fine: 5000,
      }),
    ).toBe(page);
  });
});
