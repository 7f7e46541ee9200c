/**
 * Who may talk to host mode: requests to our own loopback address (not a rebound DNS name),
 * from our own origin (not another site open in the same browser), carrying the printed token.
 * The page, the contract socket and the token check all use these rules.
 */
import crypto from "node:crypto";
import type http from "node:http";

export function sameToken(given: string | null, token: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}

export class HostAccess {
  constructor(
    private readonly token: string,
    private readonly port: () => number,
  ) {}

  private allowed(): Set<string> {
    const port = this.port();
    return new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  }

  hostOk(req: http.IncomingMessage): boolean {
    return this.allowed().has(req.headers.host ?? "");
  }

  /** Browsers leave Origin out of same-origin GETs, so only a present, foreign Origin is refused. */
  originOk(req: http.IncomingMessage): boolean {
    const origin = req.headers.origin;
    return origin === undefined || this.allowed().has(origin.replace(/^http:\/\//, ""));
  }

  tokenOk(url: URL): boolean {
    return sameToken(url.searchParams.get("token"), this.token);
  }
}
