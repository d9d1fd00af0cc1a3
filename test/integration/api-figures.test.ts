/**
 * The charts the workbench shows: an audit cluster's figures and a deviation check's figures,
 * the same SVG the printable pages draw, served as HTML fragments.
 */
import { describe, expect, it } from "vitest";
import { OUTLIER, PENDING_FACTS, workbenchCorpus } from "../browser/corpus.ts";
import { indexedApi, TOKENS } from "./api-fixtures.ts";

describe("chart figures for the workbench", () => {
  const { api } = indexedApi("figures", workbenchCorpus());

  it("GET /audits/:id/figures?cluster= gives the flagged cluster's months chart marking the outlier", async () => {
    const run = await api.call("/api/v1/audits", {
      body: { scope: { charges: ["危险驾驶罪"] } },
      token: TOKENS.research,
    });
    expect(run.status).toBe(201);
    const finding = run.body.findings.find(
      (f: { case?: { caseNumber?: string } }) => f.case?.caseNumber === OUTLIER,
    );
    expect(
      finding,
      JSON.stringify(run.body.findings.map((f: { summary: string }) => f.summary)),
    ).toBeDefined();
    const path = `/api/v1/audits/${run.body.id}/figures?cluster=${encodeURIComponent(finding.clusterId)}`;
    const res = await api.call(path, { token: TOKENS.research });
    expect(res.status).toBe(200);
    expect(res.body.clusterId).toBe(finding.clusterId);
    const months = res.body.figures.find((f: string) => f.includes('data-chart="months"'));
    expect(months).toContain("<svg");
    expect(months).toContain(OUTLIER);
    expect(res.body.figures.join("")).not.toContain("<script");

    expect((await api.call(path, { token: TOKENS.admin })).status).toBe(200);
    expect((await api.call(path, { token: TOKENS.judge })).status).toBe(403);
    const missing = await api.call(`/api/v1/audits/${run.body.id}/figures?cluster=nope`, {
      token: TOKENS.research,
    });
    expect(missing.status).toBe(404);
    expect(missing.body.error.details[0].path).toBe("query.cluster");
    const noCluster = await api.call(`/api/v1/audits/${run.body.id}/figures`, { token: TOKENS.research });
    expect(noCluster.status).toBe(400);
    expect(noCluster.body.error.details[0].path).toBe("query.cluster");
  });

  it("POST /deviation?figures=true adds the chart with the proposed outcome; without it the shape is unchanged", async () => {
    const body = { facts: PENDING_FACTS, charges: ["危险驾驶罪"], proposed: { penalty: "拘役", months: 6 } };
    const plain = await api.call("/api/v1/deviation", { body });
    expect(plain.status).toBe(200);
    expect(plain.body.figures).toBeUndefined();
    const withFigures = await api.call("/api/v1/deviation?figures=true", { body });
    expect(withFigures.status).toBe(200);
    expect(withFigures.body.level).toBe(plain.body.level);
    const months = withFigures.body.figures.find((f: string) => f.includes('data-chart="months"'));
    expect(months).toContain("<svg");
    expect(months).toContain("拟判：拘役 6 个月");
    const bad = await api.call("/api/v1/deviation?figures=yes", { body });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details[0].path).toBe("query.figures");
  });
});
