import { defineConfig } from "vitest/config";

// Three suites: `unit` needs no server (pure logic, plus quality floors measured on ../shared data when it
// is present); `integration` runs against a real Elasticsearch provided by the global setup; `browser`
// drives the workbench in Debian's Chromium against the service and that same Elasticsearch.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          include: [
            "src/**/*.test.ts",
            "indexer/**/*.test.ts",
            "tools/**/*.test.ts",
            "test/*.test.ts",
            "test/quality/**/*.test.ts",
            "test/eval/**/*.test.ts",
          ],
          testTimeout: 120_000,
        },
      },
      {
        test: {
          name: "integration",
          include: ["test/integration/**/*.test.ts"],
          globalSetup: ["test/integration/global-setup.ts"],
          testTimeout: 180_000,
          hookTimeout: 300_000,
          // One Elasticsearch node on a 2-core machine: files run one after another.
          fileParallelism: false,
        },
      },
      {
        test: {
          name: "browser",
          include: ["test/browser/**/*.test.ts"],
          globalSetup: ["test/browser/global-setup.ts"],
          testTimeout: 180_000,
          hookTimeout: 300_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
