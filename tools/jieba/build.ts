/**
 * Postinstall step (package.json `postinstall`): builds nodejieba so that its TextRank extractor
 * shares the segmenter's dictionary instead of loading a second copy.
 *
 * nodejieba 3.5's `load()` builds a cppjieba `Jieba` and then a `TextRankExtractor` from the same
 * dictionary paths, and that extractor parses the whole dictionary into a trie of its own: ~110 MB
 * per process that segments, for a feature Leian never calls. cppjieba already offers the
 * constructor `TextRankExtractor(const Jieba&, stopWordPath)`, which reuses the Jieba's trie and HMM
 * model; this step switches the addon to it (one statement in lib/nodejieba.cpp) and rebuilds the
 * addon from source (a few seconds). Segmentation is unchanged: same dictionary, same trie.
 *
 * Idempotent: an addon already built from the patched source is left alone. When nodejieba's source
 * no longer has the expected statement (another version), it warns and leaves the addon as
 * installed, which works and only costs the memory.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, realpathSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const require = createRequire(import.meta.url);
const dir = path.dirname(require.resolve("nodejieba/package.json"));
const source = path.join(dir, "lib/nodejieba.cpp");
const addon = path.join(dir, "build/Release/nodejieba.node");

const ORIGINAL =
  /new\s+cppjieba\s*::\s*TextRankExtractor\(\s*dictPath\s*,\s*modelPath\s*,\s*stopWordsPath\s*,\s*userDictPath\s*\)/;
const SHARED = "new cppjieba::TextRankExtractor(*_jieba_handle, stopWordsPath)";

const text = readFileSync(source, "utf8");
if (!text.includes(SHARED)) {
  if (!ORIGINAL.test(text)) {
    console.warn(
      `leian: ${source} is not the nodejieba 3.5 source this step knows; the addon is left as installed (it loads its dictionary twice, ~110 MB more per segmenting process)`,
    );
    process.exit(0);
  }
  writeFileSync(source, text.replace(ORIGINAL, SHARED));
}

const upToDate = existsSync(addon) && statSync(addon).mtimeMs > statSync(source).mtimeMs;
if (upToDate) process.exit(0);

console.log("leian: building nodejieba from source with a shared TextRank dictionary…");
const preGyp = require.resolve("@mapbox/node-pre-gyp/bin/node-pre-gyp");
const build = spawnSync(process.execPath, [preGyp, "rebuild"], {
  cwd: dir,
  stdio: "inherit",
  env: {
    ...process.env,
    npm_config_node_gyp: process.env.npm_config_node_gyp ?? npmNodeGyp(),
    // node-gyp would download the headers of the running Node (24, from the `node` package), which
    // needs the internet. The addon uses N-API only, which is ABI-stable, so the system Node's
    // headers (Debian's nodejs ships them in /usr/include/node) build an addon that loads on 20 and 24.
    ...(process.env.npm_config_nodedir === undefined && existsSync("/usr/include/node/node_api.h")
      ? { npm_config_nodedir: "/usr" }
      : {}),
  },
});
if (build.status !== 0) {
  console.error(
    "leian: building nodejieba failed (a C++ compiler, make and python3 are needed: apt-get install g++ make python3)",
  );
  process.exit(build.status ?? 1);
}

/**
 * npm's own node-gyp, for runs outside npm (npm sets npm_config_node_gyp for install scripts): the
 * Node from the `node` package has no npm beside it, so node-pre-gyp would not find one.
 */
function npmNodeGyp(): string | undefined {
  const which = spawnSync("sh", ["-c", "command -v npm"], { encoding: "utf8" }).stdout.trim();
  if (!which) return undefined;
  const candidate = path.join(path.dirname(realpathSync(which)), "../node_modules/node-gyp/bin/node-gyp.js");
  return existsSync(candidate) ? candidate : undefined;
}
