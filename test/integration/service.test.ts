import { spawn } from "node:child_process";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createIndex, swapAlias } from "../../src/search/indices.ts";
import { CURRENT_VERSIONS, loadIndexDefinition } from "../../src/search/mappings.ts";
import { freePort } from "../free-port.ts";
import { cleanup, esUrl, testClient, uniquePrefix } from "./helpers.ts";

const main = path.resolve(import.meta.dirname, "../../src/main.ts");

async function waitFor(url: string): Promise<Response> {
  for (let i = 0; i < 100; i++) {
    try {
      return await fetch(url);
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error(`${url} never answered`);
}

describe("the service process", () => {
  const client = testClient();
  const prefix = uniquePrefix("svc");
  afterAll(async () => {
    await cleanup(client, prefix);
    await client.close();
  });

  it("is live at once, ready once the judgments alias exists, says whether its index is current, and exits cleanly on SIGTERM", async () => {
    const port = await freePort();
    const alias = `${prefix}judgments`;
    const child = spawn(process.execPath, [main], {
      env: {
        ...process.env,
        ES_URL: esUrl(),
        LEIAN_PORT: String(port),
        LEIAN_ALIAS_JUDGMENTS: alias,
        LEIAN_LOG_LEVEL: "warn",
      },
      stdio: "inherit",
    });
    const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
    try {
      const health = await waitFor(`http://127.0.0.1:${port}/healthz`);
      expect(health.status).toBe(200);

      const notReady = await fetch(`http://127.0.0.1:${port}/readyz`);
      expect(notReady.status).toBe(503);
      expect(await notReady.json()).toMatchObject({ status: "not_ready", judgmentsAlias: null });

      // An index without the current mapping still serves; readiness says it should be rebuilt.
      await client.indices.create({ index: `${prefix}v1`, aliases: { [alias]: {} } });
      const ready = await fetch(`http://127.0.0.1:${port}/readyz`);
      expect(ready.status).toBe(200);
      const body = await ready.json();
      expect(body).toMatchObject({
        status: "ready",
        judgmentsAlias: alias,
        judgmentsIndices: [`${prefix}v1`],
        judgmentsIndexCurrent: false,
      });
      expect(body.action).toMatch(/indexer reindex/);

      // An index of `version` behind the alias (the indexer's own calls), then what readiness says.
      const readyWith = async (name: string, version: number) => {
        await createIndex(client, `${prefix}${name}`, loadIndexDefinition("judgments", version));
        await swapAlias(client, alias, `${prefix}${name}`);
        return (await fetch(`http://127.0.0.1:${port}/readyz`)).json();
      };
      // The previous version has the same fields (v6 only builds documents differently): still stale.
      const stale = await readyWith("previous", CURRENT_VERSIONS.judgments - 1);
      expect(stale).toMatchObject({ judgmentsIndices: [`${prefix}previous`], judgmentsIndexCurrent: false });
      const current = await readyWith("current", CURRENT_VERSIONS.judgments);
      expect(current).toMatchObject({ judgmentsIndices: [`${prefix}current`], judgmentsIndexCurrent: true });
      expect(current.action).toBeUndefined();
    } finally {
      child.kill("SIGTERM");
    }
    expect(await exited).toBe(0);
  });

  it("refuses to start with an invalid setting, naming it", async () => {
    const child = spawn(process.execPath, [main], {
      env: { ...process.env, LEIAN_PORT: "-1" },
      stdio: "pipe",
    });
    let err = "";
    child.stderr.on("data", (d: Buffer) => {
      err += d.toString();
    });
    const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
    expect(code).toBe(2);
    expect(err).toMatch(/LEIAN_PORT \(http\.port\)/);
  });
});
