/**
 * An exclusive lock file holding its holder's pid, for one machine: callers of `withLock` on the
 * same file run one after another, across processes and within one. A lock whose holder died (a
 * start killed mid-way) is taken over at once; a live holder is waited for up to `timeoutMs`.
 */
import { randomUUID } from "node:crypto";
import { link, readFile, rename, rm, writeFile } from "node:fs/promises";

/** True when a process with this pid exists (EPERM: it exists but belongs to another user). */
export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** The lock stayed with a live holder past the timeout. */
export class LockTimeoutError extends Error {
  readonly file: string;
  readonly holderPid: number;
  constructor(file: string, holderPid: number, timeoutMs: number) {
    super(`${file} is held by pid ${holderPid} for more than ${Math.round(timeoutMs / 1000)} s`);
    this.name = "LockTimeoutError";
    this.file = file;
    this.holderPid = holderPid;
  }
}

export interface LockOptions {
  /** How long to wait for a live holder. */
  timeoutMs: number;
  pollMs?: number;
  /** Called once, when the lock is first found held by a live process. */
  onWait?: (holderPid: number) => void;
}

function isCode(error: unknown, code: string): boolean {
  return (error as NodeJS.ErrnoException | undefined)?.code === code;
}

async function readHolder(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, "utf8");
  } catch (error) {
    if (isCode(error, "ENOENT")) return undefined;
    throw error;
  }
}

function pidOf(content: string): number {
  return Number.parseInt(content, 10);
}

/** Creates `file` holding `content`, or returns false when it exists. */
async function create(file: string, content: string): Promise<boolean> {
  // Written aside and linked into place, so the lock never exists empty: a reader always finds a
  // pid, even when its creator dies between creating and writing.
  const aside = `${file}.${process.pid}.${randomUUID()}`;
  await writeFile(aside, content);
  try {
    await link(aside, file);
    return true;
  } catch (error) {
    if (isCode(error, "EEXIST")) return false;
    throw error;
  } finally {
    await rm(aside, { force: true });
  }
}

/** Removes `file` if it still holds `stale`; a lock another waiter took over meanwhile is put back. */
async function removeStale(file: string, stale: string): Promise<void> {
  const aside = `${file}.stale.${process.pid}.${randomUUID()}`;
  try {
    await rename(file, aside);
  } catch (error) {
    if (isCode(error, "ENOENT")) return;
    throw error;
  }
  const moved = await readHolder(aside);
  if (moved !== undefined && moved !== stale) await link(aside, file).catch(() => undefined);
  await rm(aside, { force: true });
}

/**
 * Runs `fn` holding the lock `file` (its directory must exist) and releases it afterwards, also
 * when `fn` throws. Throws LockTimeoutError when a live holder keeps it past `timeoutMs`.
 */
export async function withLock<T>(file: string, fn: () => Promise<T>, options: LockOptions): Promise<T> {
  const mine = `${process.pid} ${randomUUID()}\n`;
  const deadline = Date.now() + options.timeoutMs;
  let waited = false;
  while (!(await create(file, mine))) {
    const holder = await readHolder(file);
    if (holder === undefined) continue;
    const pid = pidOf(holder);
    if (!(pid > 0) || !alive(pid)) {
      await removeStale(file, holder);
      continue;
    }
    if (Date.now() >= deadline) throw new LockTimeoutError(file, pid, options.timeoutMs);
    if (!waited) options.onWait?.(pid);
    waited = true;
    await new Promise((r) => setTimeout(r, options.pollMs ?? 250));
  }
  try {
    return await fn();
  } finally {
    if ((await readHolder(file)) === mine) await rm(file, { force: true });
  }
}
