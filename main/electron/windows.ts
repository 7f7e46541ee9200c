/**
 * Opens one window per display where window-placement.ts says, and remembers where people
 * put them (userData/window-layout.json) for the next start.
 */
import { BrowserWindow, screen } from "electron";
import fs from "node:fs";
import path from "node:path";
import { APP_ORIGIN } from "./app-origin";
import { parseSavedLayout, placeWindows, type DisplayInfo, type SavedLayout, type WindowPlacement } from "./window-placement";

function displays(): DisplayInfo[] {
  const primaryId = screen.getPrimaryDisplay().id;
  return screen.getAllDisplays().map((d) => ({ id: d.id, bounds: d.bounds, workArea: d.workArea, primary: d.id === primaryId }));
}

function readLayout(file: string): SavedLayout | null {
  try {
    return parseSavedLayout(fs.readFileSync(file, "utf8"));
  } catch {
    return null;
  }
}

export class WindowSet {
  private readonly windows = new Set<BrowserWindow>();
  private readonly layout: SavedLayout;

  constructor(
    private readonly layoutFile: string,
    private readonly preload: string,
  ) {
    this.layout = readLayout(layoutFile) ?? { version: 1, windows: [] };
  }

  openAll(): void {
    for (const placement of placeWindows(displays(), this.layout)) this.open(placement);
  }

  all(): BrowserWindow[] {
    return [...this.windows].filter((w) => !w.isDestroyed());
  }

  /** Sends to every window's preload (only ours: windows are created here and nowhere else). */
  send(channel: string, ...args: unknown[]): void {
    for (const win of this.all()) win.webContents.send(channel, ...args);
  }

  reloadAll(): void {
    for (const win of this.all()) win.webContents.reload();
  }

  private open(placement: WindowPlacement): void {
    const win = new BrowserWindow({
      ...placement.bounds,
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
    this.windows.add(win);
    win.once("ready-to-show", () => win.show());
    win.on("close", () => this.remember(win));
    win.on("closed", () => this.windows.delete(win));
    void win.loadURL(`${APP_ORIGIN}/index.html?role=${encodeURIComponent(placement.role)}`);
  }

  private remember(win: BrowserWindow): void {
    const bounds = win.getNormalBounds();
    const displayId = screen.getDisplayMatching(bounds).id;
    this.layout.windows = [...this.layout.windows.filter((w) => w.displayId !== displayId), { displayId, bounds }];
    try {
      fs.mkdirSync(path.dirname(this.layoutFile), { recursive: true });
      fs.writeFileSync(this.layoutFile, JSON.stringify(this.layout));
    } catch (err) {
      console.warn(`Could not save the window layout: ${(err as Error).message}`);
    }
  }
}
