/**
 * Electron main process: lifecycle, one window per display, our app:// protocol, security,
 * and the wiring between windows and the core. The core itself runs in a utilityProcess
 * (dist/electron/core.cjs); each window gets a MessagePort straight to it, so the main
 * process never carries contract traffic.
 */
import { app, BrowserWindow, MessageChannelMain, screen, utilityProcess, type UtilityProcess } from "electron";
import path from "node:path";
import { registerAppProtocol, registerAppScheme, APP_ORIGIN } from "./app-protocol";
import { onTrustedIpc } from "./ipc-guard";
import { electronNativeBinding } from "./native-binding";
import { hardenSessions } from "./security";

registerAppScheme();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on("second-instance", () => {
    const win = BrowserWindow.getAllWindows()[0];
    if (win) {
      if (win.isMinimized()) win.restore();
      win.focus();
    }
  });
  app.whenReady().then(start, (err) => {
    console.error(err);
    app.exit(1);
  });
}

let core: UtilityProcess | null = null;

function startCore(): UtilityProcess {
  const child = utilityProcess.fork(path.join(__dirname, "core.cjs"), [], {
    serviceName: "City Control Room core",
    env: {
      ...process.env,
      CCR_DATA_DIR: process.env.CCR_DATA_DIR ?? path.join(app.getPath("userData"), "data"),
      CCR_NATIVE_BINDING: electronNativeBinding() ?? "",
      // Bundled code cannot find resources relative to its own source file; say where they are.
      CCR_SITE_FILE: process.env.CCR_SITE_FILE ?? path.join(app.getAppPath(), "resources", "sites", "nis.json"),
    },
  });
  child.on("exit", (code) => {
    if (code !== 0) console.error(`The control-room core stopped (exit ${code}).`);
    core = null;
  });
  return child;
}

function createWindow(display: Electron.Display, role: string): BrowserWindow {
  const { x, y, width, height } = display.workArea;
  const win = new BrowserWindow({
    x,
    y,
    width,
    height,
    backgroundColor: "#1c2127",
    show: false,
    webPreferences: {
      preload: path.join(__dirname, "preload.cjs"),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
    },
  });
  win.once("ready-to-show", () => win.show());
  void win.loadURL(`${APP_ORIGIN}/index.html?role=${encodeURIComponent(role)}`);
  return win;
}

async function start(): Promise<void> {
  hardenSessions();
  registerAppProtocol(path.join(__dirname, "..", "renderer"));
  core = startCore();

  // The renderer asks for its port once its preload runs; the guard checks the sender frame.
  onTrustedIpc("control-room:connect", (event) => {
    if (!core) return;
    const { port1, port2 } = new MessageChannelMain();
    core.postMessage({ type: "window" }, [port1]);
    event.sender.postMessage("control-room:port", null, [port2]);
  });

  const displays = screen.getAllDisplays();
  displays.forEach((display, i) => createWindow(display, i === 0 ? "operator" : "map"));

  app.on("window-all-closed", () => {
    core?.kill();
    app.quit();
  });
}
