// Builds better-sqlite3 for Electron's ABI into .electron-native/, leaving node_modules'
// Node build alone so `npm test` and host mode keep working after the app has run.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { electronVersion } from "./electron-runtime.mjs";

export function ensureElectronSqlite(root) {
  const outDir = path.join(root, ".electron-native");
  const target = path.join(outDir, "better_sqlite3.node");
  const version = electronVersion(root);
  const stamp = path.join(outDir, "electron-version");
  if (fs.existsSync(target) && fs.existsSync(stamp) && fs.readFileSync(stamp, "utf8") === version) return target;

  const work = path.join(outDir, "build-better-sqlite3");
  fs.rmSync(work, { recursive: true, force: true });
  fs.mkdirSync(outDir, { recursive: true });
  fs.cpSync(path.join(root, "node_modules", "better-sqlite3"), work, {
    recursive: true,
    filter: (src) => !src.includes(`${path.sep}build${path.sep}`),
  });
  console.log(`Building better-sqlite3 for Electron ${version} (once)…`);
  // npx node-gyp: the same builder npm uses, fetched from the registry if this npm lacks it.
  execFileSync("npx", ["--yes", "node-gyp@11", "rebuild", "--release", `--target=${version}`, "--dist-url=https://electronjs.org/headers", "--runtime=electron"], {
    cwd: work,
    stdio: "inherit",
  });
  fs.copyFileSync(path.join(work, "build", "Release", "better_sqlite3.node"), target);
  fs.writeFileSync(stamp, version);
  fs.rmSync(work, { recursive: true, force: true });
  return target;
}
