/**
 * How each OPC UA endpoint stands, as the core reports it to every window: connection state,
 * what is wrong (as data a window words in its own language), security, who answered, and the
 * redundant server set. Plain data only: no Node, Electron or DOM.
 */
import type { EndpointId } from "./ids";

/**
 * "refreshing": connected, and the server is resending its retained conditions (ConditionRefresh
 * after a connect, reconnect or switchover); until it ends the alarm list is not yet the
 * server's truth. Values are live.
 */
export type ConnectionState = "connecting" | "connected" | "refreshing" | "disconnected" | "error";

/** One server of an endpoint's redundant set (OPC UA Part 4 §6.6, non-transparent), as last seen. */
export interface RedundantServerStatus {
  url: string;
  /** The server's ApplicationUri as it reports it; null until read. */
  applicationUri: string | null;
  /**
   * ServiceLevel (Part 5: 200..255 healthy, 2..199 degraded, 1 no data, 0 maintenance); null
   * while it could not be read (server not reachable).
   */
  serviceLevel: number | null;
}

/** Why the endpoint last moved from one server of its set to another. */
export type SwitchoverReason = "lost" | "service-level";

/** An endpoint with a redundant server set: which server it uses and how its partners stand. */
export interface EndpointRedundancy {
  /** The server in use (its url, also the status's `url`); null while none is usable. */
  activeUrl: string | null;
  /** RedundancySupport the active server declares ("Warm", "Hot", …); null when not read. */
  support: string | null;
  /** Every server of the set, in the site config's order. */
  servers: RedundantServerStatus[];
  /** The last switchover, null if none since the workstation started. */
  lastSwitch: { from: string; to: string; reason: SwitchoverReason; at: number } | null;
}

/** The server certificate a workstation refused, as read from the workstation's PKI rejected/ folder. */
export interface CertificateFacts {
  /** SHA-1 thumbprint, 40 lower-case hex digits (what OPC UA tools show). */
  thumbprint: string;
  /** Subject distinguished name, e.g. "CN=Niš field network, O=…"; server text. */
  subject: string;
  /** Start and end of validity, ISO 8601 (UTC) when readable, else the certificate's own text. */
  validFrom: string;
  validTo: string;
}

/** OPC UA message security as the site config names it (Part 4 MessageSecurityMode). */
export type SecurityModeName = "None" | "Sign" | "SignAndEncrypt";

/** How an endpoint is configured to connect: mode and policy (the policy URI's last part, e.g. "Basic256Sha256"). */
export interface EndpointSecurity {
  mode: SecurityModeName;
  policy: string;
}

/** The kinds of user identity an OPC UA server may accept (its endpoints' UserTokenPolicies). */
export type UserTokenKind = "anonymous" | "username" | "certificate" | "issued";

/** One endpoint a server offers (its GetEndpoints answer), so a person sees what would work. */
export interface OfferedEndpoint {
  mode: SecurityModeName;
  policy: string;
  tokens: UserTokenKind[];
}

/**
 * Who answers at an endpoint, from its endpoint description (application) and its
 * Server.ServerStatus.BuildInfo (product); server text, any of it may be missing.
 */
export interface ServerIdentity {
  applicationName: string | null;
  applicationUri: string | null;
  productName: string | null;
  productUri: string | null;
  manufacturerName: string | null;
  softwareVersion: string | null;
}

/**
 * What is wrong with an endpoint, as data a window puts into its own language. The core's
 * English sentence stays in `EndpointStatus.error` (logs, detail).
 */
export type EndpointProblem =
  /** The server refused the identity: wrong user name or password, or the user (null: anonymous) is not allowed. */
  | { kind: "user-refused"; user: string | null }
  /**
   * The server accepts no identity of the configured kind (no anonymous access, no user names);
   * `offered`: the kinds it does accept, null when it could not be asked.
   */
  | { kind: "token-type-unsupported"; tokenType: UserTokenKind; offered: UserTokenKind[] | null }
  /** The server's certificate is not trusted; `certificate` is null when it could not be read. */
  | { kind: "certificate-untrusted"; certificate: CertificateFacts | null }
  /** The server's certificate is trusted but expired or not valid yet (`validity` null: not known which). */
  | { kind: "certificate-time-invalid"; certificate: CertificateFacts | null; validity: "expired" | "not-yet-valid" | null }
  /** The server refused the workstation's certificate (BadSecurityChecksFailed, BadCertificateUntrusted on its side). */
  | { kind: "client-certificate-rejected"; code: string | null }
  /** Nothing listens at the port (ECONNREFUSED): the server is down, or the port is wrong. */
  | { kind: "refused" }
  /** The host name does not resolve (ENOTFOUND, EAI_AGAIN). */
  | { kind: "host-unknown"; host: string }
  /** No answer in time: the host does not answer, or it accepts the connection and says nothing. */
  | { kind: "timeout" }
  /** No connection could be made for another network reason (no route to the host, say). */
  | { kind: "unreachable" }
  /** An established connection was lost; the client is reconnecting. */
  | { kind: "connection-lost" }
  /** The server closed the session. */
  | { kind: "session-closed" }
  /**
   * The link stalled: the connection stayed open but nothing came back for `silentMs`, at least
   * two of the server's keep-alive periods (`keepAliveMs`); the workstation dropped it and reconnects.
   */
  | { kind: "stalled"; silentMs: number; keepAliveMs: number }
  /**
   * The server offers no endpoint with the configured security mode and policy; `offered`: what
   * it does offer, null when it could not be asked.
   */
  | { kind: "security-mismatch"; offered: OfferedEndpoint[] | null }
  /**
   * The site file says this workstation keeps the station's password (passwordKept) and none is
   * kept yet: nothing is tried until an engineer enters it.
   */
  | { kind: "password-not-kept"; user: string }
  /** Anything else; `code` is the OPC UA status code name (e.g. "BadTimeout") when there is one. */
  | { kind: "other"; code: string | null };

export type EndpointProblemKind = EndpointProblem["kind"];

export interface EndpointStatus {
  endpointId: EndpointId;
  url: string;
  state: ConnectionState;
  /** Human sentence (English) naming the endpoint when something is wrong: for logs, and as detail on screen. */
  error: string | null;
  /**
   * The same trouble as data, set by the core whenever `error` is (null together with it).
   * Optional only so hand-made statuses (test fixtures) that predate it still type-check; a
   * missing one reads as null.
   */
  problem?: EndpointProblem | null;
  /**
   * Since when the endpoint is in this state, ms since epoch. Retrying after a failure
   * (connecting, refused again) keeps the time the trouble began while its kind stays the same.
   */
  since: number;
  /*
   * The fields below are set by the core on every status; optional only so hand-made statuses
   * (test fixtures) that predate them still type-check.
   */
  /** The configured security mode and policy. */
  security?: EndpointSecurity;
  /** Who answered at the endpoint on the last good connection; null before the first. */
  server?: ServerIdentity | null;
  /** Attempts that failed since the last good connection (the core's or node-opcua's reconnection). */
  attempts?: number;
  /** When the next attempt is due, ms since epoch; null while connected or while an attempt is under way. */
  nextAttemptAt?: number | null;
  /** When the endpoint was last connected (the session ready), ms since epoch; null if never. */
  lastConnectedAt?: number | null;
  /** Set only for an endpoint with a redundant server set (site config `redundantUrls`). */
  redundancy?: EndpointRedundancy | null;
}
