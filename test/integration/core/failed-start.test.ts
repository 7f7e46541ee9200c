/**
 * A start that cannot succeed leaves nothing behind: no store opened (so no worker thread and
 * no file lock), no connection attempts, and an error that names what is wrong.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ControlRoomService } from "../../../main/core/composition/control-room";
import { createClientPki } from "../../../main/core/connections/pki";
import { DEFAULT_SITE_FILE } from "../../../main/core/sites/default-site";
import { loadSiteConfig } from "../../../main/core/sites/site-config";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ccr-failed-start-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const threads = () => process.getActiveResourcesInfo().filter((r) => r === "MessagePort" || r === "Worker").length;

describe("a failed start", () => {
  it("an endpoint with no URL is named, and nothing is opened or left running", async () => {
    const site = loadSiteConfig(DEFAULT_SITE_FILE);
    site.endpoints = [{ ...site.endpoints[0]!, url: undefined }];
    const dataDir = path.join(dir, "data");
    const before = threads();
    await expect(ControlRoomService.start({ site, dataDir })).rejects.toThrow(/Endpoint "nis-water" has no URL/);
    expect(fs.existsSync(path.join(dataDir, "control-room.sqlite"))).toBe(false);
    expect(threads()).toBe(before);
  });

  it("a store that cannot be opened closes what it started and says why", async () => {
    const site = loadSiteConfig(DEFAULT_SITE_FILE);
    site.endpoints = [{ ...site.endpoints[0]!, embeddedSimulator: undefined, url: "opc.tcp://127.0.0.1:1" }];
    // The data folder is a file: nothing can be created in it.
    const dataDir = path.join(dir, "not-a-folder");
    fs.writeFileSync(dataDir, "x");
    const pki = await createClientPki(path.join(dir, "pki"));
    const before = threads();
    await expect(ControlRoomService.start({ site, dataDir, pki })).rejects.toThrow(/not-a-folder/);
    await new Promise((r) => setTimeout(r, 200));
    expect(threads()).toBe(before);
  });
});
