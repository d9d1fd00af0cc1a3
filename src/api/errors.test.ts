import { createServer } from "node:http";
import { type AddressInfo, connect } from "node:net";
import type { NextFunction, Request, Response } from "express";
import { describe, expect, it } from "vitest";
import { LeianError } from "../errors.ts";
import { answerUnparsableRequests, renderError } from "./errors.ts";

/** Runs renderError on `err`; returns the status, body and what was logged. */
function render(err: unknown) {
  const logged: { obj: Record<string, unknown>; msg: string }[] = [];
  const req = { log: { error: (obj: Record<string, unknown>, msg: string) => logged.push({ obj, msg }) } };
  const out: { status?: number; body?: unknown } = {};
  const res = {
    status(code: number) {
      out.status = code;
      return this;
    },
    json(body: unknown) {
      out.body = body;
      return this;
    },
  };
  renderError(err, req as unknown as Request, res as unknown as Response, (() => {}) as NextFunction);
  return { ...out, logged };
}

describe("renderError", () => {
  it("logs what the engine said behind a 5xx, and tells the client only the Chinese message", () => {
    const cause = new Error("search_phase_execution_exception: failed to create query");
    const { status, body, logged } = render(
      new LeianError("engine_error", "检索服务出错，请稍后重试", { cause }),
    );
    expect(status).toBe(502);
    expect(body).toEqual({
      error: { code: "engine_error", message: "检索服务出错，请稍后重试", details: null },
    });
    expect(logged).toHaveLength(1);
    expect(logged[0]?.obj.cause).toBe(cause);
    // A client error is the client's to fix: nothing to log.
    expect(render(new LeianError("invalid_request", "请求参数有误")).logged).toEqual([]);
  });

  it("answers the body parser's refusals with 4xx in the error shape", () => {
    const charset = Object.assign(new Error('unsupported charset "GBK"'), { type: "charset.unsupported" });
    expect(render(charset)).toMatchObject({
      status: 415,
      body: { error: { code: "unsupported_media_type" } },
    });
    const aborted = Object.assign(new Error("request aborted"), { type: "request.aborted" });
    expect(render(aborted)).toMatchObject({ status: 400, body: { error: { code: "invalid_request" } } });
    // Corrupt compressed data: zlib's error, marked 400 by http-errors, with no parser type.
    const corrupt = Object.assign(new Error("unexpected end of file"), {
      status: 400,
      expose: true,
      code: "Z_BUF_ERROR",
    });
    const decoded = render(corrupt);
    expect(decoded).toMatchObject({
      status: 400,
      body: { error: { code: "invalid_request", details: [{ path: "" }] } },
    });
    expect(decoded.logged).toEqual([]);
    const other = render(new Error("boom"));
    expect(other).toMatchObject({ status: 500, body: { error: { code: "internal_error" } } });
    expect(other.logged).toHaveLength(1);
  });
});

describe("answerUnparsableRequests", () => {
  /** Sends `raw` bytes to a server answering with the handler; resolves with the whole answer. */
  async function exchange(raw: Buffer, options: { requestTimeout?: number } = {}): Promise<string> {
    const { requestTimeout } = options;
    const server = createServer(
      requestTimeout
        ? { requestTimeout, headersTimeout: requestTimeout, connectionsCheckingInterval: 20 }
        : {},
      (_req, res) => res.end("ok"),
    );
    answerUnparsableRequests(server);
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    try {
      return await new Promise<string>((resolve, reject) => {
        const chunks: Buffer[] = [];
        // A request left unfinished (the timeout's case) is written but not ended.
        const socket = connect(port, "127.0.0.1", () =>
          requestTimeout ? socket.write(raw) : socket.end(raw),
        );
        socket.on("data", (c) => chunks.push(c));
        socket.on("error", reject);
        socket.on("close", () => resolve(Buffer.concat(chunks).toString("utf8")));
      });
    } finally {
      server.close();
    }
  }
  const bodyOf = (answer: string) => JSON.parse(answer.slice(answer.indexOf("\r\n\r\n") + 4));

  it("answers headers over 16 KB with a 431 in the error shape", async () => {
    const answer = await exchange(
      Buffer.from(`GET /api/v1/reports?caseNumber=${"x".repeat(20_000)} HTTP/1.1\r\nHost: a\r\n\r\n`),
    );
    expect(answer).toMatch(/^HTTP\/1\.1 431 /);
    expect(bodyOf(answer).error).toMatchObject({
      code: "headers_too_large",
      message: expect.stringContaining("16 KB"),
    });
  });

  it("answers a URL with raw non-ASCII bytes with a 400 saying to %-encode it", async () => {
    const answer = await exchange(
      Buffer.concat([
        Buffer.from("GET /api/v1/reports?caseNumber="),
        Buffer.from("盗窃"),
        Buffer.from(" HTTP/1.1\r\nHost: a\r\n\r\n"),
      ]),
    );
    expect(answer).toMatch(/^HTTP\/1\.1 400 /);
    expect(bodyOf(answer).error).toMatchObject({
      code: "invalid_request",
      message: expect.stringContaining("% 编码"),
    });
    // The request was HTTP/1.1: the protocol is not what to fix.
    expect(bodyOf(answer).error.message).not.toContain("HTTP");
  });

  it("names the protocol only when the protocol is the problem", async () => {
    for (const raw of [
      "GET / HTTP/9.9\r\nHost: a\r\n\r\n",
      "PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n",
      "hello\r\n\r\n",
    ]) {
      const answer = await exchange(Buffer.from(raw));
      expect(answer, raw).toMatch(/^HTTP\/1\.1 400 /);
      expect(bodyOf(answer).error.message, raw).toContain("HTTP/1.1");
      expect(bodyOf(answer).error.message, raw).not.toContain("编码");
    }
    // A malformed header is neither an encoding nor a protocol version problem.
    const header = bodyOf(await exchange(Buffer.from("GET / HTTP/1.1\r\nHo st: a\r\n\r\n"))).error.message;
    expect(header).toContain("请求头");
    expect(header).not.toContain("编码");
  });

  it("answers a request not sent in time with a 408, as Node itself would, not a parse error", async () => {
    const answer = await exchange(Buffer.from("GET /api/v1/me HTTP/1.1\r\nHost: a\r\n"), {
      requestTimeout: 100,
    });
    expect(answer).toMatch(/^HTTP\/1\.1 408 Request Timeout/);
    expect(bodyOf(answer).error).toMatchObject({
      code: "request_timeout",
      message: expect.stringContaining("超时"),
    });
  });
});
