import { createHash } from "node:crypto";
import type { Request, Response } from "express";
import { describe, expect, it } from "vitest";
import type { ApiToken } from "../config/settings.ts";
import { loadSettings } from "../config/settings.ts";
import type { LeianError } from "../errors.ts";
import { authenticate, requireRole } from "./auth.ts";

const sha = (t: string) => createHash("sha256").update(t).digest("hex");
const TOKENS: ApiToken[] = [
  { sha256: sha("judge-token"), user: "张法官", court: "北京市海淀区人民法院", role: "judge" },
  { sha256: sha("research-token"), user: "li.research", court: "北京市高级人民法院", role: "research" },
  { sha256: sha("twin-a"), user: "王某", court: "甲法院", role: "judge" },
  { sha256: sha("twin-b"), user: "王某", court: "乙法院", role: "judge" },
];

/** Runs the middleware on a request with these headers: the user attributed, or the error passed on. */
function run(headers: Record<string, string>, identityHeader?: string) {
  const locals: Record<string, unknown> = {};
  const res = { locals, setHeader: () => res, removeHeader: () => res } as unknown as Response;
  let error: LeianError | undefined;
  authenticate(TOKENS, identityHeader)({ headers } as Request, res, (e?: unknown) => {
    error = e as LeianError | undefined;
  });
  return { user: locals.user, error };
}

describe("authenticate", () => {
  it("accepts a configured bearer token and refuses others", () => {
    expect(run({ authorization: "Bearer judge-token" }).user).toMatchObject({
      user: "张法官",
      role: "judge",
    });
    expect(run({ authorization: "Bearer nope" }).error?.code).toBe("unauthorized");
    expect(run({}).error?.code).toBe("unauthorized");
    // A header that is there but malformed is said so, not called missing.
    expect(run({ authorization: "Bearer judge-token extra" }).error?.message).toMatch(/格式不正确/);
    expect(run({ authorization: "Basic abc" }).error?.message).toMatch(/格式不正确/);
    expect(run({}).error?.message).toMatch(/缺少访问令牌/);
  });

  it("ignores the identity header unless one is configured", () => {
    expect(run({ "x-remote-user": "li.research" }).error?.code).toBe("unauthorized");
  });

  it("takes the proxy's identity header when configured, percent-decoding non-ASCII names", () => {
    expect(run({ "x-remote-user": "li.research" }, "x-remote-user").user).toMatchObject({
      user: "li.research",
      role: "research",
    });
    expect(run({ "x-remote-user": encodeURIComponent("张法官") }, "x-remote-user").user).toMatchObject({
      user: "张法官",
      court: "北京市海淀区人民法院",
    });
  });

  it("refuses unknown or ambiguous names, and lets a bearer token win over the header", () => {
    expect(run({ "x-remote-user": "nobody" }, "x-remote-user").error?.message).toContain("未在本系统登记");
    expect(run({ "x-remote-user": encodeURIComponent("王某") }, "x-remote-user").error?.code).toBe(
      "unauthorized",
    );
    expect(
      run({ "x-remote-user": "li.research", authorization: "Bearer judge-token" }, "x-remote-user").user,
    ).toMatchObject({ user: "张法官" });
  });

  it("is configured by LEIAN_IDENTITY_HEADER, lower-cased, and rejects a malformed name", () => {
    expect(loadSettings({ LEIAN_IDENTITY_HEADER: "X-Remote-User" }).http.identityHeader).toBe(
      "x-remote-user",
    );
    expect(loadSettings({}).http.identityHeader).toBeUndefined();
    expect(() => loadSettings({ LEIAN_IDENTITY_HEADER: "x remote" })).toThrow(/LEIAN_IDENTITY_HEADER/);
  });
});

describe("requireRole", () => {
  /** The error requireRole(...roles) passes on for a user of `role` (none when allowed). */
  function refusal(role: ApiToken["role"], ...roles: ApiToken["role"][]) {
    const res = { locals: { user: { user: "王某", court: "甲法院", role } } } as unknown as Response;
    let error: LeianError | undefined;
    requireRole(...roles)({} as Request, res, (e?: unknown) => {
      error = e as LeianError | undefined;
    });
    return error;
  }

  it("names in Chinese who may use the function; the details keep the role ids", () => {
    const error = refusal("admin", "judge", "research");
    expect(error?.code).toBe("forbidden");
    expect(error?.message).toBe("当前角色（技术处管理员）无权使用此功能，仅限法官、研究室使用");
    expect(error?.details).toEqual({ role: "admin", allowed: ["judge", "research"] });
    expect(refusal("judge", "research")?.message).toBe("当前角色（法官）无权使用此功能，仅限研究室使用");
    expect(refusal("judge", "judge", "research")).toBeUndefined();
  });
});
