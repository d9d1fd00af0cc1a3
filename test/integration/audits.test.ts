/**
 * Audits and deviation checks against a real Elasticsearch, on real LeCaRD judgments of 危险驾驶罪
 * (parsed by the indexer's converter and indexed through the real document builder) with planted
 * outliers: copies of real judgments, same facts, the sentence multiplied by 8.
 */
import { spawn } from "node:child_process";
import { createReadStream, existsSync } from "node:fs";
import path from "node:path";
import { createInterface } from "node:readline";
import { createBrotliDecompress } from "node:zlib";
import { describe, expect, it } from "vitest";
import { toRecord } from "../../indexer/convert.ts";
import { FACT_THRESHOLD } from "../../src/audit/facts.ts";
import { termText } from "../../src/judgment/numerals.ts";
import { comparableSentence } from "../../src/judgment/outcome.ts";
import type { JudgmentRecord } from "../../src/judgment/record.ts";
import { indexedApi, TOKENS } from "./api-fixtures.ts";
import { esUrl } from "./helpers.ts";

const corpus = path.resolve(import.meta.dirname, "../../../shared/data/lecard/candidates.jsonl.br");
const cli = path.resolve(import.meta.dirname, "../../indexer/cli.ts");
const CHARGE = "危险驾驶罪";
const PLANTED = 6;

async function drunkDrivingJudgments(limit: number): Promise<JudgmentRecord[]> {
  const lines = createInterface({
    input: createReadStream(corpus).pipe(createBrotliDecompress()),
    crlfDelay: Number.POSITIVE_INFINITY,
  });
  const out: JudgmentRecord[] = [];
  for await (const line of lines) {
    if (!line.includes(CHARGE)) continue;
    const record = await toRecord({ kind: "json", format: "lecard", line });
    if (record.charges.length === 1 && record.charges[0] === CHARGE) out.push(record);
    if (out.length >= limit) break;
  }
  lines.close();
  return out;
}

/** A copy of `r` with every term multiplied by 8: the same facts, an outlying sentence. */
function planted(r: JudgmentRecord, i: number): JudgmentRecord {
  const { caseNumber: _n, sourceId: _s, ...rest } = r;
  return {
    ...rest,
    id: `planted-${i}`,
    outcome: {
      ...r.outcome,
      criminal: (r.outcome.criminal ?? []).map((s) => ({
        ...s,
        ...(s.months ? { months: s.months * 8 } : {}),
      })),
    },
  };
}

describe.skipIf(!existsSync(corpus))("audits and deviation on real LeCaRD judgments", () => {
  let records: JudgmentRecord[] = [];
  let originals: JudgmentRecord[] = [];
  // biome-ignore lint/suspicious/noExplicitAny: response bodies are read loosely
  let audit: any;

  const { prefix, alias, api } = indexedApi("audits", async () => {
    records = await drunkDrivingJudgments(400);
    // Originals: a single 拘役 of 2–6 months with no injury, so the copy lands in the main cluster.
    originals = records
      .filter((r) => {
        const s = r.outcome.criminal ?? [];
        return (
          s.length === 1 &&
          s[0]?.penalty === "拘役" &&
          (s[0].months ?? 0) >= 2 &&
          !/轻伤|重伤|死亡/.test(r.text)
        );
      })
      .slice(0, PLANTED);
    return [...records, ...originals.map(planted)];
  });
  const auditsAlias = `${prefix}audits`;

  it("finds every planted outlier and ranks it among the top findings", async () => {
    expect(records.length).toBeGreaterThan(300);
    expect(originals).toHaveLength(PLANTED);
    const res = await api.call("/api/v1/audits", {
      body: { scope: { charges: [CHARGE] } },
      token: TOKENS.research,
    });
    expect(res.status).toBe(201);
    audit = res.body;
    expect(audit.casesExamined).toBe(records.length + PLANTED);
    const outliers = audit.findings.filter((f: { kind: string }) => f.kind === "outlier_months");
    const rankOf = (id: string) =>
      audit.findings.findIndex((f: { case?: { id: string } }) => f.case?.id === id);
    for (let i = 0; i < PLANTED; i++) {
      const finding = outliers.find((f: { case: { id: string } }) => f.case.id === `planted-${i}`);
      expect(finding, `planted-${i}`).toBeDefined();
      expect(finding.numbers.months).toBe((originals[i]?.outcome.criminal?.[0]?.months ?? 0) * 8);
      expect(finding.numbers.robustZ).toBeGreaterThanOrEqual(3.5);
      expect(finding.summary).toContain(termText(finding.numbers.months));
      // Its facts are its original's, in the same cluster: the engine's fact check finds it alike
      // and does not downgrade it.
      expect(finding.numbers.factSimilarity).toBeGreaterThanOrEqual(FACT_THRESHOLD);
      expect(finding.summary).not.toContain("可能属不同情形");
      // Among the top findings: within the first PLANTED + 10 of all findings.
      expect(
        rankOf(`planted-${i}`),
        JSON.stringify(audit.findings.slice(0, 20).map((f: { summary: string }) => f.summary)),
      ).toBeLessThan(PLANTED + 10);
      const cluster = audit.clusters.find((c: { id: string }) => c.id === finding.clusterId);
      expect(cluster.caseIds).toContain(originals[i]?.id);
    }
    // Every finding about a single case carries the fact check.
    for (const f of audit.findings.filter((f: { case?: unknown }) => f.case))
      expect(f.numbers.factSimilarity, f.summary).toBeTypeOf("number");
    // The originals themselves are not outliers.
    for (const o of originals)
      expect(outliers.some((f: { case: { id: string } }) => f.case.id === o.id)).toBe(false);
  });

  it("stores audits: read back as JSON and HTML, listed newest first, research only may run one", async () => {
    const judge = await api.call("/api/v1/audits", {
      body: { scope: { charges: [CHARGE] } },
      token: TOKENS.judge,
    });
    expect(judge.status).toBe(403);
    const admin = await api.call("/api/v1/audits", {
      body: { scope: { charges: [CHARGE] } },
      token: TOKENS.admin,
    });
    expect(admin.status).toBe(403);
    const second = await api.call("/api/v1/audits", {
      body: { scope: { charges: [CHARGE], dateFrom: "2015-01-01" }, outlierZ: 5 },
      token: TOKENS.research,
    });
    expect(second.status).toBe(201);
    const read = await api.call(`/api/v1/audits/${audit.id}`, { token: TOKENS.admin });
    expect(read.status).toBe(200);
    expect(read.body.findings).toEqual(audit.findings);
    const html = await fetch(`${api.url}/api/v1/audits/${audit.id}?format=html`, {
      headers: { authorization: `Bearer ${TOKENS.research}` },
    });
    expect(html.status).toBe(200);
    expect(html.headers.get("content-type")).toContain("text/html");
    expect(await html.text()).toContain("planted-0");
    const list = await api.call("/api/v1/audits", { token: TOKENS.research });
    expect(list.status).toBe(200);
    expect(list.body.audits.map((a: { id: string }) => a.id).slice(0, 2)).toEqual([second.body.id, audit.id]);
    expect(list.body.audits[1]).toMatchObject({
      casesExamined: audit.casesExamined,
      findingCount: audit.findings.length,
    });
    expect((await api.call("/api/v1/audits", { token: TOKENS.judge })).status).toBe(403);
    expect(
      (await api.call("/api/v1/audits/audit-20990101000000-abcdef", { token: TOKENS.research })).status,
    ).toBe(404);
  });

  it("deviation: a typical outcome passes, an outlying one warns with the reason and a judges' meeting", async () => {
    const facts = originals[0]?.sections.facts ?? originals[0]?.text.slice(0, 2000) ?? "";
    const typical = await api.call("/api/v1/deviation", {
      body: { facts, charges: ["危险驾驶"], proposed: { penalty: "拘役", months: 2 } },
    });
    expect(typical.status).toBe(200);
    expect(["none", "notice"]).toContain(typical.body.level);
    expect(typical.body.suggestJudgesMeeting).toBe(false);
    expect(typical.body.similarCases.length).toBeGreaterThanOrEqual(10);
    expect(typical.body.comparedTo.months.values.length).toBeGreaterThanOrEqual(10);
    // Each case is compared by its sentence for 危险驾驶罪 alone: an earlier judgment's sentence joined
    // (与前罪…并罚) or a co-defendant's other crime is not the 醉驾's.
    const byId = new Map([...records, ...originals.map(planted)].map((r) => [r.id, r]));
    for (const c of typical.body.similarCases) {
      const own = comparableSentence(byId.get(c.id)?.outcome.criminal, CHARGE);
      expect(own, c.id).toBeDefined();
      expect([c.penalty, c.months], c.id).toEqual([own?.penalty, own?.months]);
    }
    const outlying = await api.call("/api/v1/deviation", {
      body: { facts, charges: ["危险驾驶罪"], proposed: { penalty: "拘役", months: 12 } },
      token: TOKENS.research,
    });
    expect(outlying.status).toBe(200);
    expect(outlying.body.level).toBe("warning");
    expect(outlying.body.reason).toMatch(
      /与类案裁判可能冲突：拟判拘役 1 年，重于 \d+% 的 \d+ 件判处拘役的类案。/,
    );
    expect(outlying.body.percentile).toBeGreaterThan(90);
    expect(outlying.body.suggestJudgesMeeting).toBe(true);
    const novel = await api.call("/api/v1/deviation", {
      body: { facts, charges: ["危险驾驶罪"], proposed: { penalty: "免予刑事处罚" } },
    });
    // Few similar cases were exempted (免予刑事处罚): a conflict with them, to take to a meeting.
    expect(novel.body).toMatchObject({ level: "warning", suggestJudgesMeeting: true });
    expect(novel.body.reason).toMatch(/与类案裁判可能冲突：\d+ 件类案中仅 \d+% 判处免予刑事处罚/);
    // A penalty §133-1 does not provide is refused, not weighed as a new standard.
    const unlawful = await api.call("/api/v1/deviation", {
      body: { facts, charges: ["危险驾驶罪"], proposed: { penalty: "无期徒刑" } },
    });
    expect(unlawful.status).toBe(400);
    expect(unlawful.body.error.details[0].path).toBe("proposed.penalty");
    expect(
      (
        await api.call("/api/v1/deviation", {
          body: { facts, proposed: { penalty: "拘役", months: 2 } },
          token: TOKENS.admin,
        })
      ).status,
    ).toBe(403);
  });

  it("bad input is a 4xx naming the field", async () => {
    const research = TOKENS.research;
    const unknown = await api.call("/api/v1/audits", {
      body: { scope: { charges: ["偷东西罪"] } },
      token: research,
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.details[0].path).toBe("scope.charges.0");
    const empty = await api.call("/api/v1/audits", {
      body: { scope: { charges: ["盗窃罪"], dateFrom: "2015-01-01" } },
      token: research,
    });
    expect(empty.status).toBe(422);
    expect(empty.body.error).toMatchObject({ code: "empty_scope" });
    expect(empty.body.error.message).toContain("没有符合条件的生效裁判");
    const badDate = await api.call("/api/v1/audits", {
      body: { scope: { dateFrom: "2015-13-01" } },
      token: research,
    });
    expect(badDate.body.error.details[0].path).toBe("scope.dateFrom");

    const facts = "被告人醉酒后驾驶小型轿车在道路上行驶，被民警查获，血液乙醇含量为180毫克/100毫升。";
    const cases: [unknown, string][] = [
      [{ facts, charges: ["醉驾罪"], proposed: { penalty: "拘役", months: 2 } }, "charges.0"],
      [{ facts, charges: [CHARGE], proposed: { penalty: "有期徒刑", months: 0 } }, "proposed.months"],
      [{ facts, charges: [CHARGE], proposed: { penalty: "有期徒刑", months: 400 } }, "proposed.months"],
      [{ facts, charges: [CHARGE], proposed: { penalty: "死刑", months: 24 } }, "proposed.months"],
      [
        { facts, charges: [CHARGE], proposed: { penalty: "有期徒刑", months: 60, probationMonths: 60 } },
        "proposed.probationMonths",
      ],
      [{ facts, charges: [CHARGE], proposed: {} }, "proposed"],
      [{ facts: "太短", proposed: { penalty: "拘役", months: 2 } }, "facts"],
    ];
    for (const [body, path] of cases) {
      const res = await api.call("/api/v1/deviation", { body });
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.error.details[0].path, JSON.stringify(res.body)).toBe(path);
    }
  });

  it("the CLI stores and prints a JSON audit", async () => {
    const child = spawn(
      process.execPath,
      [cli, "--alias", alias, "audit", "--charge", CHARGE, "--from", "2010-01-01"],
      {
        env: { ...process.env, ES_URL: esUrl(), LEIAN_LOG_LEVEL: "warn", LEIAN_ALIAS_AUDITS: auditsAlias },
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    let out = "";
    let err = "";
    child.stdout.on("data", (d: Buffer) => {
      out += d.toString();
    });
    child.stderr.on("data", (d: Buffer) => {
      err += d.toString();
    });
    const code = await new Promise((r) => child.once("exit", r));
    expect(code, err).toBe(0);
    const printed = JSON.parse(out);
    expect(printed.request.scope).toMatchObject({ charges: [CHARGE], dateFrom: "2010-01-01" });
    expect(printed.findings.some((f: { case?: { id: string } }) => f.case?.id === "planted-0")).toBe(true);
    expect(err).toMatch(/audit audit-\d{14}-[0-9a-f]{6}: \d+ cases/);
    // Stored like an audit run through the API: the research office lists it.
    const listed = await api.call("/api/v1/audits", { token: TOKENS.research });
    expect(listed.body.audits.map((a: { id: string }) => a.id)).toContain(printed.id);

    const bad = spawn(process.execPath, [cli, "--alias", alias, "audit", "--charge", "偷东西罪"], {
      env: { ...process.env, ES_URL: esUrl() },
      stdio: ["ignore", "ignore", "pipe"],
    });
    let badErr = "";
    bad.stderr.on("data", (d: Buffer) => {
      badErr += d.toString();
    });
    expect(await new Promise((r) => bad.once("exit", r))).toBe(1);
    expect(badErr).toContain("--charge.0");
  });
});
