/**
 * Host mode's list of role windows (renderer/layout/browserWindows.ts) and role addresses
 * (renderer/shell/windowRole.ts): what is saved loads back, a hand-edited file that is wrong
 * names the field, closed windows are not saved, and a role's URL keeps the token.
 */
import { describe, expect, it } from "vitest";
import { openRoles, parseWindowList, windowListText, WINDOW_LIST_KIND } from "../../renderer/layout/browserWindows";
import { roleUrl, windowRole } from "../../renderer/shell/windowRole";

describe("the list of browser windows", () => {
  it("saves the roles and loads them back in order, without any token", () => {
    const text = windowListText(["map", "alarms", "trends"]);
    expect(text).not.toMatch(/token/);
    expect(parseWindowList(text)).toEqual({ ok: true, roles: ["map", "alarms", "trends"], trends: {} });
    expect(parseWindowList(`\uFEFF${text}`)).toEqual({ ok: true, roles: ["map", "alarms", "trends"], trends: {} });
  });

  it("carries each role's trend pens and range, and refuses a pen that is not a tag or a range it does not know", () => {
    const trends = { trends: { pens: ["nis-water|ns=1;s=Zone1.Flow" as never], preset: "8h" as const } };
    expect(parseWindowList(windowListText(["trends"], trends))).toEqual({ ok: true, roles: ["trends"], trends });
    const list = (t: unknown) => JSON.stringify({ kind: WINDOW_LIST_KIND, version: 1, windows: [{ role: "trends" }], trends: t });
    expect(parseWindowList(list({ trends: { pens: ["Zone1.Flow"], preset: "8h" } }))).toMatchObject({ ok: false, error: expect.stringContaining('field "trends.trends.pens.0"') });
    expect(parseWindowList(list({ trends: { pens: [], preset: "2h" } }))).toMatchObject({ ok: false, error: expect.stringContaining('field "trends.trends.preset"') });
    expect(parseWindowList(list({ kitchen: { pens: [], preset: "1h" } }))).toMatchObject({ ok: false, error: expect.stringContaining("trends") });
  });

  it("a file that is not a list says which field", () => {
    expect(parseWindowList("map, alarms")).toMatchObject({ ok: false, error: expect.stringMatching(/^not JSON/) });
    const list = (windows: unknown) => JSON.stringify({ kind: WINDOW_LIST_KIND, version: 1, windows });
    expect(parseWindowList(list([{ role: "kitchen" }]))).toMatchObject({ ok: false, error: expect.stringContaining('field "windows.0.role"') });
    expect(parseWindowList(list([]))).toMatchObject({ ok: false, error: expect.stringContaining('field "windows"') });
    expect(parseWindowList(list([{ role: "map", token: "x" }]))).toMatchObject({ ok: false, error: expect.stringContaining("token") });
    expect(parseWindowList(JSON.stringify({ kind: "city-control-room-layout", version: 1, windows: [{ role: "map" }] }))).toMatchObject({ ok: false, error: expect.stringContaining('field "kind"') });
  });

  it("saves only the windows still open", () => {
    expect(openRoles([{ role: "map", closed: false }, { role: "kpis", closed: true }, { role: "detail", closed: false }])).toEqual(["map", "detail"]);
  });
});

describe("role addresses", () => {
  it("a role's URL keeps the host's token and other parameters, and drops the view", () => {
    const here = "http://127.0.0.1:4321/?token=abc123&view=history";
    const url = new URL(roleUrl(here, "trends"));
    expect(url.searchParams.get("token")).toBe("abc123");
    expect(url.searchParams.get("role")).toBe("trends");
    expect(url.searchParams.has("view")).toBe(false);
    expect(new URL(roleUrl(url.href, "operator")).searchParams.has("role")).toBe(false);
  });

  it("reads every role from the address; anything else is the operator window", () => {
    for (const role of ["overview", "map", "alarms", "trends", "detail", "kpis", "connections"]) expect(windowRole(`?role=${role}`)).toBe(role);
    expect(windowRole("?role=MAP")).toBe("operator");
    expect(windowRole("?role=__proto__")).toBe("operator");
    expect(windowRole("")).toBe("operator");
  });
});
