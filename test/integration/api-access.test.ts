import { Writable } from "node:stream";
import { pino } from "pino";
import { describe, expect, it } from "vitest";
import { FAILED_SIGN_INS_PER_MINUTE } from "../../src/api/auth.ts";
import { indexedApi, record, sha, startApi, TOKENS } from "./api-fixtures.ts";
import { esUrl } from "./helpers.ts";

describe("/api/v1 access, limits, validation and case records", () => {
  const { client, alias, api } = indexedApi("apiaccess", [
    record({
      id: "case-1",
      title: "张某盗窃一案",
      court: "北京市海淀区人民法院",
      decisionDate: "2020-01-02",
      charges: ["盗窃罪"],
      sections: { facts: "被告人盗窃手机一部。" },
      text: "被告人盗窃手机一部。",
    }),
    record({
      id: "case-old-law",
      title: "李某诉王某借款合同纠纷一案",
      category: "民事",
      decisionDate: "2015-06-01",
      causes: ["借款合同纠纷"],
      statutes: [
        { law: "中华人民共和国合同法", article: 206 },
        { law: "中华人民共和国民事诉讼法", article: 64 },
      ],
      sections: { facts: "被告向原告借款五万元，到期未还。" },
      text: "被告向原告借款五万元，到期未还。",
    }),
  ]);

  it("401 without a token and with an unknown one, in the error shape, with a Bearer challenge", async () => {
    for (const token of [null, "not-a-configured-token"]) {
      const res = await api.call("/api/v1/search", { body: { q: "盗窃" }, token });
      expect(res.status).toBe(401);
      expect(res.body.error).toMatchObject({ code: "unauthorized", message: expect.stringMatching(/令牌/) });
      expect(res.headers.get("www-authenticate")).toMatch(/^Bearer/);
    }
    // The body of an anonymous request is never read: too large, not JSON or not even
    // decompressible, it is still a 401.
    const unread: { raw: string; headers?: Record<string, string> }[] = [
      { raw: JSON.stringify({ q: "盗".repeat(600_000) }) },
      { raw: "{not json" },
      { raw: "q=1", headers: { "content-type": "application/x-www-form-urlencoded" } },
      { raw: "{}", headers: { "content-encoding": "br" } },
    ];
    for (const request of unread) {
      const res = await api.call("/api/v1/search", { ...request, token: null });
      expect(res.status, request.raw.slice(0, 12)).toBe(401);
    }
    // Outside the API no body is read either: an unknown path is a 404 whatever is sent to it.
    const form = await api.call("/nowhere", {
      raw: "q=1",
      headers: { "content-type": "application/x-www-form-urlencoded" },
    });
    expect(form.status).toBe(404);
  });

  it("logs who made each request, never the credentials it carried (review16)", async () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const logged = await startApi(esUrl(), client, alias, { logger: pino({ level: "info" }, sink) });
    try {
      expect((await logged.call("/api/v1/me")).status).toBe(200);
      const denied = await logged.call("/api/v1/me", {
        token: "typed-by-mistake-secret",
        headers: { cookie: "session=cookie-secret", "proxy-authorization": "Basic proxy-secret" },
      });
      expect(denied.status).toBe(401);
    } finally {
      await logged.close();
    }
    const log = lines.join("");
    for (const secret of [TOKENS.judge, "typed-by-mistake-secret", "cookie-secret", "proxy-secret"])
      expect(log).not.toContain(secret);
    const entries = lines.map((l) => JSON.parse(l)).filter((e) => e.req);
    expect(entries).toHaveLength(2);
    expect(entries[0]).toMatchObject({
      user: "张法官",
      req: { url: "/api/v1/me", headers: { authorization: "[redacted]" } },
    });
    expect(entries[1].req.headers).toMatchObject({
      cookie: "[redacted]",
      "proxy-authorization": "[redacted]",
    });
  });

  it("attributes the request to the token's user, and 403s a role not allowed on a route", async () => {
    const me = await api.call("/api/v1/me", { token: TOKENS.research });
    expect(me.body).toEqual({ user: "研究室李某", court: "北京市高级人民法院", role: "research" });
    const forbidden = await api.call("/api/v1/related", { body: { caseId: "case-1" }, token: TOKENS.admin });
    expect(forbidden.status).toBe(403);
    expect(forbidden.body.error.code).toBe("forbidden");
    const similar = await api.call("/api/v1/similar", {
      body: { facts: "被告人盗窃他人手机一部，价值三千元。" },
      token: TOKENS.admin,
    });
    expect(similar.status).toBe(403);
    // An operator may still read published judgments.
    expect((await api.call("/api/v1/cases/case-1", { token: TOKENS.admin })).status).toBe(200);
  });

  it("400 with the field path and a Chinese message for bad input", async () => {
    const res = await api.call("/api/v1/search", {
      body: { q: "盗窃", size: 500, filters: { dateFrom: "2020-13-45" }, parts: ["附件"] },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe("invalid_request");
    const paths = res.body.error.details.map((d: { path: string }) => d.path);
    expect(paths).toEqual(expect.arrayContaining(["size", "filters.dateFrom", "parts.0"]));
    expect(res.body.error.message).toMatch(/[\u4e00-\u9fff]/);
    const order = await api.call("/api/v1/search", {
      body: { filters: { dateFrom: "2021-01-01", dateTo: "2020-01-01" } },
    });
    expect(order.body.error.details).toEqual([
      { path: "filters.dateTo", message: "结束日期不能早于开始日期" },
    ]);
    const unknown = await api.call("/api/v1/search", { body: { query: "盗窃" } });
    expect(unknown.status).toBe(400);
    const tooLong = await api.call("/api/v1/search", { body: { q: "盗".repeat(501) } });
    expect(tooLong.body.error.details[0]).toEqual({ path: "q", message: "检索词过长（上限 500 字）" });
    const related = await api.call("/api/v1/related", { body: {} });
    expect(related.body.error.details[0].path).toBe("caseId");
    const facts = await api.call("/api/v1/similar", { body: { facts: "短" } });
    expect(facts.body.error.details[0]).toMatchObject({ path: "facts" });
    // Long enough, but nothing to compare cases by: a query without terms would match every case.
    const digits = await api.call("/api/v1/similar", { body: { facts: "1234567890 5000元" } });
    expect(digits.status).toBe(400);
    expect(digits.body.error.details[0]).toMatchObject({
      path: "facts",
      message: expect.stringMatching(/词语/),
    });
    const bad = await api.call("/api/v1/search", { raw: "{not json" });
    expect(bad.status).toBe(400);
    // JSON, but not an object.
    const notObject = await api.call("/api/v1/search", { raw: "null" });
    expect(notObject.status).toBe(400);
    expect(notObject.body.error.message).toContain("JSON 对象");
    // A path parameter that cannot be decoded is the client's error, not a 500.
    const undecodable = await api.call("/api/v1/cases/%ZZ", { method: "GET" });
    expect(undecodable.status).toBe(400);
    expect(undecodable.body.error).toMatchObject({ code: "invalid_request", details: [{ path: "params" }] });
  });

  it("400 for a field named twice, with its path, rather than the last one silently winning", async () => {
    const res = await api.call("/api/v1/search", {
      raw: '{"q":"盗窃","filters":{"charges":["盗窃罪"],"charges":["抢劫罪"]}}',
    });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: "invalid_request", details: [{ path: "filters.charges" }] });
  });

  it("415 for a body in another charset or an unknown encoding, in the error shape", async () => {
    const gbk = await api.call("/api/v1/search", {
      raw: JSON.stringify({ q: "盗窃" }),
      headers: { "content-type": "application/json; charset=gbk" },
    });
    expect(gbk.status).toBe(415);
    expect(gbk.body.error).toMatchObject({
      code: "unsupported_media_type",
      message: expect.stringContaining("UTF-8"),
    });
    const packed = await api.call("/api/v1/search", {
      raw: JSON.stringify({ q: "盗窃" }),
      headers: { "content-encoding": "compress" },
    });
    expect(packed.status).toBe(415);
    expect(packed.body.error.message).toContain("Content-Encoding");
    // A body of another media type is told to be JSON, not validated as absent.
    for (const type of ["text/plain", "application/x-www-form-urlencoded"]) {
      const other = await api.call("/api/v1/search", {
        raw: type === "text/plain" ? JSON.stringify({ q: "盗窃" }) : "q=%E7%9B%97%E7%AA%83",
        headers: { "content-type": type },
      });
      expect(other.status, type).toBe(415);
      expect(other.body.error).toMatchObject({
        code: "unsupported_media_type",
        message: expect.stringContaining("application/json"),
      });
    }
    // Corrupt compressed data is the client's error (400), not a 500.
    const corrupt = await api.call("/api/v1/search", {
      raw: "{}",
      headers: { "content-encoding": "br" },
    });
    expect(corrupt.status).toBe(400);
    expect(corrupt.body.error.code).toBe("invalid_request");
  });

  it("405 with Allow for a documented path asked with another method", async () => {
    const get = await api.call("/api/v1/search", { method: "GET" });
    expect(get.status).toBe(405);
    expect(get.headers.get("allow")).toBe("POST");
    expect(get.body.error).toMatchObject({ code: "method_not_allowed", details: { allowed: ["POST"] } });
    const del = await api.call("/api/v1/cases/case-1", { method: "DELETE" });
    expect(del.status).toBe(405);
    expect(del.headers.get("allow")).toBe("GET");
    // An undocumented path stays a 404.
    expect((await api.call("/api/v1/nowhere", { method: "GET" })).status).toBe(404);
  });

  it("413 for a body over 1 MB, in the error shape", async () => {
    const res = await api.call("/api/v1/search", { raw: JSON.stringify({ q: "盗".repeat(600_000) }) });
    expect(res.status).toBe(413);
    expect(res.body.error.code).toBe("payload_too_large");
  });

  it("returns a case's full record, 404 in the error shape when missing", async () => {
    const found = await api.call("/api/v1/cases/case-1", { token: TOKENS.research });
    expect(found.status).toBe(200);
    expect(found.body).toMatchObject({
      id: "case-1",
      title: "张某盗窃一案",
      charges: ["盗窃罪"],
      sections: { facts: "被告人盗窃手机一部。" },
    });
    // A case that applied a law since repealed says so, as /similar and reports do; one that did not, nothing.
    expect(found.body.repealedLaws).toBeUndefined();
    const old = await api.call("/api/v1/cases/case-old-law", { token: TOKENS.judge });
    expect(old.status).toBe(200);
    expect(old.body.repealedLaws).toBe(
      "所适用的《合同法》已于2021年1月1日废止（《民法典》第一千二百六十条），参照时应对照现行法律",
    );
    expect(old.body.statutes).toHaveLength(2);
    const missing = await api.call("/api/v1/cases/no-such-case", { token: TOKENS.research });
    expect(missing.status).toBe(404);
    expect(missing.body.error).toMatchObject({
      code: "not_found",
      message: expect.stringContaining("no-such-case"),
    });
  });

  it("serves the OpenAPI 3.1 document generated from the schemas, without a token", async () => {
    const res = await api.call("/api/v1/openapi.json", { token: null });
    expect(res.status).toBe(200);
    expect(res.body.openapi).toBe("3.1.0");
    expect(Object.keys(res.body.paths)).toEqual(
      expect.arrayContaining(["/api/v1/search", "/api/v1/related", "/api/v1/similar", "/api/v1/cases/{id}"]),
    );
    expect(res.body.components.schemas.SearchRequest.properties.size.maximum).toBe(100);
    expect(res.headers.get("content-security-policy")).toBeTruthy(); // helmet
  });

  it("429 per token once the rate limit is spent, while another token is unaffected", async () => {
    // A second token of the same judge: its own budget.
    const second = "judge-token-2";
    const limitedApi = await startApi(esUrl(), client, alias, {
      http: { rateLimitPerMinute: 3 },
      tokens: [{ sha256: sha(second), user: "张法官", court: "北京市海淀区人民法院", role: "judge" }],
    });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 4; i++)
        statuses.push((await limitedApi.call("/api/v1/me", { token: TOKENS.judge })).status);
      expect(statuses).toEqual([200, 200, 200, 429]);
      const limited = await limitedApi.call("/api/v1/me", { token: TOKENS.judge });
      expect(limited.body.error).toMatchObject({
        code: "rate_limited",
        message: expect.stringMatching(/频繁/),
      });
      expect((await limitedApi.call("/api/v1/me", { token: TOKENS.research })).status).toBe(200);
      const other = await limitedApi.call("/api/v1/me", { token: second });
      expect(other).toMatchObject({ status: 200, body: { user: "张法官" } });
    } finally {
      await limitedApi.close();
    }
  });

  it("stops token guessing: 429 once an address has failed to sign in too often in a minute", async () => {
    // The count runs per clock minute: start well inside one.
    const second = new Date().getSeconds();
    if (second > 45) await new Promise((r) => setTimeout(r, (61 - second) * 1000));
    const guarded = await startApi(esUrl(), client, alias);
    try {
      // Signed-in requests do not count against the address.
      for (let i = 0; i < FAILED_SIGN_INS_PER_MINUTE + 5; i++)
        expect((await guarded.call("/api/v1/me", { token: TOKENS.judge })).status).toBe(200);
      for (let i = 0; i < FAILED_SIGN_INS_PER_MINUTE; i++)
        expect((await guarded.call("/api/v1/me", { token: `guess-${i}` })).status).toBe(401);
      const refused = await guarded.call("/api/v1/me", { token: "guess-next" });
      expect(refused.status).toBe(429);
      expect(refused.body.error).toMatchObject({
        code: "rate_limited",
        message: expect.stringMatching(/登录失败/),
      });
      // A judge who signed in from this address this minute (one proxy for a whole court) keeps
      // working; a token not seen from it yet waits out the minute like a guess.
      expect((await guarded.call("/api/v1/me", { token: TOKENS.judge })).status).toBe(200);
      expect((await guarded.call("/api/v1/me", { token: TOKENS.research })).status).toBe(429);
    } finally {
      await guarded.close();
    }
  });
});
