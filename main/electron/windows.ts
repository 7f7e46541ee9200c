/**
 * Opens the workstation's windows where the layout planner says (layout-planner.ts), and keeps
 * the layout (userData/window-layout.json) as people move, resize and full-screen them: each
 * window's role, its display and its place relative to that display. F11 and Ctrl+Shift+→ are
 * decided in layout-keys.ts. A layout loaded from a file (layout-files.ts) moves the open windows
 * of its roles and opens or closes the rest.
 */
import { BrowserWindow, screen } from "electron";
import fs from "node:fs";
import path from "node:path";
import { APP_ORIGIN } from "./app-origin";
import { layoutKeyAction } from "./layout-keys";
import type { WindowRole } from "../../contract/api";
import { captureLayout, displayMatching, moveToNextDisplay, parseLayoutFile, planLayout, type PlannedWindow, type WorkstationLayout } from "./layout-planner";
import { fitOnDisplay, type DisplayInfo } from "./window-placement";

function displays(): DisplayInfo[] {
  const primaryId = screen.getPrimaryDisplay().id;
  return screen.getAllDisplays().map((d) => ({ id: d.id, bounds: d.bounds, workArea: d.workArea, primary: d.id === primaryId }));
}

function readLayout(file: string): WorkstationLayout | null {
  try {
    const parsed = parseLayoutFile(fs.readFileSync(file, "utf8"));
    if (parsed.ok) return parsed.layout;
    console.warn(`The saved window layout ${file} is not used: ${parsed.error}`);
    return null;
  } catch {
    return null;
  }
}

export class WindowSet {
  private readonly windows = new Map<BrowserWindow, WindowRole>();
  private readonly layout: WorkstationLayout | null;

  constructor(
    private readonly layoutFile: string,
    private readonly preload: string,
  ) {
    this.layout = readLayout(layoutFile);
  }

  openAll(): void {
    for (const placement of planLayout(displays(), this.layout)) this.open(placement);
  }

  all(): BrowserWindow[] {
    return [...this.windows.keys()].filter((w) => !w.isDestroyed());
  }

  /** Sends to every window's preload (only ours: windows are created here and nowhere else). */
  send(channel: string, ...args: unknown[]): void {
    for (const win of this.all()) win.webContents.send(channel, ...args);
  }

  reloadAll(): void {
    for (const win of this.all()) win.webContents.reload();
  }

  /** The windows as they are now, as a layout named `name` (what "save to a file" writes). */
  capture(name: string): WorkstationLayout {
    return captureLayout(name, this.openNow(), displays());
  }

  /**
   * Puts the windows where the layout says: an open window of a role the layout names is moved
   * (so the operator window that asked stays, and says how it went), the rest open; windows the
   * layout has no place for close. Answers how many windows the layout has.
   */
  apply(layout: WorkstationLayout): number {
    const spare = this.all();
    for (const placement of planLayout(displays(), layout)) {
      const i = spare.findIndex((w) => this.windows.get(w) === placement.role);
      if (i < 0) {
        this.open(placement);
        continue;
      }
      const [win] = spare.splice(i, 1);
      if (win!.isFullScreen() && !placement.fullScreen) win!.setFullScreen(false);
      win!.setBounds(placement.bounds);
      if (placement.fullScreen) win!.setFullScreen(true);
    }
    for (const win of spare) {
      // Out of the set first, so the layout remembered as it closes is the new one.
      this.windows.delete(win);
      win.close();
    }
    this.remember();
    return layout.windows.length;
  }

  /** One more window of a role, on the display of the window that asked, in its middle. */
  openRole(role: WindowRole, near: BrowserWindow | null): void {
    const all = displays();
    const display = near ? displayMatching(near.getBounds(), all) : all.find((d) => d.primary) ?? all[0];
    if (!display) return;
    const area = display.workArea;
    const middle = { x: area.x + area.width / 6, y: area.y + area.height / 6, width: (area.width * 2) / 3, height: (area.height * 2) / 3 };
    this.open({ role, displayId: display.id, bounds: fitOnDisplay(middle, area), fullScreen: false });
    this.remember();
  }

  /** The window whose page sent an IPC message (null: not one of ours). */
  windowOf(contents: Electron.WebContents): BrowserWindow | null {
    return this.all().find((w) => w.webContents === contents) ?? null;
  }

  private openNow() {
    return this.all().map((w) => ({ role: this.windows.get(w) ?? "map", bounds: w.getNormalBounds(), fullScreen: w.isFullScreen() }));
  }

  private open(placement: PlannedWindow): void {
    const win = new BrowserWindow({
      ...placement.bounds,
      fullscreen: placement.fullScreen,
      backgroundColor: "#1c2127",
      show: false,
      webPreferences: {
        preload: this.preload,
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        webSecurity: true,
        spellcheck: false,
      },
    });
    this.windows.set(win, placement.role);
    win.once("ready-to-show", () => win.show());
    win.on("close", () => this.remember());
    win.on("closed", () => this.windows.delete(win));
    win.webContents.on("before-input-event", (event, input) => {
      const action = layoutKeyAction(input);
      if (!action) return;
      event.preventDefault();
      if (action === "full-screen") win.setFullScreen(!win.isFullScreen());
      else if (!win.isFullScreen()) win.setBounds(moveToNextDisplay(win.getBounds(), displays()).bounds);
    });
    void win.loadURL(`${APP_ORIGIN}/index.html?role=${encodeURIComponent(placement.role)}`);
  }

  /** Every open window as it is now (the one closing included: `close` comes before it is gone). */
  private remember(): void {
    const open = this.openNow();
    if (open.length === 0) return;
    try {
      fs.mkdirSync(path.dirname(this.layoutFile), { recursive: true });
      fs.writeFileSync(this.layoutFile, JSON.stringify(captureLayout("workstation", open, displays())));
    } catch (err) {
      console.warn(`Could not save the window layout: ${(err as Error).message}`);
    }
  }
}
