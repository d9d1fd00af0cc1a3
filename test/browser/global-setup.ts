/**
 * The browser tests need what the integration tests need (a real Elasticsearch) plus Chromium,
 * installed here when missing (tools/chromium/ensure.ts) so that `npm test` runs on a fresh machine.
 */
import type { TestProject } from "vitest/node";
import { ensureChromium } from "../../tools/chromium/ensure.ts";
import integrationSetup from "../integration/global-setup.ts";

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  ensureChromium();
  return integrationSetup(project);
}
