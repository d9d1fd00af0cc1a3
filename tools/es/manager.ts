/**
 * Local Elasticsearch manager: gives every machine a real Elasticsearch 9 without Docker.
 *
 * Order of preference: an `ES_URL` that answers; a node this manager started earlier (state file);
 * a fresh node from Maven Central's integ-test-zip distribution run as an unprivileged user;
 * testcontainers when `ES_PROVIDER=testcontainers` (or `auto` and a Docker engine answers).
 */
import { execFile, spawn } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { chown, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import net from "node:net";
import path from "node:path";
import { promisify, stripVTControlCharacters } from "node:util";
import { alive, LockTimeoutError, withLock } from "./start-lock.ts";

const run = promisify(execFile);

/** One-line, actionable failure of the manager; `code` is stable for tests and scripts. */
export class EsManagerError extends Error {
  readonly code:
    | "no_java"
    | "no_maven"
    | "port_taken"
    | "download_refused"
    | "start_failed"
    | "start_locked"
    | "no_unzip";
  constructor(code: EsManagerError["code"], message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "EsManagerError";
    this.code = code;
  }
}

export interface ManagerOptions {
  /** Elasticsearch version; must share the client's major. */
  version: string;
  port: number;
  /** Heap such as "1g" or "512m"; bounded so the node fits beside the indexer on 2 cores. */
  heap: string;
  cacheDir: string;
  dataDir: string;
  logDir: string;
  stateFile: string;
  /** Unix user the node runs as when the manager runs as root (Elasticsearch refuses root). */
  runAsUser: string;
  /** Explicit JDK home; otherwise ES_JAVA_HOME, JAVA_HOME, /usr/lib/jvm/*, PATH are searched. */
  javaHome?: string;
  mavenCommand: string;
  provider: "local" | "testcontainers" | "auto";
  log: (line: string) => void;
}

export interface RunningNode {
  url: string;
  /** Who provides it: an external URL, a node we started now, one we started earlier, or a container. */
  origin: "external" | "started" | "reused" | "testcontainers";
  pid?: number;
  logFile?: string;
  version?: string;
  /** Stops the node when this process owns it (testcontainers); undefined otherwise. */
  stop?: () => Promise<void>;
}

interface NodeState {
  pid: number;
  url: string;
  version: string;
  home: string;
  logFile: string;
  startedAt: string;
}

const projectRoot = path.resolve(import.meta.dirname, "../..");

/** The Elasticsearch client's major version, read from the installed package. */
export function clientMajor(): number {
  const require = createRequire(import.meta.url);
  const pkg = require("@elastic/elasticsearch/package.json") as { version: string };
  return Number(pkg.version.split(".")[0]);
}

/** Settings from the environment, with defaults that suit a 2-core developer machine. */
export function optionsFromEnv(env: NodeJS.ProcessEnv = process.env): ManagerOptions {
  const state = env.ES_STATE_DIR ?? path.join(projectRoot, ".leian/es");
  const provider = env.ES_PROVIDER ?? "auto";
  if (provider !== "local" && provider !== "testcontainers" && provider !== "auto") {
    throw new EsManagerError(
      "start_failed",
      `ES_PROVIDER must be local, testcontainers or auto (got "${provider}")`,
    );
  }
  return {
    version: env.ES_VERSION ?? "9.5.0",
    port: Number(env.ES_PORT ?? 9200),
    heap: env.ES_HEAP ?? "1g",
    cacheDir: env.ES_CACHE_DIR ?? path.join(projectRoot, ".cache/elasticsearch"),
    dataDir: env.ES_DATA_PATH ?? path.join(state, "data"),
    logDir: env.ES_LOG_PATH ?? path.join(state, "logs"),
    stateFile: path.join(state, "state.json"),
    runAsUser: env.ES_RUN_AS ?? "leian-es",
    ...(env.ES_JAVA_HOME ? { javaHome: env.ES_JAVA_HOME } : {}),
    mavenCommand: env.ES_MAVEN ?? "mvn",
    provider,
    log: (line) => console.error(line),
  };
}

/** True when `url` is an Elasticsearch that answers a cluster health request. */
export async function answers(url: string, timeoutMs = 2000): Promise<boolean> {
  try {
    const res = await fetch(new URL("/_cluster/health", url), { signal: AbortSignal.timeout(timeoutMs) });
    if (!res.ok) return false;
    const body = (await res.json()) as { status?: string };
    return typeof body.status === "string";
  } catch {
    return false;
  }
}

async function portInUse(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: "127.0.0.1", port });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

async function readState(file: string): Promise<NodeState | undefined> {
  try {
    return JSON.parse(await readFile(file, "utf8")) as NodeState;
  } catch {
    return undefined;
  }
}

/**
 * The node on this manager's port that uses its data path, when its state file or pid file was
 * lost (a start that crashed after launching it). Elasticsearch locks its data path, so at most
 * one node can match: the one this state dir owns. The node itself reports its pid and paths.
 */
async function nodeOnDataPath(opts: ManagerOptions): Promise<NodeState | undefined> {
  const url = `http://127.0.0.1:${opts.port}`;
  type Nodes = {
    nodes?: Record<
      string,
      {
        version?: string;
        process?: { id?: number };
        settings?: { path?: { data?: string | string[]; logs?: string; home?: string } };
        jvm?: { start_time_in_millis?: number };
      }
    >;
  };
  let body: Nodes;
  try {
    const res = await fetch(
      new URL(
        "/_nodes/_local/process,settings,jvm?filter_path=nodes.*.version,nodes.*.process.id,nodes.*.settings.path,nodes.*.jvm.start_time_in_millis",
        url,
      ),
      { signal: AbortSignal.timeout(3000) },
    );
    if (!res.ok) return undefined;
    body = (await res.json()) as Nodes;
  } catch {
    return undefined;
  }
  const node = Object.values(body.nodes ?? {})[0];
  const pid = node?.process?.id;
  const data = [node?.settings?.path?.data ?? []].flat().map((d) => path.resolve(d));
  if (!node || pid === undefined || !data.includes(path.resolve(opts.dataDir)) || !alive(pid))
    return undefined;
  return {
    pid,
    url,
    version: node.version ?? opts.version,
    home: node.settings?.path?.home ?? "",
    logFile: path.join(node.settings?.path?.logs ?? opts.logDir, "elasticsearch.log"),
    startedAt: new Date(node.jvm?.start_time_in_millis ?? Date.now()).toISOString(),
  };
}

/** The node this manager started: its state file's if that process lives, else one found on its data path. */
async function ownNode(opts: ManagerOptions): Promise<NodeState | undefined> {
  const state = await readState(opts.stateFile);
  if (state && alive(state.pid)) return state;
  return nodeOnDataPath(opts);
}

/** The Java major version a `java` binary reports, or undefined when it does not run. */
export async function javaMajor(javaBin: string): Promise<number | undefined> {
  try {
    const { stderr, stdout } = await run(javaBin, ["-version"], { timeout: 20_000 });
    const match = /version "(\d+)(?:\.(\d+))?/.exec(stderr + stdout);
    if (!match) return undefined;
    const first = Number(match[1]);
    return first === 1 ? Number(match[2]) : first;
  } catch {
    return undefined;
  }
}

/** Finds a JDK home with Java 21+ (Elasticsearch 9 requires it). */
export async function findJava(explicit?: string, env: NodeJS.ProcessEnv = process.env): Promise<string> {
  const candidates: string[] = [];
  if (explicit) candidates.push(explicit);
  else {
    if (env.JAVA_HOME) candidates.push(env.JAVA_HOME);
    if (existsSync("/usr/lib/jvm")) {
      // Newest first: directory names carry the version (temurin-25-jdk-amd64, java-21-openjdk-amd64).
      const dirs = readdirSync("/usr/lib/jvm")
        .filter((d) => /\d/.test(d))
        .sort((a, b) => Number(/\d+/.exec(b)?.[0]) - Number(/\d+/.exec(a)?.[0]));
      candidates.push(...dirs.map((d) => path.join("/usr/lib/jvm", d)));
    }
  }
  const seen: string[] = [];
  for (const home of candidates) {
    const major = await javaMajor(path.join(home, "bin/java"));
    if (major !== undefined && major >= 21) return home;
    seen.push(`${home} (${major ?? "not runnable"})`);
  }
  if (!explicit) {
    const major = await javaMajor("java");
    if (major !== undefined && major >= 21) {
      const { stdout } = await run("sh", ["-c", 'readlink -f "$(command -v java)"']);
      return path.resolve(path.dirname(stdout.trim()), "..");
    }
  }
  throw new EsManagerError(
    "no_java",
    `No Java 21+ found (checked ${seen.join(", ") || "nothing"}): install a JDK 21+ or set ES_JAVA_HOME to one.`,
  );
}

async function commandExists(command: string): Promise<boolean> {
  try {
    await run("sh", ["-c", `command -v "${command.replaceAll('"', "")}"`]);
    return true;
  } catch {
    return false;
  }
}

/** Downloads (once) and unpacks the integ-test-zip distribution; returns the Elasticsearch home. */
export async function ensureDistribution(opts: ManagerOptions): Promise<string> {
  const home = path.join(opts.cacheDir, `elasticsearch-${opts.version}`);
  if (existsSync(path.join(home, "bin/elasticsearch"))) return home;
  await mkdir(opts.cacheDir, { recursive: true });
  const zip = path.join(opts.cacheDir, `elasticsearch-${opts.version}.zip`);
  if (!existsSync(zip)) {
    if (!(await commandExists(opts.mavenCommand))) {
      throw new EsManagerError(
        "no_maven",
        `Maven ("${opts.mavenCommand}") not found: install Maven (apt-get install maven), set ES_MAVEN, or put elasticsearch-${opts.version}.zip in ${opts.cacheDir}.`,
      );
    }
    const artifact = `org.elasticsearch.distribution.integ-test-zip:elasticsearch:${opts.version}:zip`;
    opts.log(`es: downloading ${artifact} from Maven Central…`);
    try {
      await run(
        opts.mavenCommand,
        ["-q", "-B", "dependency:copy", `-Dartifact=${artifact}`, `-DoutputDirectory=${opts.cacheDir}`],
        { timeout: 15 * 60_000, maxBuffer: 16 * 1024 * 1024 },
      );
    } catch (error) {
      const out = stripVTControlCharacters(
        `${(error as { stdout?: string }).stdout ?? ""}\n${(error as { stderr?: string }).stderr ?? ""}`,
      );
      const reason =
        /(?:Could not find artifact|was not found in|Could not transfer|Connection refused|UnknownHost)[^\n]*/.exec(
          out,
        )?.[0] ??
        out.split("\n").find((l) => /ERROR/.test(l)) ??
        String(error);
      throw new EsManagerError(
        "download_refused",
        `Maven could not download ${artifact}: ${reason.replace(/\s+/g, " ").trim().slice(0, 300)} — check the registry/mirror in ~/.m2/settings.xml or choose another ES_VERSION.`,
        { cause: error },
      );
    }
  }
  if (!(await commandExists("unzip"))) {
    throw new EsManagerError("no_unzip", "unzip not found: install it (apt-get install unzip).");
  }
  const staging = `${home}.partial`;
  await rm(staging, { recursive: true, force: true });
  await mkdir(staging, { recursive: true });
  await run("unzip", ["-q", zip, "-d", staging], { maxBuffer: 16 * 1024 * 1024 });
  const inner = path.join(staging, `elasticsearch-${opts.version}`);
  // Security off before the first start: otherwise the node auto-configures TLS and a keystore with
  // settings this minimal distribution cannot read, and refuses to boot. Loopback-only, local use.
  await writeFile(
    path.join(inner, "config/elasticsearch.yml"),
    [
      "# Written by tools/es/manager.ts: a local, loopback-only development node.",
      "xpack.security.enabled: false",
      "# The machine's disk may be nearly full; never turn indices read-only under a developer.",
      "cluster.routing.allocation.disk.threshold_enabled: false",
      "",
    ].join("\n"),
  );
  await run("mv", [inner, home]);
  await rm(staging, { recursive: true, force: true });
  return home;
}

async function unixIds(user: string): Promise<{ uid: number; gid: number }> {
  try {
    const [{ stdout: uid }, { stdout: gid }] = await Promise.all([
      run("id", ["-u", user]),
      run("id", ["-g", user]),
    ]);
    return { uid: Number(uid.trim()), gid: Number(gid.trim()) };
  } catch {
    await run("useradd", ["--system", "--no-create-home", "--shell", "/usr/sbin/nologin", user]);
    return unixIds(user);
  }
}

async function chownTree(dir: string, uid: number, gid: number): Promise<void> {
  await run("chown", ["-R", `${uid}:${gid}`, dir]);
}

async function dockerAnswers(): Promise<boolean> {
  try {
    await run("docker", ["info", "--format", "{{.ServerVersion}}"], { timeout: 5000 });
    return true;
  } catch {
    return false;
  }
}

async function startWithTestcontainers(opts: ManagerOptions): Promise<RunningNode> {
  const { ElasticsearchContainer } = await import("@testcontainers/elasticsearch");
  const container = await new ElasticsearchContainer(
    `docker.elastic.co/elasticsearch/elasticsearch:${opts.version}`,
  )
    .withEnvironment({ "xpack.security.enabled": "false", ES_JAVA_OPTS: `-Xms${opts.heap} -Xmx${opts.heap}` })
    .start();
  const url = `http://${container.getHost()}:${container.getPort()}`;
  opts.log(`es: testcontainers node at ${url}`);
  return {
    url,
    origin: "testcontainers",
    version: opts.version,
    stop: async () => void (await container.stop()),
  };
}

/** Waits until the node answers with yellow or green health. */
async function waitHealthy(url: string, pid: number | undefined, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const res = await fetch(new URL("/_cluster/health?wait_for_status=yellow&timeout=2s", url), {
        signal: AbortSignal.timeout(5000),
      });
      if (res.ok) return;
    } catch {
      // Not listening yet.
    }
    if (pid !== undefined && !alive(pid)) break;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`Elasticsearch at ${url} did not become healthy`);
}

/** How long a start waits for another start on the same state dir: a first one may download. */
const START_LOCK_TIMEOUT_MS = 20 * 60_000;

/**
 * Makes sure an Elasticsearch node is running and returns its URL. Idempotent: a node this
 * manager started earlier is reused, never duplicated, also when two starts on one state dir run
 * at once (a benchmark and a test run): they take turns on a lock file, the second reusing the
 * first's node.
 */
export async function start(opts: ManagerOptions, externalUrl = process.env.ES_URL): Promise<RunningNode> {
  if (externalUrl && (await answers(externalUrl))) return { url: externalUrl, origin: "external" };

  const stateDir = path.dirname(opts.stateFile);
  await mkdir(stateDir, { recursive: true });
  const lockFile = path.join(stateDir, "start.lock");
  try {
    return await withLock(lockFile, () => startLocked(opts), {
      timeoutMs: START_LOCK_TIMEOUT_MS,
      onWait: (pid) => opts.log(`es: waiting for another start on ${stateDir} (pid ${pid}) to finish…`),
    });
  } catch (error) {
    if (!(error instanceof LockTimeoutError)) throw error;
    throw new EsManagerError(
      "start_locked",
      `Another start on ${stateDir} (pid ${error.holderPid}) has not finished in ${START_LOCK_TIMEOUT_MS / 60_000} minutes: wait for it, or delete ${lockFile} if pid ${error.holderPid} is not an es:start.`,
      { cause: error },
    );
  }
}

async function startLocked(opts: ManagerOptions): Promise<RunningNode> {
  const state = await readState(opts.stateFile);
  if (state && alive(state.pid) && (await answers(state.url))) {
    opts.log(`es: reusing node pid ${state.pid} at ${state.url} (log: ${state.logFile})`);
    return {
      url: state.url,
      origin: "reused",
      pid: state.pid,
      logFile: state.logFile,
      version: state.version,
    };
  }
  const found = await nodeOnDataPath(opts);
  if (found && (await answers(found.url))) {
    await writeFile(opts.stateFile, `${JSON.stringify(found, null, 2)}\n`);
    opts.log(
      `es: reusing node pid ${found.pid} at ${found.url}, found on ${opts.dataDir} (its record was lost)`,
    );
    return {
      url: found.url,
      origin: "reused",
      pid: found.pid,
      logFile: found.logFile,
      version: found.version,
    };
  }

  if (opts.provider === "testcontainers" || (opts.provider === "auto" && (await dockerAnswers()))) {
    return startWithTestcontainers(opts);
  }

  const major = clientMajor();
  if (Number(opts.version.split(".")[0]) !== major) {
    throw new EsManagerError(
      "start_failed",
      `ES_VERSION ${opts.version} does not match the client's major ${major}: pick a ${major}.x version.`,
    );
  }

  const url = `http://127.0.0.1:${opts.port}`;
  if (await answers(url)) {
    // An Elasticsearch we did not start: use it, never stop it.
    return { url, origin: "external" };
  }
  if (await portInUse(opts.port)) {
    throw new EsManagerError(
      "port_taken",
      `Port ${opts.port} is in use by something that is not Elasticsearch: stop it or set ES_PORT to a free port.`,
    );
  }

  const javaHome = await findJava(opts.javaHome);
  const home = await ensureDistribution(opts);
  await mkdir(opts.dataDir, { recursive: true });
  await mkdir(opts.logDir, { recursive: true });
  await mkdir(path.dirname(opts.stateFile), { recursive: true });

  const root = process.getuid?.() === 0;
  const ids = root ? await unixIds(opts.runAsUser) : undefined;
  if (ids) {
    for (const dir of [home, opts.dataDir, opts.logDir]) await chownTree(dir, ids.uid, ids.gid);
  }

  const pidFile = path.join(path.dirname(opts.stateFile), "es.pid");
  await rm(pidFile, { force: true });
  if (ids) await chown(path.dirname(opts.stateFile), ids.uid, ids.gid);
  const logFile = path.join(opts.logDir, "elasticsearch.log");
  opts.log(`es: starting Elasticsearch ${opts.version} on ${url} (heap ${opts.heap}, log: ${logFile})`);

  const args = [
    "-d",
    "-p",
    pidFile,
    "-E",
    "discovery.type=single-node",
    "-E",
    "network.host=127.0.0.1",
    "-E",
    `http.port=${opts.port}`,
    "-E",
    `path.data=${opts.dataDir}`,
    "-E",
    `path.logs=${opts.logDir}`,
  ];
  const child = spawn(path.join(home, "bin/elasticsearch"), args, {
    cwd: home,
    env: {
      PATH: process.env.PATH ?? "/usr/bin:/bin",
      ES_JAVA_HOME: javaHome,
      ES_JAVA_OPTS: `-Xms${opts.heap} -Xmx${opts.heap}`,
      HOME: home,
    },
    stdio: ["ignore", "pipe", "pipe"],
    ...(ids ?? {}),
  });
  let output = "";
  child.stdout.on("data", (d: Buffer) => {
    output += d.toString();
  });
  child.stderr.on("data", (d: Buffer) => {
    output += d.toString();
  });
  const exitCode = await new Promise<number | null>((resolve) => child.once("exit", resolve));
  if (exitCode !== 0) {
    const reason = output.split("\n").find((l) => /ERROR|Exception|error:/.test(l)) ?? output.slice(-300);
    throw new EsManagerError(
      "start_failed",
      `Elasticsearch failed to start (exit ${exitCode}): ${reason.trim().slice(0, 300)} — see ${logFile}`,
    );
  }
  const written = Number((await readFile(pidFile, "utf8").catch(() => "")).trim());
  await waitHealthy(url, written > 0 ? written : undefined, 180_000).catch((error: unknown) => {
    throw new EsManagerError("start_failed", `${(error as Error).message} — see ${logFile}`, {
      cause: error,
    });
  });
  // A second node on this data path, started outside this lock, deletes the pid file as it fails:
  // the node then says its pid itself.
  const pid = written > 0 ? written : (await nodeOnDataPath(opts))?.pid;
  if (pid === undefined) {
    throw new EsManagerError(
      "start_failed",
      `Elasticsearch answers at ${url} but neither ${pidFile} nor the node names its pid — see ${logFile}`,
    );
  }
  const node: NodeState = {
    pid,
    url,
    version: opts.version,
    home,
    logFile,
    startedAt: new Date().toISOString(),
  };
  await writeFile(opts.stateFile, `${JSON.stringify(node, null, 2)}\n`);
  opts.log(`es: ready at ${url} (pid ${pid}, log: ${logFile})`);
  return { url, origin: "started", pid, logFile, version: opts.version };
}

/**
 * Stops the node this manager started (and only that one: its state file's, or the node on its data
 * path whose record was lost). Returns whether one was stopped.
 */
export async function stop(opts: ManagerOptions): Promise<boolean> {
  const state = await ownNode(opts);
  if (!state) {
    await rm(opts.stateFile, { force: true });
    return false;
  }
  let stopped = false;
  if (alive(state.pid)) {
    process.kill(state.pid, "SIGTERM");
    const deadline = Date.now() + 60_000;
    while (alive(state.pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
    if (alive(state.pid)) process.kill(state.pid, "SIGKILL");
    stopped = true;
  }
  await rm(opts.stateFile, { force: true });
  return stopped;
}

export interface NodeStatus {
  running: boolean;
  url?: string;
  pid?: number;
  logFile?: string;
  version?: string;
  health?: string;
}

/** The state of the node this manager started, if any (also one whose state file was lost). */
export async function status(opts: ManagerOptions): Promise<NodeStatus> {
  const state = await ownNode(opts);
  if (!state) return { running: false };
  let health: string | undefined;
  try {
    const res = await fetch(new URL("/_cluster/health", state.url), { signal: AbortSignal.timeout(3000) });
    health = ((await res.json()) as { status?: string }).status;
  } catch {
    health = "unreachable";
  }
  return {
    running: true,
    url: state.url,
    pid: state.pid,
    logFile: state.logFile,
    version: state.version,
    health,
  };
}
