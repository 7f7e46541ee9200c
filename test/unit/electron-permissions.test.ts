/** The desktop shell grants our windows desktop notifications and nothing else. */
import { describe, expect, it } from "vitest";
import { isPermissionAllowed } from "../../main/electron/permissions";

describe("web permissions in the desktop shell", () => {
  it("allows notifications to our own top-level pages", () => {
    expect(isPermissionAllowed("notifications", "app://control-room/index.html?role=map", true)).toBe(true);
  });

  it.each([
    ["media", "app://control-room/index.html", true],
    ["geolocation", "app://control-room/index.html", true],
    ["clipboard-read", "app://control-room/index.html", true],
    ["notifications", "https://evil.example/", true],
    ["notifications", "app://control-room/index.html", false],
    ["notifications", "app://other/index.html", true],
    ["notifications", null, true],
  ])("refuses %s for %s (main frame %s)", (permission, url, main) => {
    expect(isPermissionAllowed(permission, url, main)).toBe(false);
  });
});
