/**
 * app://control-room/ serves the built renderer from disk with our CSP header; file:// is
 * never used, so the renderer has a real origin and no access to the file system.
 */
import { net, protocol } from "electron";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { contentSecurityPolicy } from "../core/csp";

export const APP_ORIGIN = "app://control-room";

export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: "app", privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

export function registerAppProtocol(rendererDir: string): void {
  const root = path.resolve(rendererDir);
  const csp = contentSecurityPolicy({ connect: [], tileUrl: null });
  protocol.handle("app", async (request) => {
    const url = new URL(request.url);
    if (url.host !== "control-room") return new Response("Not found", { status: 404 });
    const file = path.resolve(root, decodeURIComponent(url.pathname).replace(/^\/+/, "") || "index.html");
    if (!file.startsWith(root + path.sep)) return new Response("Not found", { status: 404 });
    const upstream = await net.fetch(pathToFileURL(file).toString());
    const headers = new Headers(upstream.headers);
    headers.set("content-security-policy", csp);
    headers.set("x-content-type-options", "nosniff");
    return new Response(upstream.body, { status: upstream.status, headers });
  });
}
