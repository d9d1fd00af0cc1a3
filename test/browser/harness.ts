/**
 * The browser side of the workbench tests: Debian's Chromium driven by playwright-core (no browser
 * download), headless, with a fresh profile per launch; screenshots saved as test artefacts.
 * A missing Chromium fails the suite with what to do — it never skips.
 */
import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import { type Browser, chromium, type Locator, type Page } from "playwright-core";
import { CHROMIUM_PATH } from "../../tools/chromium/ensure.ts";

export const CHROMIUM = CHROMIUM_PATH;
export const ARTEFACTS = path.resolve(import.meta.dirname, "../../test-results/browser");

/** Flags for a quiet, reproducible headless run in CI containers (root, no GPU, no Google services). */
const ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
  "--disable-sync",
];

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM}: install it with \`apt-get install -y chromium\` (the browser tests' setup does when run as root) or set CHROMIUM_PATH`,
    );
  }
  mkdirSync(ARTEFACTS, { recursive: true });
  // launch() starts Chromium with a new temporary user-data dir, removed on close.
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
}

/**
 * What the user sees at 1366×768, scrolled to `at` when given. Not full-page: a full-page capture
 * resizes the view and back, after which Chromium dropped the next click (the report's download).
 */
export async function screenshot(page: Page, name: string, at?: Locator): Promise<void> {
  if (at) await at.evaluate((el) => el.scrollIntoView({ block: "start" }));
  await page.screenshot({ path: path.join(ARTEFACTS, `${name}.png`) });
}

/** WCAG 2.x contrast ratio of two CSS colours `rgb(r, g, b)`. */
export function contrast(a: string, b: string): number {
  const lum = (css: string) => {
    const [r = 0, g = 0, bl = 0] = (css.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
    const ch = (v: number) => {
      const s = v / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * ch(r) + 0.7152 * ch(g) + 0.0722 * ch(bl);
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
