/**
 * Hand-written judgments for the API tests, indexed through the real document builder and mapping,
 * and an app started on a free port with known tokens; indexedApi does both for a block of tests.
 */
import { createHash } from "node:crypto";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Client } from "@elastic/elasticsearch";
import { type Logger, pino } from "pino";
import { afterAll, beforeAll, expect } from "vitest";
import { createApp } from "../../src/api/app.ts";
import { Settings } from "../../src/config/settings.ts";
import { emptyRecord, type JudgmentRecord } from "../../src/judgment/record.ts";
import { toJudgmentDocument } from "../../src/search/documents.ts";
import { createIndex } from "../../src/search/indices.ts";
import { CURRENT_VERSIONS, loadIndexDefinition } from "../../src/search/mappings.ts";
import { cleanup, esUrl, testClient, uniquePrefix } from "./helpers.ts";

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

/** What a describe block's tests read from {@link indexedApi}. */
export interface IndexedApi {
  client: Client;
  /** Starts every index and alias of this fixture: the afterAll deletes what starts with it. */
  prefix: string;
  /** The judgments alias, over one fresh index holding the records. */
  alias: string;
  /**
   * The app on `alias`, its audits and reports stored behind `${prefix}audits` and `${prefix}reports`;
   * usable once the beforeAll ran.
   */
  api: TestApi;
}

/**
 * The setup of API tests: before them, indexes `records` (or what the function returns, for records
 * read from a file) into a fresh index behind an alias of its own and starts the app on it; after
 * them, stops the app, deletes the indices and closes the client. Call it in a describe block's body,
 * or at a file's top level to share one index between its blocks; beforeAll hooks written after the
 * call run after this one. `over` is what else {@link startApi} takes (tokens, http, logger); the
 * aliases are the fixture's.
 */
export function indexedApi(
  label: string,
  records: JudgmentRecord[] | (() => Promise<JudgmentRecord[]>),
  over: Record<string, unknown> = {},
): IndexedApi {
  const client = testClient();
  const prefix = uniquePrefix(label);
  const alias = `${prefix}judgments`;
  let started: TestApi | undefined;
  const live = (): TestApi => {
    if (!started) throw new Error("indexedApi: the app starts in the beforeAll hook");
    return started;
  };
  beforeAll(async () => {
    await seed(client, prefix, alias, typeof records === "function" ? await records() : records);
    started = await startApi(esUrl(), client, alias, {
      ...over,
      aliases: { audits: `${prefix}audits`, reports: `${prefix}reports` },
    });
  });
  afterAll(async () => {
    await started?.close();
    await cleanup(client, prefix);
    await client.close();
  });
  const api: TestApi = {
    get url() {
      return live().url;
    },
    call: (path, init) => live().call(path, init),
    close: () => live().close(),
  };
  return { client, prefix, alias, api };
}

/** The ids of the judgments a keyword search finds, sorted; the search must succeed. */
export async function foundIds(api: TestApi, body: unknown): Promise<string[]> {
  const res = await api.call("/api/v1/search", { body });
  expect(res.status).toBe(200);
  return res.body.hits.map((h: { id: string }) => h.id).sort();
}
