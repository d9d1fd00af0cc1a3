/**
 * The manager's start/status/stop against a stand-in distribution: a `bin/elasticsearch` that
 * behaves like the real one where it matters here (daemonizes, writes the pid file, locks the data
 * path, and a second node that cannot lock it deletes the pid file as it exits) and a node that
 * answers the two requests the manager makes. No JVM, no real Elasticsearch; the real one is
 * tested in test/integration/es-manager.test.ts.
 */
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { freePort } from "../../test/free-port.ts";
import { type ManagerOptions, optionsFromEnv, type RunningNode, start, status, stop } from "./manager.ts";

const fakeNode = `
const http = require("node:http");
const fs = require("node:fs");
const [port, data, logs, home, lock] = process.argv.slice(1);
fs.writeFileSync(lock, String(process.pid));
const nodes = { nodes: { n1: { version: "9.5.0", process: { id: process.pid },
  settings: { path: { data, logs, home } }, jvm: { start_time_in_millis: Date.now() } } } };
const server = http.createServer((req, res) => {
  res.setHeader("content-type", "application/json");
  res.end(JSON.stringify(req.url.startsWith("/_nodes") ? nodes : { status: "green" }));
});
server.listen(Number(port), "127.0.0.1");
process.on("SIGTERM", () => { fs.rmSync(lock, { force: true }); process.exit(0); });
`;

const fakeLauncher = `#!${process.execPath}
const { spawn } = require("node:child_process");
const fs = require("node:fs");
const path = require("node:path");
const args = process.argv.slice(2);
const pidFile = args[args.indexOf("-p") + 1];
const setting = (k) => args.find((a) => a.startsWith(k + "="))?.slice(k.length + 1);
const data = setting("path.data");
const lock = path.join(data, "node.lock");
try {
  fs.closeSync(fs.openSync(lock, "wx"));
} catch {
  // The real node writes its pid file, fails on the node lock and deletes the pid file on exit.
  fs.writeFileSync(pidFile, String(process.pid));
  setTimeout(() => {
    fs.rmSync(pidFile, { force: true });
    console.error("ERROR: failed to obtain node locks, tried [" + data + "]");
    process.exit(1);
  }, 300);
  return;
}
const node = spawn(process.execPath, ["-e", fs.readFileSync(path.join(__dirname, "fake-node.cjs"), "utf8"),
  setting("http.port"), data, setting("path.logs"), path.resolve(__dirname, ".."), lock],
  { detached: true, stdio: "ignore" });
node.unref();
fs.writeFileSync(pidFile, String(node.pid));
// The real launcher returns once the node is up: seconds, long after a second node has failed.
setTimeout(() => process.exit(0), 1000);
`;

describe("local Elasticsearch manager (stand-in distribution)", () => {
  const dirs: string[] = [];
  const nodeLocks: string[] = [];
  async function tempDir(): Promise<string> {
    const dir = await mkdtemp(path.join(os.tmpdir(), "leian-es-unit-"));
    // As root the launcher runs as the unprivileged ES user, which must traverse into these.
    await chmod(dir, 0o755);
    dirs.push(dir);
    return dir;
  }
  afterAll(async () => {
    for (const lock of nodeLocks) {
      const pid = Number(await readFile(lock, "utf8").catch(() => ""));
      if (pid > 0) process.kill(pid, "SIGTERM");
    }
    for (const dir of dirs) await rm(dir, { recursive: true, force: true });
  });

  async function options(): Promise<ManagerOptions> {
    const [state, cache, jdk] = await Promise.all([tempDir(), tempDir(), tempDir()]);
    const home = path.join(cache, "elasticsearch-9.5.0");
    await mkdir(path.join(home, "bin"), { recursive: true });
    await writeFile(path.join(home, "bin/elasticsearch"), fakeLauncher, { mode: 0o755 });
    await writeFile(path.join(home, "bin/fake-node.cjs"), fakeNode);
    await mkdir(path.join(jdk, "bin"));
    await writeFile(
      path.join(jdk, "bin/java"),
      `#!/bin/sh\necho 'openjdk version "21.0.2" 2024-01-16' >&2\n`,
      {
        mode: 0o755,
      },
    );
    const opts = optionsFromEnv({
      ES_STATE_DIR: state,
      ES_CACHE_DIR: cache,
      ES_JAVA_HOME: jdk,
      ES_PORT: String(await freePort()),
      ES_VERSION: "9.5.0",
    });
    nodeLocks.push(path.join(opts.dataDir, "node.lock"));
    return { ...opts, provider: "local", log: () => undefined };
  }

  it("two starts at once on one state dir give one node, the second reusing it", async () => {
    const opts = await options();
    const settled = await Promise.allSettled([start(opts, undefined), start(opts, undefined)]);
    expect(settled.map((r) => (r.status === "rejected" ? String(r.reason) : r.status))).toEqual([
      "fulfilled",
      "fulfilled",
    ]);
    const [a, b] = settled.map((r) => (r as PromiseFulfilledResult<RunningNode>).value) as [
      RunningNode,
      RunningNode,
    ];
    expect([a.origin, b.origin].sort()).toEqual(["reused", "started"]);
    expect(b.pid).toBe(a.pid);
    expect(b.url).toBe(`http://127.0.0.1:${opts.port}`);
    const s = await status(opts);
    expect(s).toMatchObject({ running: true, pid: a.pid, health: "green" });
    expect(await stop(opts)).toBe(true);
    expect((await status(opts)).running).toBe(false);
  });

  it("finds, reuses and stops a node on its data path whose state and pid files were lost", async () => {
    const opts = await options();
    const first = await start(opts, undefined);
    await rm(opts.stateFile);
    await rm(path.join(path.dirname(opts.stateFile), "es.pid"), { force: true });

    expect(await status(opts)).toMatchObject({ running: true, pid: first.pid, health: "green" });
    const again = await start(opts, undefined);
    expect(again).toMatchObject({ origin: "reused", pid: first.pid, url: first.url });
    await rm(opts.stateFile);
    expect(await stop(opts)).toBe(true);
    expect((await status(opts)).running).toBe(false);
    await expect(fetch(first.url)).rejects.toThrow();
  });

  it("does not take a node on another data path for its own", async () => {
    const opts = await options();
    const node = await start(opts, undefined);
    try {
      const other = { ...opts, ...(await options()), port: opts.port };
      expect(await status(other)).toEqual({ running: false });
      expect(await stop(other)).toBe(false);
      expect(await status(opts)).toMatchObject({ running: true, pid: node.pid });
    } finally {
      await stop(opts);
    }
  });
});
