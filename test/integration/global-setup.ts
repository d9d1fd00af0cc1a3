/**
 * Provides a real Elasticsearch to the integration suite: ES_URL when it answers, otherwise the
 * local manager (tools/es), otherwise testcontainers when a Docker engine answers. A node started
 * here is stopped after the run; one that was already running is left alone.
 */
import type { TestProject } from "vitest/node";
import { optionsFromEnv, start, stop } from "../../tools/es/manager.ts";

declare module "vitest" {
  export interface ProvidedContext {
    esUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const opts = optionsFromEnv();
  const node = await start(opts);
  project.provide("esUrl", node.url);
  return async () => {
    if (node.origin === "started") await stop(opts);
    else if (node.origin === "testcontainers") await node.stop?.();
  };
}
