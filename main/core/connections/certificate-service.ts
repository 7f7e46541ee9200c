/**
 * The workstation's trust, as a person manages it: what is in the PKI (our own certificate,
 * the servers' certificates trusted or rejected, and which endpoint presented each), and the
 * three decisions, trust, reject and renew, each taking effect at once on the endpoints it
 * concerns. Authorization and audit belong to the action registry, which calls this.
 */
import fs from "node:fs";
import type { OPCUACertificateManager } from "node-opcua";
import type { CertificateList, EndpointId, OwnCertificate, ServerCertificate, ServerCertificateStatus } from "../../../contract/api";
import {
  certificateDetails,
  certificatesIn,
  ownCertificateFile,
  pkiFolders,
  previousOwnCertificatesFolder,
  renewOwnCertificate,
  type StoredCertificate,
} from "./pki";

/** What the certificate decisions need of the connections. */
export interface TrustedEndpoints {
  /** Each endpoint's server certificate thumbprint as last seen (connected with it, or refused for it). */
  presentedCertificates(): Map<EndpointId, string>;
  retryNow(endpointIds: Iterable<EndpointId>): void;
  reconnectNow(endpointIds: Iterable<EndpointId>, reason: string): void;
}

export interface FoundCertificate extends StoredCertificate {
  status: ServerCertificateStatus;
}

export class CertificateService {
  constructor(
    private readonly pki: OPCUACertificateManager,
    private readonly endpoints: TrustedEndpoints,
  ) {}

  list(now = Date.now()): CertificateList {
    const byThumbprint = new Map<string, EndpointId[]>();
    for (const [id, thumbprint] of this.endpoints.presentedCertificates()) {
      byThumbprint.set(thumbprint, [...(byThumbprint.get(thumbprint) ?? []), id]);
    }
    const servers: ServerCertificate[] = this.stored(now).map((c) => ({
      ...c.details,
      status: c.status,
      endpointIds: byThumbprint.get(c.details.thumbprint) ?? [],
    }));
    return { own: this.own(now), servers };
  }

  /** A server certificate in rejected/ or trusted/ by its thumbprint (rejected wins if, oddly, in both). */
  find(thumbprint: string): FoundCertificate | null {
    return this.stored().find((c) => c.details.thumbprint === thumbprint) ?? null;
  }

  /** Endpoints known to have presented this certificate. */
  presentedBy(thumbprint: string): EndpointId[] {
    return [...this.endpoints.presentedCertificates()].filter(([, t]) => t === thumbprint).map(([id]) => id);
  }

  /** Moves it to trusted/; every endpoint refused for it (and `endpointId`) tries again now. */
  async trust(thumbprint: string, endpointId?: EndpointId): Promise<void> {
    const found = this.mustFind(thumbprint);
    await this.pki.trustCertificate(found.der);
    const again = new Set(this.presentedBy(thumbprint));
    if (endpointId) again.add(endpointId);
    this.endpoints.retryNow(again);
  }

  /** Moves it to rejected/; every endpoint connected with it drops the connection and is refused on the next. */
  async reject(thumbprint: string): Promise<void> {
    const found = this.mustFind(thumbprint);
    await this.pki.rejectCertificate(found.der);
    this.endpoints.reconnectNow(this.presentedBy(thumbprint), `the server's certificate ${thumbprint} was rejected by a person; reconnecting`);
  }

  /** A new own certificate; the old one set aside. Answers both thumbprints. */
  renewOwn(): Promise<{ previous: string; current: string }> {
    return renewOwnCertificate(this.pki);
  }

  private mustFind(thumbprint: string): FoundCertificate {
    const found = this.find(thumbprint);
    if (!found) throw new Error(`No server certificate ${thumbprint} in the workstation's PKI`);
    return found;
  }

  private stored(now = Date.now()): FoundCertificate[] {
    const { trusted, rejected } = pkiFolders(this.pki);
    return [
      ...certificatesIn(rejected, now).map((c) => ({ ...c, status: "rejected" as const })),
      ...certificatesIn(trusted, now).map((c) => ({ ...c, status: "trusted" as const })),
    ];
  }

  private own(now: number): OwnCertificate | null {
    const file = ownCertificateFile(this.pki.rootDir);
    try {
      const previousFolder = previousOwnCertificatesFolder(this.pki.rootDir);
      const previous = fs.existsSync(previousFolder) ? fs.readdirSync(previousFolder).filter((n) => n.endsWith(".pem")).length : 0;
      return { ...certificateDetails(fs.readFileSync(file), now), file, previous };
    } catch {
      return null;
    }
  }
}
