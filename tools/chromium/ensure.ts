/**
 * Makes sure Debian's Chromium (and a CJK font, so screenshots are readable) is there for the
 * workbench's browser tests: installed with apt-get when missing and this runs as root, as the test
 * suite's Elasticsearch is fetched when missing. Elsewhere it only says what to install; the browser
 * tests then fail with the same instruction (they never skip).
 *
 * Used by the browser tests' global setup (so `npm test` works on a fresh machine) and runnable
 * alone: `node tools/chromium/ensure.ts`.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const PACKAGES = ["chromium", "fonts-wqy-zenhei"];

function hasCjkFont(): boolean {
  const list = spawnSync("fc-list", [":lang=zh"], { encoding: "utf8" });
  return list.status === 0 && list.stdout.trim().length > 0;
}

/** True when Chromium is (now) at CHROMIUM_PATH. */
export function ensureChromium(log: (line: string) => void = (l) => console.error(l)): boolean {
  if (existsSync(CHROMIUM_PATH) && hasCjkFont()) return true;
  const root = process.getuid?.() === 0;
  const apt = spawnSync("sh", ["-c", "command -v apt-get"]).status === 0;
  if (!root || !apt || process.env.CHROMIUM_PATH) {
    if (!existsSync(CHROMIUM_PATH)) {
      log(
        `chromium: not found at ${CHROMIUM_PATH}; install it with \`apt-get install -y ${PACKAGES.join(" ")}\``,
      );
    }
    return existsSync(CHROMIUM_PATH);
  }
  log(`chromium: installing ${PACKAGES.join(", ")} with apt-get (browser tests)…`);
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  const update = spawnSync("apt-get", ["update", "-qq"], { stdio: ["ignore", "ignore", "inherit"], env });
  const install = spawnSync("apt-get", ["install", "-y", "-qq", "--no-install-recommends", ...PACKAGES], {
    stdio: ["ignore", "ignore", "inherit"],
    env,
  });
  if (update.status !== 0 || install.status !== 0) log("chromium: apt-get failed (see above)");
  return existsSync(CHROMIUM_PATH);
}

if (import.meta.main) process.exit(ensureChromium() ? 0 : 1);
