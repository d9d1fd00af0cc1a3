import type { NextFunction, Request, Response } from "express";
import { describe, expect, it } from "vitest";
import { LeianError } from "../errors.ts";
import { renderError } from "./errors.ts";

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
