/**
 * A node-opcua client as this workstation: its application name and URI, its PKI and the
 * endpoint's security, and the user identity a session opens with. The endpoint's own
 * connection and the redundancy probe both connect so; only their session and retry
 * settings differ.
 */
import { MessageSecurityMode, OPCUAClient, SecurityPolicy, UserTokenType, type OPCUACertificateManager, type OPCUAClientOptions, type UserIdentityInfo } from "node-opcua";
import type { Credentials } from "../sites/endpoint-credentials";
import type { EndpointConfig } from "../sites/site-config";
import { WORKSTATION_APPLICATION } from "./pki";

type SessionSettings = Required<Pick<OPCUAClientOptions, "keepSessionAlive" | "requestedSessionTimeout" | "connectionStrategy">>;

export function workstationClient(config: Pick<EndpointConfig, "securityMode" | "securityPolicy">, pki: OPCUACertificateManager, settings: SessionSettings): OPCUAClient {
  return OPCUAClient.create({
    applicationName: WORKSTATION_APPLICATION.name,
    applicationUri: WORKSTATION_APPLICATION.uri,
    clientCertificateManager: pki,
    securityMode: MessageSecurityMode[config.securityMode],
    securityPolicy: SecurityPolicy[config.securityPolicy],
    endpointMustExist: false,
    ...settings,
  });
}

/** A user name and password, or anonymous when there are none. */
export function userIdentity(c: Credentials | null | undefined): UserIdentityInfo {
  return c ? { type: UserTokenType.UserName, userName: c.user, password: c.password } : { type: UserTokenType.Anonymous };
}
