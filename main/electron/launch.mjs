// `npm start`: runs the desktop app when the Electron runtime is installed; otherwise says so
// in a few lines and points to host mode. It never waits on a download.
import { execSync, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { findElectronBinary } from "./electron-runtime.mjs";
import { ensureElectronSqlite } from "./native-build.mjs";

const root = fileURLToPath(new URL("../..", import.meta.url));
const binary = findElectronBinary(root);

if (!binary) {
  console.error(
    [
      "The Electron runtime is not installed on this machine (node_modules/electron has no binary),",
      "so the desktop app cannot start here. On a machine with access to Electron's releases,",
      "run `node node_modules/electron/install.js` once, then `npm start` again.",
      "To use City Control Room now, run host mode: `npm run serve` and open the printed URL.",
    ].join("\n"),
  );
  process.exit(1);
}

try {
  execSync("npm run build", { cwd: root, stdio: "inherit" });
  ensureElectronSqlite(root);
} catch (err) {
  console.error(`Could not build the app for Electron: ${err.message}`);
  process.exit(1);
}

const child = spawn(binary, [root], { stdio: "inherit" });
child.on("exit", (code) => process.exit(code ?? 0));
