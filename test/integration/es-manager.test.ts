import { execFile } from "node:child_process";
import { chmod, mkdtemp, rm } from "node:fs/promises";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { optionsFromEnv, start, status, stop } from "../../tools/es/manager.ts";
import { freePort } from "../free-port.ts";

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, "../..");
const cli = path.join(root, "tools/es/cli.ts");

/** Runs `npm run es:*`'s entry point the way an operator does, returning exit code and stderr. */
async function esCli(command: string, env: Record<string, string>): Promise<{ code: number; out: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [cli, command], {
      env: { ...process.env, ES_URL: "", ES_PROVIDER: "local", ...env },
      timeout: 240_000,
    });
    return { code: 0, out: stdout + stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, out: e.stdout + e.stderr };
  }
}

/** Elasticsearch JVMs on this machine (their command line names the distribution home). */
async function elasticsearchProcesses(): Promise<number> {
  const { stdout } = await run("ps", ["-eo", "args"]);
  return stdout.split("\n").filter((l) => l.includes("-Des.path.home=") && l.includes("java")).length;
}

describe("local Elasticsearch manager", () => {
  const dirs: string[] = [];
  async function stateDir(): Promise<string> {
    const dir = await mkdtemp(path.join(os.tmpdir(), "leian-es-test-"));
    // The node runs as an unprivileged user: it must be able to traverse into its data directory.
    await chmod(dir, 0o755);
    dirs.push(dir);
    return dir;
  }
  afterAll(async () => {
    for (const dir of dirs) await rm(dir, { recursive: true, force: true });
  });

  it("starts one node, a second start reuses it, stop stops it", async () => {
    const dir = await stateDir();
    const port = await freePort();
    const opts = {
      ...optionsFromEnv({ ES_STATE_DIR: dir, ES_PORT: String(port), ES_HEAP: "256m" }),
      provider: "local" as const,
    };
    const first = await start(opts, undefined);
    const before = await elasticsearchProcesses();
    try {
      expect(first.origin).toBe("started");
      expect(first.url).toBe(`http://127.0.0.1:${port}`);
      const second = await start(opts, undefined);
      expect(second.origin).toBe("reused");
      expect(second.pid).toBe(first.pid);
      expect(await elasticsearchProcesses()).toBe(before);
      expect((await status(opts)).health).toMatch(/green|yellow/);
    } finally {
      expect(await stop(opts)).toBe(true);
    }
    expect((await status(opts)).running).toBe(false);
    expect(await elasticsearchProcesses()).toBe(before - 1);
    await expect(fetch(`http://127.0.0.1:${port}/`)).rejects.toThrow();
    // Stopping again is harmless and stops nothing else.
    expect(await stop(opts)).toBe(false);
  });

  it("names a missing Java 21+ in one line", async () => {
    const dir = await stateDir();
    const { code, out } = await esCli("start", {
      ES_STATE_DIR: dir,
      ES_PORT: String(await freePort()),
      ES_JAVA_HOME: "/nonexistent/jdk",
    });
    expect(code).toBe(1);
    expect(out.trim()).toMatch(/^es: No Java 21\+ found .*ES_JAVA_HOME/);
    expect(out.trim().split("\n")).toHaveLength(1);
  });

  it("refuses a port held by something that is not Elasticsearch", async () => {
    const dir = await stateDir();
    const server = net.createServer((s) => {
      s.on("error", () => undefined);
      s.end("HTTP/1.1 200 OK\r\ncontent-length: 2\r\n\r\nhi");
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    const { port } = server.address() as net.AddressInfo;
    try {
      const { code, out } = await esCli("start", { ES_STATE_DIR: dir, ES_PORT: String(port) });
      expect(code).toBe(1);
      expect(out.trim()).toBe(
        `es: Port ${port} is in use by something that is not Elasticsearch: stop it or set ES_PORT to a free port.`,
      );
    } finally {
      server.close();
    }
  });

  it("says when Maven is missing and when the download is refused", async () => {
    const dir = await stateDir();
    const cache = await stateDir();
    const noMaven = await esCli("start", {
      ES_STATE_DIR: dir,
      ES_CACHE_DIR: cache,
      ES_PORT: String(await freePort()),
      ES_MAVEN: "mvn-does-not-exist",
    });
    expect(noMaven.code).toBe(1);
    expect(noMaven.out.trim()).toMatch(/^es: Maven \("mvn-does-not-exist"\) not found: install Maven/);

    const refused = await esCli("start", {
      ES_STATE_DIR: dir,
      ES_CACHE_DIR: cache,
      ES_PORT: String(await freePort()),
      ES_VERSION: "9.99.99",
    });
    expect(refused.code).toBe(1);
    // A progress line, then the error on one line.
    const last = refused.out.trim().split("\n").at(-1);
    expect(last).toMatch(
      /^es: Maven could not download org\.elasticsearch\.distribution\.integ-test-zip:elasticsearch:9\.99\.99:zip: .*(not found|Could not find)/,
    );
  });
});
