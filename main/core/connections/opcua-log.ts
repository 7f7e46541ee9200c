/**
 * node-opcua writes its warnings and errors with console.log, certificates included in full
 * (base64 DER). Routed into our log instead, with any long base64 run replaced by a marker:
 * a certificate is logged by thumbprint (node-opcua prints that line too), never dumped.
 */
import { setErrorLogger, setWarningLogger } from "node-opcua";
import { format } from "node:util";
import type { CoreLog } from "../log/core-log";

const BLOB = /[A-Za-z0-9+/]{200,}={0,2}/g;

export function redactBlobs(text: string): string {
  return text.replace(BLOB, (m) => `[${m.length} base64 characters not logged]`);
}

export function routeOpcuaLog(log: CoreLog): void {
  setWarningLogger((...args: unknown[]) => log.warn({ source: "node-opcua" }, redactBlobs(format(...args))));
  setErrorLogger((...args: unknown[]) => log.error({ source: "node-opcua" }, redactBlobs(format(...args))));
}
