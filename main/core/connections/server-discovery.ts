/**
 * What a server offers, asked the way OPC UA discovery is meant to be: GetEndpoints on an
 * unsecured channel, which every server answers whoever asks and whatever their certificate.
 * Used after a refusal, so the person reads which certificate was refused, and which security
 * and which kinds of user the server would take, instead of only that it said no.
 */
import {
  MessageSecurityMode,
  OPCUAClient,
  SecurityPolicy,
  UserTokenType,
  type EndpointDescription,
  type OPCUACertificateManager,
} from "node-opcua";
import type { EndpointSecurity, OfferedEndpoint, SecurityModeName, UserTokenKind } from "../../../contract/api";
import { bounded } from "./bounded-wait";
import { WORKSTATION_APPLICATION } from "./pki";

export interface ServerOffer {
  endpoints: OfferedEndpoint[];
  /** The certificate the server presents on the configured endpoint (else on any), DER; null when none. */
  certificate: Buffer | null;
  applicationName: string | null;
  applicationUri: string | null;
  productUri: string | null;
}

const MODES: Partial<Record<MessageSecurityMode, SecurityModeName>> = {
  [MessageSecurityMode.None]: "None",
  [MessageSecurityMode.Sign]: "Sign",
  [MessageSecurityMode.SignAndEncrypt]: "SignAndEncrypt",
};

const TOKENS: Record<UserTokenType, UserTokenKind> = {
  [UserTokenType.Anonymous]: "anonymous",
  [UserTokenType.UserName]: "username",
  [UserTokenType.Certificate]: "certificate",
  [UserTokenType.IssuedToken]: "issued",
  [UserTokenType.Invalid]: "issued",
};

/** "http://opcfoundation.org/UA/SecurityPolicy#Basic256Sha256" → "Basic256Sha256". */
export function policyName(uri: string | null | undefined): string {
  return uri?.split("#").pop() ?? "";
}

function offered(e: EndpointDescription): OfferedEndpoint {
  const tokens = [...new Set((e.userIdentityTokens ?? []).map((t) => TOKENS[t.tokenType] ?? "issued"))];
  return { mode: MODES[e.securityMode] ?? "None", policy: policyName(e.securityPolicyUri), tokens };
}

/** Endpoints of the same address (a server may list others for other networks): the configured one's mode and policy first. */
export function matches(e: OfferedEndpoint, wanted: EndpointSecurity): boolean {
  return e.mode === wanted.mode && e.policy === wanted.policy;
}

/** The server's answer, or null when it could not be asked within `timeoutMs` (the caller then says less). */
export async function discoverServer(url: string, wanted: EndpointSecurity, pki: OPCUACertificateManager, timeoutMs = 8000): Promise<ServerOffer | null> {
  const client = OPCUAClient.create({
    applicationName: WORKSTATION_APPLICATION.name,
    applicationUri: WORKSTATION_APPLICATION.uri,
    // Our own PKI, so node-opcua makes no default one in the home folder; an unsecured channel checks no certificate.
    clientCertificateManager: pki,
    securityMode: MessageSecurityMode.None,
    securityPolicy: SecurityPolicy.None,
    endpointMustExist: false,
    connectionStrategy: { maxRetry: 0, initialDelay: 200, maxDelay: 1000 },
  });
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), timeoutMs);
  });
  const ask = async (): Promise<ServerOffer> => {
    await client.connect(url);
    const descriptions = await client.getEndpoints();
    const endpoints = descriptions.map(offered);
    const chosen = descriptions[endpoints.findIndex((e) => matches(e, wanted))] ?? descriptions.find((d) => d.serverCertificate?.length) ?? descriptions[0];
    const server = chosen?.server;
    return {
      endpoints,
      certificate: chosen?.serverCertificate?.length ? Buffer.from(chosen.serverCertificate) : null,
      applicationName: server?.applicationName?.text ?? null,
      applicationUri: server?.applicationUri ?? null,
      productUri: server?.productUri ?? null,
    };
  };
  try {
    return await Promise.race([ask(), deadline]);
  } catch {
    return null;
  } finally {
    clearTimeout(timer);
    await bounded(client.disconnect());
  }
}
