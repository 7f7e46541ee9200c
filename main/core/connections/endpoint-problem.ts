/**
 * What went wrong with an endpoint, as data a person's screen can translate: node-opcua reports
 * most failures as plain Errors, so the kind is read from the message and its status code. Pure:
 * what needs asking the network (which transport failure, which certificate) is in
 * endpoint-diagnosis.ts.
 */
import type { CertificateFacts, EndpointProblem, UserTokenKind } from "../../../contract/api";
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

/** Whether a certificate is past its end or before its start, now; null when its times cannot be read. */
export function validityOf(c: CertificateFacts | null, now = Date.now()): "expired" | "not-yet-valid" | null {
  if (!c) return null;
  const from = Date.parse(c.validFrom);
  const to = Date.parse(c.validTo);
  if (!Number.isNaN(to) && now > to) return "expired";
  if (!Number.isNaN(from) && now < from) return "not-yet-valid";
  return null;
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

/** node-opcua's words for the token policy it did not find ("Cannot find ANONYMOUS user token policy"). */
const TOKEN_WORDS: Record<string, UserTokenKind> = { anonymous: "anonymous", username: "username", certificate: "certificate" };

/**
 * node-opcua's first connect goes through a temporary client that swallows the socket's own
 * error: "Fail to connect to server at … (err =premature disconnection 4)" whether the port is
 * closed, the host unknown or the server silent. Such a failure needs asking the network.
 */
export function isOpaqueTransportFailure(text: string): boolean {
  return /Fail(?:ed)? to connect|premature disconnection/i.test(text);
}

/** The host of an opc.tcp URL (brackets of an IPv6 literal removed), or the URL itself when it does not parse. */
export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^\[|\]$/g, "") || url;
  } catch {
    return url;
  }
}

/**
 * What kind of trouble an error from node-opcua is. Its errors are plain Errors whose message
 * carries the status code name ("BadUserAccessDenied (0x801f0000)") or a sentence of its own
 * (a transport that could not connect, an endpoint the server does not offer). `user` is the
 * account the session was asked for (null: anonymous); `url` names the host for an unknown one.
 */
export function classifyEndpointError(text: string, user: string | null, url = ""): EndpointProblem {
  // The server's refusal of our certificate comes back as "rejected by server: <code>": it must
  // not read as our own refusal of theirs, which names the same codes.
  if (/rejected by (?:the )?server/i.test(text)) return { kind: "client-certificate-rejected", code: statusCodeName(text) };
  if (/BadUserAccessDenied|BadIdentityToken/.test(text)) return { kind: "user-refused", user };
  const token = /Cannot find (\w+)(?: \([^)]*\))? user token policy/i.exec(text);
  if (token) return { kind: "token-type-unsupported", tokenType: TOKEN_WORDS[token[1]!.toLowerCase()] ?? "issued", offered: null };
  // The certificate itself is read by the caller.
  if (/BadCertificate(?:Issuer)?TimeInvalid/.test(text)) return { kind: "certificate-time-invalid", certificate: null, validity: null };
  if (/BadCertificateUntrusted|BadCertificateChainIncomplete/.test(text)) return { kind: "certificate-untrusted", certificate: null };
  if (/BadSecurityModeRejected|BadSecurityPolicyRejected|End ?point must exist|Cannot find an Endpoint matching|cannot find endpoint for securityMode/i.test(text)) {
    return { kind: "security-mismatch", offered: null };
  }
  if (/ECONNREFUSED/.test(text)) return { kind: "refused" };
  if (/ENOTFOUND|EAI_AGAIN|EAI_NONAME|EAI_FAIL/.test(text)) return { kind: "host-unknown", host: hostOf(url) };
  if (/ETIMEDOUT|Timeout\(A\)|Connection Timeout|socket timeout/i.test(text)) return { kind: "timeout" };
  if (isOpaqueTransportFailure(text) || /EHOSTUNREACH|ENETUNREACH|BadTcpEndpointUrlInvalid/.test(text)) return { kind: "unreachable" };
  if (/BadSessionClosed|BadSessionIdInvalid/.test(text)) return { kind: "session-closed" };
  // A connection that was up and went away (during discovery, say).
  if (/BadConnectionClosed|BadSecureChannelClosed|BadNotConnected|ECONNRESET|connection lost/i.test(text)) return { kind: "connection-lost" };
  return { kind: "other", code: statusCodeName(text) };
}
