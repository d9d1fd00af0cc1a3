/**
 * The only place that constructs the Elasticsearch client (style: the engine is touched through
 * src/search only).
 */
import { Client } from "@elastic/elasticsearch";
import type { Settings } from "../config/settings.ts";

export type { Client } from "@elastic/elasticsearch";

/** Creates a client for the configured cluster. */
export function createClient(es: Settings["elasticsearch"]): Client {
  const auth = es.apiKey
    ? { apiKey: es.apiKey }
    : es.username && es.password
      ? { username: es.username, password: es.password }
      : undefined;
  return new Client({
    node: es.url,
    requestTimeout: es.requestTimeoutMs,
    maxRetries: 3,
    ...(auth ? { auth } : {}),
  });
}

/** True when the cluster answers a health request (yellow or green). */
export async function clusterReady(
  client: Client,
): Promise<{ ok: boolean; status?: string; error?: string }> {
  try {
    const health = await client.cluster.health({ timeout: "2s" }, { requestTimeout: 3000, maxRetries: 0 });
    return { ok: health.status !== "red", status: health.status };
  } catch (error) {
    return { ok: false, error: (error as Error).message };
  }
}
