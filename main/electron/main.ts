/**
 * Electron main process: lifecycle, one window per display, our app:// protocol, security,
 * and the wiring between windows and the core. The core itself runs in a utilityProcess
 * (dist/electron/core.cjs) watched by CoreSupervisor; each window gets a MessagePort straight
 * to it, so the main process never carries contract traffic. Every decision made here lives
 * in a plain module with a Node test; this file only wires them.
 */
import { app, dialog, MessageChannelMain } from "electron";
import path from "node:path";
import { IPC } from "../../preload/ipc-channels";
import { registerAppProtocol, registerAppScheme } from "./app-protocol";
import { windowRoleOf } from "../../contract/api";
import { windowPortMessage } from "./core-messages";
import { CoreSupervisor } from "./core-supervisor";
import { desktopCsp } from "./desktop-csp";
import { onTrustedIpc } from "./ipc-guard";
import { PasswordStore } from "./password-store";
import { electronNativeBinding } from "./native-binding";
import { hardenSessions } from "./security";
import { TileSource } from "../core/tiles/tile-source";
import { registerLayoutIpc } from "./layout-ipc";
import { registerHandoverPdf } from "./handover-pdf";
import { WindowSet } from "./windows";

registerAppScheme();

let windows: WindowSet | null = null;
let core: CoreSupervisor | null = null;

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on("second-instance", () => {
    const win = windows?.all()[0];
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

function askPerson(reason: string, failures: number): void {
  void dialog
    .showMessageBox({
      type: "error",
      title: "City Control Room",
      message: "The control-room core keeps stopping",
      detail: `${reason}\n\nIt stopped ${failures} times in a row and is no longer restarted by itself. The windows show the last known values, marked disconnected.`,
      buttons: ["Try again", "Quit"],
      defaultId: 0,
      cancelId: 1,
      noLink: true,
    })
    .then(({ response }) => (response === 0 ? core?.retry() : app.quit()));
}

async function start(): Promise<void> {
  hardenSessions();
  // Bundled code cannot find resources relative to its own source file; say where they are.
  const siteFile = process.env.CCR_SITE_FILE ?? path.join(app.getAppPath(), "resources", "sites", "nis.json");
  const { csp, problem } = desktopCsp(siteFile);
  if (problem) console.warn(`Map tiles left out of the page policy: ${problem}`);
  const dataDir = process.env.CCR_DATA_DIR ?? path.join(app.getPath("userData"), "data");
  // Without the Electron build of better-sqlite3 the files cannot be opened here: every tile is 404, the outline still draws.
  registerAppProtocol(path.join(__dirname, "..", "renderer"), csp, new TileSource(dataDir, electronNativeBinding() ?? undefined));

  const openWindows = new WindowSet(path.join(app.getPath("userData"), "window-layout.json"), path.join(__dirname, "preload.cjs"));
  windows = openWindows;
  const supervisor = new CoreSupervisor({
    modulePath: path.join(__dirname, "core.cjs"),
    env: {
      ...process.env,
      CCR_DATA_DIR: dataDir,
      CCR_NATIVE_BINDING: electronNativeBinding() ?? "",
      CCR_SITE_FILE: siteFile,
    },
    tellWindowsLost: (reason) => openWindows.send(IPC.coreLost, reason),
    reloadWindows: () => openWindows.reloadAll(),
    askPerson,
    passwords: new PasswordStore(path.join(app.getPath("userData"), "kept-passwords.json")),
  });
  core = supervisor;
  supervisor.start();

  // The renderer asks for its port once its preload runs; the guard checks the sender frame.
  // With no core right now the request is dropped: the window is reloaded when one is up.
  onTrustedIpc(IPC.connect, (event) => {
    const child = supervisor.current();
    if (!child) return;
    const { port1, port2 } = new MessageChannelMain();
    // The window's role is in the address the main process gave it (navigation is blocked).
    const role = windowRoleOf(new URL(event.senderFrame?.url ?? "app://control-room/").searchParams.get("role"));
    child.postMessage(windowPortMessage(role), [port1]);
    event.sender.postMessage(IPC.port, null, [port2]);
  });

  // The operator window saves and loads layouts as files, and opens role windows (layout-ipc.ts).
  registerLayoutIpc(openWindows);
  // The shift handover report saved as a PDF (handover-pdf.ts).
  registerHandoverPdf();
  openWindows.openAll();

  app.on("before-quit", () => supervisor.stop());
  app.on("window-all-closed", () => {
    supervisor.stop();
    app.quit();
  });
}
