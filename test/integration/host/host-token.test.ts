/**
 * The host token (and port) are kept per data directory, so pages open before `npm run serve`
 * restarted reconnect by themselves; CCR_HOST_TOKEN and --new-token override it; and a page can ask the
 * host whether its token is still accepted (a browser cannot see a WebSocket handshake's 403).
 */
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hostToken, TOKEN_FILE } from "../../../main/host/host-token";
import { runHostCli } from "./cli-process";
import { fakeRenderer, offlineSiteFile, startHostFixture, type HostFixture } from "./host-fixture";

function get(port: number, pathAndQuery: string, headers: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve, reject) => {
    http
      .get({ host: "127.0.0.1", port, path: pathAndQuery, headers }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      })
      .on("error", reject);
  });
}

const modeOf = (file: string) => fs.statSync(file).mode & 0o777;

describe("the token check a page asks when its socket fails", () => {
  let fx: HostFixture;
  beforeAll(async () => {
    fx = await startHostFixture();
  }, 60_000);
  afterAll(async () => fx?.stop());

  it("answers 204 for the host's token and 403 for any other, under the same Host and Origin rules", async () => {
    const { port, token } = fx.host;
    const ours = { origin: `http://127.0.0.1:${port}` };
    expect(await get(port, `/api/check?token=${encodeURIComponent(token)}`, ours)).toBe(204);
    expect(await get(port, `/api/check?token=${encodeURIComponent(token)}`)).toBe(204); // same-origin GETs carry no Origin
    expect(await get(port, "/api/check?token=wrong", ours)).toBe(403);
    expect(await get(port, "/api/check", ours)).toBe(403);
    expect(await get(port, `/api/check?token=${encodeURIComponent(token)}`, { origin: "http://evil.example" })).toBe(403);
    expect(await get(port, `/api/check?token=${encodeURIComponent(token)}`, { host: `evil.example:${port}` })).toBe(421);
  });
});

describe("the token file", () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "ccr-token-"));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("is made owner-only, read back, renewed on request, and left alone when the environment fixes the token", () => {
    const first = hostToken({ dataDir: dir });
    expect(first.source).toBe("new");
    if (process.platform !== "win32") expect(modeOf(first.file)).toBe(0o600);
    expect(hostToken({ dataDir: dir })).toMatchObject({ token: first.token, source: "file" });

    expect(hostToken({ dataDir: dir, fromEnv: "fixed-by-the-environment" })).toMatchObject({ token: "fixed-by-the-environment", source: "environment" });
    expect(fs.readFileSync(first.file, "utf8").trim()).toBe(first.token);

    const renewed = hostToken({ dataDir: dir, renew: true });
    expect(renewed.token).not.toBe(first.token);
    expect(hostToken({ dataDir: dir }).token).toBe(renewed.token);
  });

  it("is put back to owner-only if widened, and replaced if it does not hold a token", () => {
    const { file, token } = hostToken({ dataDir: dir });
    if (process.platform !== "win32") {
      fs.chmodSync(file, 0o644);
      expect(hostToken({ dataDir: dir }).token).toBe(token);
      expect(modeOf(file)).toBe(0o600);
    }
    fs.writeFileSync(file, "<html>not a token</html>");
    const replaced = hostToken({ dataDir: dir });
    expect(replaced.source).toBe("new");
    expect(replaced.token).toMatch(/^[A-Za-z0-9_-]{20,}$/);
  });
});

describe("npm run serve across restarts", () => {
  let dir: string;
  let site: string;
  let renderer: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "ccr-token-cli-"));
    site = offlineSiteFile(dir);
    renderer = fakeRenderer(dir);
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  const serve = (data: string, extra: string[] = [], env: Record<string, string> = {}) =>
    runHostCli(["--site", site, "--renderer", renderer, "--data", path.join(dir, data), ...extra], env);
  const tokenOf = (url: URL) => url.searchParams.get("token");

  it("keeps the token and port of a data directory; CCR_HOST_TOKEN and --new-token override the token", async () => {
    // Three data directories at once (each start waits ~15 s for the unreachable server).
    fs.mkdirSync(path.join(dir, "env"));
    fs.writeFileSync(path.join(dir, "env", TOKEN_FILE), "kept-in-the-file-0123456789\n", { mode: 0o600 });
    fs.mkdirSync(path.join(dir, "renew"));
    fs.writeFileSync(path.join(dir, "renew", TOKEN_FILE), "kept-in-the-file-0123456789\n", { mode: 0o600 });
    const [first, fromEnv, renewed] = await Promise.all([
      serve("kept"),
      serve("env", [], { CCR_HOST_TOKEN: "fixed-by-the-environment-42" }),
      serve("renew", ["--new-token"]),
    ]);
    await Promise.all([first.stop(), fromEnv.stop(), renewed.stop()]);
    expect(tokenOf(fromEnv.url)).toBe("fixed-by-the-environment-42");
    expect(tokenOf(renewed.url)).not.toBe("kept-in-the-file-0123456789");
    expect(fs.readFileSync(path.join(dir, "renew", TOKEN_FILE), "utf8").trim()).toBe(tokenOf(renewed.url));

    const second = await serve("kept");
    await second.stop();
    expect(tokenOf(second.url)).toBe(tokenOf(first.url));
    expect(second.url.port).toBe(first.url.port); // where the open pages look for it
  }, 120_000);
});
