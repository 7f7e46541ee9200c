// `npm test`: typecheck, lint (the process boundary), vitest (unit + integration), Playwright e2e
// in Debian's Chromium, the Electron smoke test and the benchmarks' smoke form; every runner's own
// output is shown, then one line summing them all.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const results = [];
const outDir = "test-results";
fs.mkdirSync(outDir, { recursive: true });

function run(name, command, args, { env = {} } = {}) {
  console.log(`\n=== ${name}: ${command} ${args.join(" ")}`);
  const r = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, ...env } });
  return r.status ?? 1;
}

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8"));
  } catch {
    return null;
  }
}

/** Skip annotations anywhere in a Playwright JSON report, so a skip always says why. */
/** Playwright tests that passed only on a retry, as "file › title". */
function flakyTests(node, out = []) {
  if (Array.isArray(node)) node.forEach((n) => flakyTests(n, out));
  else if (node && typeof node === "object") {
    if (Array.isArray(node.specs)) for (const spec of node.specs) for (const t of spec.tests ?? []) if (t.status === "flaky") out.push(`${spec.file} › ${spec.title}`);
    if (Array.isArray(node.suites)) flakyTests(node.suites, out);
  }
  return out;
}

function skipReasons(node, out = new Set()) {
  if (Array.isArray(node)) node.forEach((n) => skipReasons(n, out));
  else if (node && typeof node === "object") {
    if (node.type === "skip" && typeof node.description === "string") out.add(node.description);
    Object.values(node).forEach((v) => skipReasons(v, out));
  }
  return out;
}

// 1. Typecheck counts as one check.
{
  const code = run("typecheck", "npx", ["tsc", "-p", "tsconfig.json", "--noEmit"]);
  results.push({ name: "typecheck", passed: code === 0 ? 1 : 0, failed: code === 0 ? 0 : 1, skipped: 0 });
}

// 1b. Lint counts as one check: it holds the process boundary (eslint.config.js).
{
  const code = run("lint", "npx", ["eslint", "."]);
  results.push({ name: "lint", passed: code === 0 ? 1 : 0, failed: code === 0 ? 0 : 1, skipped: 0 });
}

// 2. vitest: unit + integration against the real simulator and real SQLite files.
{
  const file = path.join(outDir, "vitest.json");
  fs.rmSync(file, { force: true });
  const code = run("vitest", "npx", ["vitest", "run", "--reporter=default", "--reporter=json", `--outputFile.json=${file}`]);
  const j = readJson(file);
  const passed = j?.numPassedTests ?? 0;
  const failed = (j?.numFailedTests ?? 0) + (code !== 0 && !(j?.numFailedTests > 0) ? 1 : 0);
  // Passed, but only on the retry (vitest.config.ts): its first failure is still in the report.
  const flaky = (j?.testResults ?? []).flatMap((f) =>
    f.assertionResults.filter((a) => a.status === "passed" && a.failureMessages?.length).map((a) => `${path.relative(process.cwd(), f.name)} › ${a.fullName}`),
  );
  results.push({ name: "vitest", passed, failed, skipped: (j?.numPendingTests ?? 0) + (j?.numTodoTests ?? 0), flaky });
}

// 3 + 4. Playwright: e2e in Chromium against host mode, then the Electron smoke test.
for (const [name, config, needsBuild] of [
  ["e2e", "test/e2e/playwright.config.ts", true],
  ["electron", "test/electron/playwright.config.ts", false],
]) {
  if (needsBuild && run("build renderer", "npm", ["run", "build:renderer"]) !== 0) {
    results.push({ name, passed: 0, failed: 1, skipped: 0 });
    continue;
  }
  const file = path.resolve(outDir, `${name}.json`);
  fs.rmSync(file, { force: true });
  const code = run(name, "npx", ["playwright", "test", "-c", config, "--reporter=list,json"], {
    env: { PLAYWRIGHT_JSON_OUTPUT_NAME: file },
  });
  const report = readJson(file);
  const s = report?.stats;
  for (const reason of skipReasons(report)) console.log(`${name}: skipped — ${reason}`);
  const passed = (s?.expected ?? 0) + (s?.flaky ?? 0);
  const failed = (s?.unexpected ?? 0) + (code !== 0 && !(s?.unexpected > 0) ? 1 : 0);
  results.push({ name, passed, failed, skipped: s?.skipped ?? 0, flaky: flakyTests(report) });
}

// 5. The benchmarks' smoke form (after the e2e step built the renderer): each benchmark counts as
// one check that it still runs, at small sizes; timings are not checked here.
{
  const file = path.join(outDir, "bench-quick.json");
  fs.rmSync(file, { force: true });
  const code = run("bench --quick", "npm", ["run", "bench", "--", "--quick", "--out", file]);
  const runs = readJson(file)?.runs ?? [];
  const passed = runs.filter((r) => r.ok).length;
  const failed = runs.filter((r) => !r.ok).length + (code !== 0 && !runs.some((r) => !r.ok) ? 1 : 0);
  results.push({ name: "bench --quick", passed, failed, skipped: 0 });
}

console.log("\n=== summary");
for (const r of results) {
  const flaky = r.flaky ?? [];
  console.log(`${r.name}: ${r.passed} passed, ${r.failed} failed, ${r.skipped} skipped${flaky.length ? `, ${flaky.length} of the passed only on a retry (flaky)` : ""}`);
  for (const t of flaky) console.log(`  flaky: ${t}`);
}
const passed = results.reduce((n, r) => n + r.passed, 0);
const failed = results.reduce((n, r) => n + r.failed, 0);
const skipped = results.reduce((n, r) => n + r.skipped, 0);
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 ? 1 : 0);
