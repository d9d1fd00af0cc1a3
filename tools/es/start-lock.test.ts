import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { LockTimeoutError, withLock } from "./start-lock.ts";

const dirs: string[] = [];
async function lockFile(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "leian-lock-test-"));
  dirs.push(dir);
  return path.join(dir, "start.lock");
}
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Another process that takes the lock, says "held", and keeps it until its stdin closes. */
async function holderProcess(file: string): Promise<ChildProcess> {
  const script = `
    import { withLock } from ${JSON.stringify(path.join(import.meta.dirname, "start-lock.ts"))};
    await withLock(${JSON.stringify(file)}, async () => {
      console.log("held");
      process.stdin.resume();
      await new Promise((r) => process.stdin.once("end", r));
    }, { timeoutMs: 10_000 });
    console.log("released");`;
  const child = spawn(process.execPath, ["--input-type=module", "-e", script], {
    stdio: ["pipe", "pipe", "inherit"],
  });
  const [line] = (await once(child.stdout as NodeJS.ReadableStream, "data")) as [Buffer];
  expect(line.toString().trim()).toBe("held");
  return child;
}

describe("withLock", () => {
  it("runs two concurrent holders one after the other", async () => {
    const file = await lockFile();
    const events: string[] = [];
    const section = (name: string) => async () => {
      events.push(`${name} in`);
      await sleep(150);
      events.push(`${name} out`);
      return name;
    };
    const results = await Promise.all([
      withLock(file, section("a"), { timeoutMs: 5000, pollMs: 20 }),
      withLock(file, section("b"), { timeoutMs: 5000, pollMs: 20 }),
    ]);
    expect(results).toEqual(["a", "b"]);
    // One after the other, whichever took the lock first (on a loaded machine b may win the race).
    const first = events[0]?.slice(0, 1);
    const second = first === "a" ? "b" : "a";
    expect(events).toEqual([`${first} in`, `${first} out`, `${second} in`, `${second} out`]);
    expect(await readdir(path.dirname(file))).toEqual([]);
  });

  it("waits for a holder in another process until it releases", async () => {
    const file = await lockFile();
    const holder = await holderProcess(file);
    let waitedFor: number | undefined;
    const entered = withLock(file, async () => Date.now(), {
      timeoutMs: 10_000,
      pollMs: 20,
      onWait: (pid) => {
        waitedFor = pid;
      },
    });
    await sleep(300);
    const exited = once(holder, "exit");
    const releasedAt = Date.now();
    holder.stdin?.end();
    const enteredAt = await entered;
    await exited;
    expect(waitedFor).toBe(holder.pid);
    expect(enteredAt).toBeGreaterThanOrEqual(releasedAt);
  });

  it("takes over the lock of a holder that died", async () => {
    const file = await lockFile();
    const dead = spawn(process.execPath, ["-e", ""]);
    await once(dead, "exit");
    await writeFile(file, `${dead.pid} left-behind\n`);
    const started = Date.now();
    let waited = false;
    const result = await withLock(file, async () => (await readFile(file, "utf8")).split(" ")[0], {
      timeoutMs: 10_000,
      onWait: () => {
        waited = true;
      },
    });
    expect(result).toBe(String(process.pid));
    expect(waited).toBe(false);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(await readdir(path.dirname(file))).toEqual([]);
  });

  it("gives up on a live holder after the timeout and leaves its lock alone", async () => {
    const file = await lockFile();
    const holder = await holderProcess(file);
    try {
      const held = await readFile(file, "utf8");
      const error = await withLock(file, async () => "entered", { timeoutMs: 300, pollMs: 20 }).catch(
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(LockTimeoutError);
      expect((error as LockTimeoutError).holderPid).toBe(holder.pid);
      expect(await readFile(file, "utf8")).toBe(held);
    } finally {
      const exited = once(holder, "exit");
      holder.stdin?.end();
      await exited;
    }
  });

  it("releases the lock when the holder throws", async () => {
    const file = await lockFile();
    await expect(
      withLock(
        file,
        async () => {
          throw new Error("start failed");
        },
        { timeoutMs: 1000 },
      ),
    ).rejects.toThrow("start failed");
    expect(await withLock(file, async () => "next", { timeoutMs: 1000 })).toBe("next");
  });
});
