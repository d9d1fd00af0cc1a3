/**
 * Access: bearer tokens checked against the configured SHA-256 hashes, the caller attributed to a
 * user (res.locals.user, used by logs and reports), roles per route, a rate limit per token, and one
 * on failed sign-ins per client address.
 */
import { createHash } from "node:crypto";
import type { RequestHandler, Response } from "express";
import { rateLimit } from "express-rate-limit";
import type { ApiToken, Role } from "../config/settings.ts";
import { LeianError } from "../errors.ts";

/** Who is calling: the token's user, court and role. */
export interface ApiUser {
  user: string;
  court: string;
  role: Role;
}

/** Roles that may run retrieval on a pending case (similar, related): the judiciary, not operators. */
export const CASEWORK_ROLES: readonly Role[] = ["judge", "research"];
/** Roles that may read published judgments (search, a case's record). */
export const READER_ROLES: readonly Role[] = ["judge", "research", "admin"];

const ROLE_NAMES: Record<Role, string> = { judge: "法官", research: "研究室", admin: "技术处管理员" };

/** The user attributed to this request by {@link authenticate}. */
export function currentUser(res: Response): ApiUser {
  const user = res.locals.user as ApiUser | undefined;
  if (!user) throw new LeianError("unauthorized", "未登录：缺少访问令牌");
  return user;
}

/**
 * 401 unless the request carries `Authorization: Bearer <token>` whose SHA-256 is configured, or,
 * when `identityHeader` is set, that header naming a configured user (see below).
 *
 * The identity header is the court's authenticating reverse proxy vouching for who is signed in.
 * It is trusted without further proof, so it is safe only when clients can reach the service
 * through that proxy alone and the proxy overwrites the header on every request (otherwise anyone
 * can claim any user). A bearer token, when present, wins. Non-ASCII names arrive percent-encoded
 * (header values are ASCII in practice).
 */
export function authenticate(tokens: readonly ApiToken[], identityHeader?: string): RequestHandler {
  const byHash = new Map(tokens.map((t) => [t.sha256, { user: t.user, court: t.court, role: t.role }]));
  const byName = usersByName(tokens);
  /** The caller: the token's user, else the proxy's, else why not. */
  /** The caller and the credential it used (`token:<sha256>` or `user:<name>`), else why not. */
  const identify = (
    authorization: string | undefined,
    proxied: unknown,
  ): { user: ApiUser; credential: string } | LeianError => {
    const match = typeof authorization === "string" ? /^Bearer\s+(\S+)\s*$/i.exec(authorization) : null;
    if (match?.[1]) {
      const hash = createHash("sha256").update(match[1]).digest("hex");
      const user = byHash.get(hash);
      return user
        ? { user, credential: `token:${hash}` }
        : new LeianError("unauthorized", "访问令牌无效或已停用");
    }
    if (typeof proxied === "string" && proxied.trim() !== "") {
      const user = byName.get(decodeIdentity(proxied.trim()));
      return user
        ? { user, credential: `user:${user.user}` }
        : new LeianError("unauthorized", "身份认证头所指用户未在本系统登记或不唯一");
    }
    // An Authorization header that is there but not `Bearer <token>` (a second word after the token,
    // another scheme) is said so: "缺少访问令牌" misled a client that had sent one.
    if (typeof authorization === "string" && authorization.trim() !== "")
      return new LeianError(
        "unauthorized",
        "Authorization 请求头格式不正确：应为 Bearer 加一个令牌，如 Bearer judge-…",
      );
    return new LeianError("unauthorized", "缺少访问令牌：请在 Authorization 请求头中提供 Bearer 令牌");
  };
  return (req, res, next) => {
    const found = identify(
      req.headers.authorization,
      identityHeader ? req.headers[identityHeader] : undefined,
    );
    if (found instanceof LeianError) {
      res.setHeader("WWW-Authenticate", 'Bearer realm="leian"');
      next(found);
      return;
    }
    res.locals.user = found.user;
    res.locals.credential = found.credential;
    next();
  };
}

/** Configured users by name; a name configured with two different courts or roles is left out (ambiguous). */
function usersByName(tokens: readonly ApiToken[]): Map<string, ApiUser> {
  const out = new Map<string, ApiUser>();
  const ambiguous = new Set<string>();
  for (const t of tokens) {
    const seen = out.get(t.user);
    if (seen && (seen.court !== t.court || seen.role !== t.role)) ambiguous.add(t.user);
    else out.set(t.user, { user: t.user, court: t.court, role: t.role });
  }
  for (const name of ambiguous) out.delete(name);
  return out;
}

function decodeIdentity(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** 403 unless the authenticated user has one of `roles`. */
export function requireRole(...roles: Role[]): RequestHandler {
  return (_req, res, next) => {
    const { role } = currentUser(res);
    if (roles.includes(role)) next();
    else
      next(
        new LeianError(
          "forbidden",
          // Who may, in words: details.allowed (judge, research) is for programs.
          `当前角色（${ROLE_NAMES[role]}）无权使用此功能，仅限${roles.map((r) => ROLE_NAMES[r]).join("、")}使用`,
          { details: { role, allowed: roles } },
        ),
      );
  };
}

/**
 * At most `perMinute` requests per token per minute (per user when the proxy's identity header
 * signed the request in); beyond it a 429 in the standard error body.
 */
export function rateLimitPerToken(perMinute: number): RequestHandler {
  return rateLimit({
    windowMs: 60_000,
    limit: perMinute,
    standardHeaders: "draft-8",
    legacyHeaders: false,
    // Set by authenticate, which runs first: `token:<sha256>`, or `user:<name>` for proxy sign-ins.
    keyGenerator: (_req, res) => res.locals.credential as string,
    handler: (_req, _res, next) => {
      next(new LeianError("rate_limited", "请求过于频繁，请稍后再试"));
    },
  });
}

/** Failed sign-ins (401) allowed per client address and minute. */
export const FAILED_SIGN_INS_PER_MINUTE = 30;

/**
 * Stops token guessing: once a client address has failed to sign in
 * {@link FAILED_SIGN_INS_PER_MINUTE} times within the current minute, a bearer token from it is
 * refused (429) before it is checked, unless that token already signed in from that address this
 * minute — judges at work behind a court's proxy (one address for all) keep working. Requests the
 * proxy signs in by its identity header are never refused here. Mount it before {@link authenticate}.
 */
export function limitFailedSignIns(perMinute = FAILED_SIGN_INS_PER_MINUTE): RequestHandler {
  let minute = 0;
  let failures = new Map<string, number>();
  let vouched = new Map<string, Set<string>>();
  return (req, res, next) => {
    const now = Math.floor(Date.now() / 60_000);
    if (now !== minute) {
      minute = now;
      failures = new Map();
      vouched = new Map();
    }
    const address = req.ip ?? req.socket.remoteAddress ?? "";
    const bearer = /^Bearer\s+(\S+)\s*$/i.exec(req.headers.authorization ?? "")?.[1];
    const credential = bearer ? `token:${createHash("sha256").update(bearer).digest("hex")}` : undefined;
    if (credential && (failures.get(address) ?? 0) >= perMinute && !vouched.get(address)?.has(credential)) {
      next(new LeianError("rate_limited", "登录失败次数过多，请一分钟后再试"));
      return;
    }
    const window = minute;
    res.on("finish", () => {
      if (window !== minute) return;
      if (res.statusCode === 401) failures.set(address, (failures.get(address) ?? 0) + 1);
      else if (credential && res.locals.credential === credential) {
        const seen = vouched.get(address) ?? new Set<string>();
        seen.add(credential);
        vouched.set(address, seen);
      }
    });
    next();
  };
}
