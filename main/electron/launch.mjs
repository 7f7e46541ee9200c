// `npm start`: the desktop app where the Electron runtime is installed; where it is not (a closed
// network, as on our build machines) it says so in one line and runs host mode instead, the way
// `npm run serve` does, opening the printed URL in the default browser when there is one. So the
// README's first command always gives a working app. It never waits on a download.
// Arguments after `--` go to host mode (`npm start -- --port 8080 --data DIR`).
import { execSync, spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { findElectronBinary } from "./electron-runtime.mjs";
import { ensureElectronSqlite } from "./native-build.mjs";

const root = fileURLToPath(new URL("../..", import.meta.url));
const binary = findElectronBinary(root);

if (binary) runDesktop(binary);
else runHostMode(process.argv.slice(2));

function runDesktop(electron) {
  try {
    execSync("npm run build", { cwd: root, stdio: "inherit" });
    ensureElectronSqlite(root);
  } catch (err) {
    console.error(`Could not build the app for Electron: ${err.message}`);
    process.exit(1);
  }
  supervise(spawn(electron, [root], { stdio: "inherit" }));
}

function runHostMode(args) {
  console.log(
    "The Electron runtime is not installed here (node_modules/electron has no binary), so City Control Room starts in host mode for your browser instead.",
  );
  try {
    if (rendererIsStale()) execSync("npm run build:renderer", { cwd: root, stdio: "inherit" });
  } catch (err) {
    console.error(`Could not build the renderer: ${err.message}`);
    process.exit(1);
  }
  // As `npm run serve` runs it (tsx), but without npm in between, so signals reach it directly.
  const child = spawn(process.execPath, ["--import", "tsx", "main/host/cli.ts", ...args], { cwd: root, stdio: ["inherit", "pipe", "inherit"] });
  let seen = "";
  let opened = false;
  child.stdout.on("data", (chunk) => {
    process.stdout.write(chunk);
    if (opened) return;
    seen += chunk.toString();
    const ready = /is ready: (http:\/\/\S+)/.exec(seen);
    if (ready) {
      opened = true;
      openInBrowser(ready[1]);
    }
  });
  supervise(child);
}

/** The built renderer is missing or older than any source it is built from. */
function rendererIsStale() {
  const built = path.join(root, "dist", "renderer", "index.html");
  if (!fs.existsSync(built)) return true;
  const builtAt = fs.statSync(built).mtimeMs;
  const newest = (dir) => {
    let latest = 0;
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      latest = Math.max(latest, entry.isDirectory() ? newest(full) : fs.statSync(full).mtimeMs);
    }
    return latest;
  };
  return ["renderer", "contract"].some((dir) => newest(path.join(root, dir)) > builtAt) || fs.statSync(path.join(root, "package-lock.json")).mtimeMs > builtAt;
}

/** Opens the URL with the platform's opener, only if there is one and a display to show it on. */
function openInBrowser(url) {
  if (process.env.CCR_NO_BROWSER) return;
  let command;
  let args = [url];
  if (process.platform === "darwin") command = "open";
  else if (process.platform === "win32") {
    // Not `cmd /c start`: cmd would parse the URL; this hands it to the default browser as is.
    command = "rundll32";
    args = ["url.dll,FileProtocolHandler", url];
  } else {
    // Without a display xdg-open falls back to a text browser, which would take over this terminal.
    if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) return;
    command = "xdg-open";
  }
  if (process.platform !== "win32" && !onPath(command)) return;
  try {
    const opener = spawn(command, args, { stdio: "ignore", detached: true });
    opener.on("error", () => {}); // no browser is not an error: the URL is printed above
    opener.unref();
  } catch {
    // same
  }
}

function onPath(command) {
  return (process.env.PATH ?? "").split(path.delimiter).some((dir) => {
    try {
      fs.accessSync(path.join(dir, command), fs.constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

/**
 * Ctrl-C reaches the whole foreground process group, the child included; this process stays
 * until the child has stopped (it closes the store and the simulator), passing on any signal
 * sent to this process alone, and exits with the child's status.
 */
function supervise(child) {
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) {
    process.on(signal, () => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    });
  }
  child.on("error", (err) => {
    console.error(`Could not start: ${err.message}`);
    process.exit(1);
  });
  child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}
