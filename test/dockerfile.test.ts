import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "..");

/** npm runs these scripts of the root package during `npm ci`/`npm install`. */
const LIFECYCLE = ["preinstall", "install", "postinstall", "prepare"] as const;

interface Instruction {
  keyword: string;
  args: string;
}

/** The Dockerfile's instructions in order: comments dropped, `\` continuations joined. */
function instructions(dockerfile: string): Instruction[] {
  const logical: string[] = [];
  let pending = "";
  for (const line of dockerfile.split("\n")) {
    if (/^\s*#/.test(line)) continue;
    const continued = /\\\s*$/.test(line);
    pending += `${line.replace(/\\\s*$/, "")} `;
    if (continued) continue;
    if (pending.trim() !== "") logical.push(pending.trim());
    pending = "";
  }
  if (pending.trim() !== "") logical.push(pending.trim());
  return logical.map((l) => {
    const [keyword = "", ...rest] = l.split(/\s+/);
    return { keyword: keyword.toUpperCase(), args: rest.join(" ") };
  });
}

/**
 * Where each file or folder of the build context lands in the image after the instructions up to
 * `until`: COPY from the context (not `--from` another stage), with WORKDIR applied.
 */
function copiedBefore(steps: Instruction[], until: number): { from: string; to: string }[] {
  let workdir = "/";
  const copies: { from: string; to: string }[] = [];
  for (const step of steps.slice(0, until)) {
    if (step.keyword === "WORKDIR") workdir = path.posix.resolve(workdir, step.args);
    if (step.keyword !== "COPY" && step.keyword !== "ADD") continue;
    const words = step.args.trim().startsWith("[")
      ? (JSON.parse(step.args) as string[])
      : step.args.split(/\s+/).filter((w) => w !== "");
    if (words.some((w) => w.startsWith("--from="))) continue;
    const operands = words.filter((w) => !w.startsWith("--"));
    const dest = operands.pop() ?? "";
    const into = dest.endsWith("/") || operands.length > 1;
    for (const source of operands) {
      const from = path.posix.normalize(source).replace(/\/$/, "");
      const isDir = existsSync(path.join(root, from)) && statSync(path.join(root, from)).isDirectory();
      const target = path.posix.resolve(workdir, dest);
      copies.push({ from, to: !isDir && into ? path.posix.join(target, path.posix.basename(from)) : target });
    }
  }
  return copies;
}

/** Where a context path is in the image according to `copies`, or undefined when not copied. */
function inImage(copies: { from: string; to: string }[], file: string): string | undefined {
  let found: string | undefined;
  for (const { from, to } of copies) {
    if (from === ".") found = path.posix.join(to, file);
    else if (file === from) found = to;
    else if (file.startsWith(`${from}/`)) found = path.posix.join(to, file.slice(from.length + 1));
  }
  return found;
}

/** Repository files and folders a script names (`node tools/jieba/build.ts` → tools/jieba/build.ts). */
function pathsNamed(script: string): string[] {
  return script
    .split(/\s+|&&|\|\||;|\|/)
    .map((w) => w.replace(/^["']|["']$/g, ""))
    .filter((w) => w !== "" && !w.startsWith("-") && /[/.]/.test(w) && existsSync(path.join(root, w)))
    .map((w) => path.posix.normalize(w));
}

// No Docker engine runs here, so the image is never built in the suite: this checks the one thing
// that stopped it building, the root package's install scripts needing files not yet copied.
describe("Dockerfile", () => {
  const steps = instructions(readFileSync(path.join(root, "Dockerfile"), "utf8"));
  const pkg = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as {
    scripts: Record<string, string>;
  };

  it("copies every file the root package's install scripts name before the npm install that runs them", () => {
    const install = steps.findIndex((s) => s.keyword === "RUN" && /\bnpm\s+(ci|install|i)\b/.test(s.args));
    expect(install, "a RUN npm ci / npm install").toBeGreaterThan(-1);
    const runsScripts = !/--ignore-scripts\b/.test(steps[install]?.args ?? "");
    const named = LIFECYCLE.flatMap((name) => pathsNamed(pkg.scripts[name] ?? ""));
    // The check reads something: the postinstall builds nodejieba with tools/jieba/build.ts.
    expect(named).toContain("tools/jieba/build.ts");
    expect(runsScripts, "nodejieba is built by install scripts, allowed in package.json allowScripts").toBe(
      true,
    );
    let workdir = "/";
    for (const step of steps.slice(0, install))
      if (step.keyword === "WORKDIR") workdir = path.posix.resolve(workdir, step.args);
    const copies = copiedBefore(steps, install);
    const missing = named.filter((file) => inImage(copies, file) !== path.posix.join(workdir, file));
    expect(missing, "named by a lifecycle script but not COPYed to the same place before npm ci").toEqual([]);
    const ignored = readFileSync(path.join(root, ".dockerignore"), "utf8")
      .split("\n")
      .map((l) => l.trim().replace(/\/$/, ""))
      .filter((l) => l !== "" && !l.startsWith("#"));
    expect(named.filter((file) => ignored.some((i) => file === i || file.startsWith(`${i}/`)))).toEqual([]);
  });

  it("lets the node user write the indexer's default state folder /app/.leian", () => {
    const user = steps.findLastIndex((s) => s.keyword === "USER");
    expect(steps[user]?.args).toBe("node");
    const before = steps.slice(0, user).filter((s) => s.keyword === "RUN");
    expect(before.some((s) => /mkdir\b.*\/app\/\.leian\b/.test(s.args) && /chown\b.*node/.test(s.args))).toBe(
      true,
    );
  });
});
