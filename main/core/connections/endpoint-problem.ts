/**
 * What went wrong with an endpoint, as data a person's screen can translate: node-opcua reports
 * most failures as plain Errors, so the kind is read from the message and its status code.
 */
import type { CertificateFacts, EndpointProblem } from "../../../contract/api";
import type { CertificateSummary } from "./pki";

export function describeCertificate(c: CertificateSummary | null): string {
  return c ? `thumbprint ${c.thumbprint}, subject ${c.subject}, valid ${c.validFrom} to ${c.validTo}` : "certificate not readable";
}

/** X509Certificate writes "Nov 25 19:13:59 2026 GMT"; the contract carries ISO 8601 so a window can format it. */
function isoTime(text: string): string {
  const ms = Date.parse(text);
  return Number.isNaN(ms) ? text : new Date(ms).toISOString();
}

export function certificateFacts(c: CertificateSummary | null): CertificateFacts | null {
  return c ? { thumbprint: c.thumbprint, subject: c.subject, validFrom: isoTime(c.validFrom), validTo: isoTime(c.validTo) } : null;
}

/** An endpoint's trouble: the English sentence (logs, detail) and the same as data (a window's own language). */
export interface Described {
  error: string;
  problem: EndpointProblem;
}

/** The first OPC UA status code name in a text, e.g. "BadTimeout" in "BadTimeout (0x800a0000)". */
export function statusCodeName(text: string): string | null {
  return /\b((?:Bad|Uncertain)[A-Z][A-Za-z0-9]*)\b/.exec(text)?.[1] ?? null;
}

/**
 * What kind of trouble an error from node-opcua is. Its errors are plain Errors whose message
 * carries the status code name ("BadUserAccessDenied (0x801f0000)") or a sentence of its own
 * (a transport that could not connect, an endpoint the server does not offer).
 */
export function classifyEndpointError(text: string, user: string | null): EndpointProblem {
  if (/BadUserAccessDenied|BadIdentityToken|Cannot find \w+ user token policy/i.test(text)) return { kind: "user-refused", user };
  // The certificate itself is read from the PKI by the caller.
  if (/BadCertificateUntrusted/.test(text)) return { kind: "certificate-untrusted", certificate: null };
  if (/BadSecurityModeRejected|BadSecurityPolicyRejected|End ?point must exist|Cannot find an Endpoint matching/i.test(text)) {
    return { kind: "security-mismatch" };
  }
  // node-opcua's first connect: "Fail to connect to server at … (err =premature disconnection 4)";
  // the socket's own codes when they come through.
  if (/Fail(?:ed)? to connect|premature disconnection|ECONNREFUSED|EHOSTUNREACH|ENETUNREACH|ETIMEDOUT|ENOTFOUND|EAI_AGAIN|Connection Timeout|BadTcpEndpointUrlInvalid/i.test(text)) {
    return { kind: "unreachable" };
  }
  if (/BadSessionClosed|BadSessionIdInvalid/.test(text)) return { kind: "session-closed" };
  // A connection that was up and went away (during discovery, say).
  if (/BadConnectionClosed|BadSecureChannelClosed|BadNotConnected|ECONNRESET|connection lost/i.test(text)) return { kind: "connection-lost" };
  return { kind: "other", code: statusCodeName(text) };
}
