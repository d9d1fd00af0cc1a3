/**
 * Hand-written judgments for the API tests, indexed through the real document builder and mapping,
 * and an app started on a free port with known tokens.
 */
import { createHash } from "node:crypto";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Client } from "@elastic/elasticsearch";
import { type Logger, pino } from "pino";
import { createApp } from "../../src/api/app.ts";
import { Settings } from "../../src/config/settings.ts";
import { emptyRecord, type JudgmentRecord } from "../../src/judgment/record.ts";
import { toJudgmentDocument } from "../../src/search/documents.ts";
import { createIndex } from "../../src/search/indices.ts";
import { CURRENT_VERSIONS, loadIndexDefinition } from "../../src/search/mappings.ts";

export const TOKENS = {
  judge: "judge-token-1",
  research: "research-token-1",
  admin: "admin-token-1",
} as const;

export const sha = (t: string) => createHash("sha256").update(t).digest("hex");

export function record(over: Partial<JudgmentRecord> & Pick<JudgmentRecord, "id">): JudgmentRecord {
  return emptyRecord({ source: "test", tier: "ordinary", text: "", ...over });
}

/** Creates `<prefix>v1` with the judgments mapping behind `alias` and indexes the records. */
export async function seed(
  client: Client,
  prefix: string,
  alias: string,
  records: JudgmentRecord[],
): Promise<void> {
  const index = `${prefix}v1`;
  await createIndex(client, index, loadIndexDefinition("judgments", CURRENT_VERSIONS.judgments));
  await client.indices.putAlias({ index, name: alias });
  const operations = records.flatMap((r) => [{ index: { _index: index, _id: r.id } }, toJudgmentDocument(r)]);
  const res = await client.bulk({ operations, refresh: true });
  if (res.errors) throw new Error(JSON.stringify(res.items.find((i) => i.index?.error)));
}

export interface TestApi {
  url: string;
  call: (
    path: string,
    init?: {
      method?: string;
      body?: unknown;
      token?: string | null;
      raw?: string;
      headers?: Record<string, string>;
    },
  ) => Promise<{
    status: number;
    // biome-ignore lint/suspicious/noExplicitAny: tests read response bodies loosely
    body: any;
    headers: Headers;
  }>;
  close: () => Promise<void>;
}

export async function startApi(
  esUrl: string,
  es: Client,
  alias: string,
  over: Record<string, unknown> = {},
): Promise<TestApi> {
  const settings = Settings.parse({
    elasticsearch: { url: esUrl },
    aliases: { judgments: alias, ...(over.aliases as object) },
    http: { port: 0, rateLimitPerMinute: 1000, ...(over.http as object) },
    tokens: [
      { sha256: sha(TOKENS.judge), user: "张法官", court: "北京市海淀区人民法院", role: "judge" },
      { sha256: sha(TOKENS.research), user: "研究室李某", court: "北京市高级人民法院", role: "research" },
      { sha256: sha(TOKENS.admin), user: "技术处王某", court: "北京市高级人民法院", role: "admin" },
      ...((over.tokens as unknown[] | undefined) ?? []),
    ],
  });
  const logger = (over.logger as Logger | undefined) ?? pino({ level: "silent" });
  const app = createApp({ settings, es, logger, version: "test" });
  const server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, "127.0.0.1", () => resolve(s));
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    async call(path, init = {}) {
      const token = init.token === undefined ? TOKENS.judge : init.token;
      const headers: Record<string, string> = { "content-type": "application/json", ...init.headers };
      if (token) headers.authorization = `Bearer ${token}`;
      const res = await fetch(`${url}${path}`, {
        method: init.method ?? (init.body === undefined && init.raw === undefined ? "GET" : "POST"),
        headers,
        ...(init.raw !== undefined
          ? { body: init.raw }
          : init.body !== undefined
            ? { body: JSON.stringify(init.body) }
            : {}),
      });
      const text = await res.text();
      return { status: res.status, body: text ? JSON.parse(text) : null, headers: res.headers };
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
