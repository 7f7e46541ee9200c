/**
 * A failed connection attempt, diagnosed for a person: the kind read from node-opcua's error,
 * then, where its words are not enough, the network and the server are asked (is the name
 * known, does the port answer, which certificate does the server present, which security and
 * which identities does it offer). The result is an English sentence naming the endpoint (logs,
 * detail) and the same as data a window puts into its own language.
 */
import type { OPCUACertificateManager } from "node-opcua";
import type { EndpointProblem, EndpointSecurity, OfferedEndpoint, UserTokenKind } from "../../../contract/api";
import {
  certificateFacts,
  classifyEndpointError,
  describeCertificate,
  isOpaqueTransportFailure,
  validityOf,
  type Described,
} from "./endpoint-problem";
import { latestRejectedCertificate, summarizeCertificate, type CertificateSummary } from "./pki";
import { probeReach } from "./reach-probe";
import { discoverServer, matches, type ServerOffer } from "./server-discovery";

export interface AttemptContext {
  endpointId: string;
  url: string;
  security: EndpointSecurity;
  /** The account the session was asked for; null: anonymous. */
  user: string | null;
  pki: OPCUACertificateManager;
  /** How long the failed attempt took: a server that accepts and stays silent fails only at node-opcua's transport timeout. */
  elapsedMs: number;
}

/** An attempt that failed this late, on a port that accepts connections, met a server that does not answer. */
const SILENT_AFTER_MS = 20_000;

const firstLine = (err: unknown) => (err instanceof Error ? err.message : String(err)).split("\n")[0]!.trim();

function offerText(endpoints: OfferedEndpoint[]): string {
  return endpoints.map((e) => `${e.mode} ${e.policy}`).join(", ") || "nothing";
}

function tokenText(kind: UserTokenKind): string {
  return { anonymous: "anonymous access", username: "user name and password", certificate: "user certificates", issued: "issued tokens" }[kind];
}

function summary(offer: ServerOffer | null): CertificateSummary | null {
  try {
    return offer?.certificate ? summarizeCertificate(offer.certificate) : null;
  } catch {
    return null;
  }
}

/** Refines the kind when node-opcua's words were not enough: the network or the server is asked. */
async function refine(problem: EndpointProblem, raw: string, ctx: AttemptContext): Promise<EndpointProblem> {
  if (problem.kind === "unreachable" && isOpaqueTransportFailure(raw)) {
    const reach = await probeReach(ctx.url);
    if (reach.kind === "open") return ctx.elapsedMs >= SILENT_AFTER_MS ? { kind: "timeout" } : problem;
    return reach.kind === "unreachable" ? { kind: "unreachable" } : reach;
  }
  if (problem.kind === "certificate-untrusted" || problem.kind === "certificate-time-invalid") {
    // The certificate this endpoint's server presents; rejected/ only says which was refused last, by any endpoint.
    const presented = summary(await discoverServer(ctx.url, ctx.security, ctx.pki));
    if (problem.kind === "certificate-time-invalid") {
      const certificate = certificateFacts(presented);
      return { ...problem, certificate, validity: validityOf(certificate) };
    }
    return { kind: "certificate-untrusted", certificate: certificateFacts(presented ?? latestRejectedCertificate(ctx.pki)) };
  }
  if (problem.kind === "security-mismatch") {
    const offer = await discoverServer(ctx.url, ctx.security, ctx.pki);
    return { kind: "security-mismatch", offered: offer?.endpoints ?? null };
  }
  if (problem.kind === "token-type-unsupported") {
    const offer = await discoverServer(ctx.url, ctx.security, ctx.pki);
    const here = offer?.endpoints.filter((e) => matches(e, ctx.security)) ?? [];
    return { ...problem, offered: offer ? [...new Set(here.flatMap((e) => e.tokens))] : null };
  }
  return problem;
}

/** The English sentence for a problem (without the endpoint's name, which the caller puts first). */
export function sentence(problem: EndpointProblem, raw: string, ctx: Pick<AttemptContext, "url" | "security">): string {
  switch (problem.kind) {
    case "user-refused": {
      const who = problem.user !== null ? `user "${problem.user}"` : "anonymous access";
      return `${who} was refused (wrong user name or password, or not allowed on this server): ${raw}`;
    }
    case "token-type-unsupported":
      return `the server accepts no ${tokenText(problem.tokenType)} on this endpoint (it accepts: ${problem.offered?.map(tokenText).join(", ") || "not known"})`;
    case "certificate-untrusted":
      return `the server's certificate is not trusted (${describeCertificate(problem.certificate)}); it was put in the workstation's PKI rejected/ folder until a person trusts it`;
    case "certificate-time-invalid": {
      const when = problem.validity === "not-yet-valid" ? "not valid yet" : problem.validity === "expired" ? "expired" : "outside its validity";
      return `the server's certificate is ${when} (${describeCertificate(problem.certificate)}): ${raw}`;
    }
    case "client-certificate-rejected":
      return `the server refused this workstation's certificate (${problem.code ?? "no status code"}); the server's administrator must trust it: ${raw}`;
    case "refused":
      return `nothing accepts connections at ${ctx.url} (connection refused): the server is not running, or the port is wrong`;
    case "host-unknown":
      return `the host name "${problem.host}" is not known (name look-up failed)`;
    case "timeout":
      return `no answer in time from ${ctx.url}: the host does not answer, or it accepted the connection and said nothing`;
    case "security-mismatch":
      return `the server offers no endpoint with ${ctx.security.mode} ${ctx.security.policy} (it offers: ${problem.offered ? offerText(problem.offered) : "not known"}): ${raw}`;
    case "password-not-kept":
      return `no password for user "${problem.user}" is kept on this workstation yet (site file: passwordKept); an engineer enters it in the connections view`;
    case "stalled":
      return `the link stalled: the connection stayed open but nothing came from the server for ${Math.round(problem.silentMs / 1000)} s (keep-alive every ${problem.keepAliveMs / 1000} s); dropped, reconnecting`;
    case "unreachable":
    case "connection-lost":
    case "session-closed":
    case "other":
      return raw;
  }
}

export function described(problem: EndpointProblem, raw: string, ctx: Pick<AttemptContext, "endpointId" | "url" | "security">): Described {
  return { error: `Endpoint "${ctx.endpointId}" (${ctx.url}): ${sentence(problem, raw, ctx)}`, problem };
}

/** A failed connect or session: what it was, asking the network or the server where needed. */
export async function diagnoseFailure(err: unknown, ctx: AttemptContext): Promise<Described> {
  const raw = firstLine(err);
  const full = err instanceof Error ? err.message : String(err);
  const problem = await refine(classifyEndpointError(full, ctx.user, ctx.url), full, ctx);
  return described(problem, raw, ctx);
}
