/**
 * All settings in one zod schema, read from the environment (LEIAN_* and ES_URL) and an optional
 * JSON file named by LEIAN_CONFIG. The environment wins over the file. An invalid setting stops
 * start-up with a message naming the setting and what to fix.
 */
import { readFileSync } from "node:fs";
import { z } from "zod";

export const Role = z.enum(["judge", "research", "admin"]);
export type Role = z.infer<typeof Role>;

export const ApiToken = z.object({
  /** SHA-256 (hex) of the bearer token; the token itself is never stored. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/, "must be 64 lowercase hex characters (SHA-256 of the token)"),
  user: z.string().min(1),
  court: z.string().min(1),
  role: Role,
});
export type ApiToken = z.infer<typeof ApiToken>;

export const Settings = z.object({
  elasticsearch: z.object({
    url: z.url({ protocol: /^https?$/ }).default("http://127.0.0.1:9200"),
    username: z.string().optional(),
    password: z.string().optional(),
    apiKey: z.string().optional(),
    requestTimeoutMs: z.coerce.number().int().positive().default(30_000),
  }),
  aliases: z.object({
    judgments: z
      .string()
      .regex(/^[a-z0-9][a-z0-9_.-]*$/, "lowercase letters, digits, _ . - only")
      .default("leian-judgments"),
    reports: z
      .string()
      .regex(/^[a-z0-9][a-z0-9_.-]*$/, "lowercase letters, digits, _ . - only")
      .default("leian-reports"),
    audits: z
      .string()
      .regex(/^[a-z0-9][a-z0-9_.-]*$/, "lowercase letters, digits, _ . - only")
      .default("leian-audits"),
  }),
  http: z.object({
    host: z.string().default("127.0.0.1"),
    port: z.coerce.number().int().min(0).max(65535).default(8080),
    /** Requests per minute allowed to one token's user on /api/v1 (429 beyond). */
    rateLimitPerMinute: z.coerce.number().int().positive().default(300),
    /**
     * Optional header set by the court's authenticating reverse proxy, naming the signed-in user
     * (a `user` of `tokens`, percent-encoded when not ASCII). Trusted as is: set it only when the
     * service is reachable through that proxy alone and the proxy overwrites the header on every request.
     */
    identityHeader: z
      .string()
      .regex(/^[A-Za-z0-9-]{1,64}$/, "an HTTP header name: letters, digits and - only")
      .transform((name) => name.toLowerCase())
      .optional(),
  }),
  logLevel: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  tokens: z.array(ApiToken).default([]),
});
export type Settings = z.infer<typeof Settings>;

/** A setting that failed validation, named the way the operator sets it. */
export class SettingsError extends Error {
  readonly problems: { setting: string; message: string }[];
  constructor(problems: { setting: string; message: string }[]) {
    super(`Invalid configuration: ${problems.map((p) => `${p.setting}: ${p.message}`).join("; ")}`);
    this.name = "SettingsError";
    this.problems = problems;
  }
}

/** Environment variable for each settings path (the name an operator sees in errors). */
const ENV: Record<string, string> = {
  "elasticsearch.url": "ES_URL",
  "elasticsearch.username": "ES_USERNAME",
  "elasticsearch.password": "ES_PASSWORD",
  "elasticsearch.apiKey": "ES_API_KEY",
  "elasticsearch.requestTimeoutMs": "LEIAN_ES_TIMEOUT_MS",
  "aliases.judgments": "LEIAN_ALIAS_JUDGMENTS",
  "aliases.reports": "LEIAN_ALIAS_REPORTS",
  "aliases.audits": "LEIAN_ALIAS_AUDITS",
  "http.host": "LEIAN_HOST",
  "http.port": "LEIAN_PORT",
  "http.rateLimitPerMinute": "LEIAN_RATE_LIMIT_PER_MINUTE",
  "http.identityHeader": "LEIAN_IDENTITY_HEADER",
  logLevel: "LEIAN_LOG_LEVEL",
  tokens: "LEIAN_TOKENS",
};

function setPath(target: Record<string, unknown>, dotted: string, value: unknown): void {
  const keys = dotted.split(".");
  let node = target;
  for (const key of keys.slice(0, -1)) {
    node[key] ??= {};
    node = node[key] as Record<string, unknown>;
  }
  node[keys.at(-1) as string] = value;
}

/**
 * Loads and validates settings. `env` defaults to process.env; LEIAN_CONFIG names an optional JSON
 * file with the same shape as {@link Settings}. Throws {@link SettingsError}.
 */
export function loadSettings(env: NodeJS.ProcessEnv = process.env): Settings {
  const raw: Record<string, unknown> = { elasticsearch: {}, aliases: {}, http: {} };
  if (env.LEIAN_CONFIG) {
    try {
      Object.assign(raw, JSON.parse(readFileSync(env.LEIAN_CONFIG, "utf8")));
    } catch (error) {
      throw new SettingsError([
        { setting: `LEIAN_CONFIG (${env.LEIAN_CONFIG})`, message: (error as Error).message },
      ]);
    }
    for (const key of ["elasticsearch", "aliases", "http"]) raw[key] ??= {};
  }
  for (const [dotted, name] of Object.entries(ENV)) {
    const value = env[name];
    if (value === undefined || value === "") continue;
    if (name === "LEIAN_TOKENS") {
      try {
        setPath(raw, dotted, JSON.parse(value));
      } catch {
        throw new SettingsError([
          { setting: name, message: "must be a JSON array of {sha256,user,court,role}" },
        ]);
      }
    } else setPath(raw, dotted, value);
  }
  const parsed = Settings.safeParse(raw);
  if (parsed.success) return parsed.data;
  throw new SettingsError(
    parsed.error.issues.map((issue) => {
      const dotted = issue.path.join(".");
      const top = issue.path.slice(0, 2).join(".");
      const name = ENV[dotted] ?? ENV[top] ?? ENV[String(issue.path[0])];
      return { setting: name ? `${name} (${dotted})` : dotted, message: issue.message };
    }),
  );
}
