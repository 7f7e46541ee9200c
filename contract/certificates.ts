/**
 * Certificates a person decides about: the workstation's own (what servers must trust) and the
 * servers' certificates in the workstation's PKI, trusted or rejected. Only facts travel, never
 * a certificate's body; a decision (trust, reject, renew) is an action of the outbox, audited.
 */
import type { CertificateFacts } from "./endpoint-status";
import type { EndpointId } from "./ids";

/**
 * The outbox's endpoint for actions that are the workstation's own business (trust decisions,
 * renewing our certificate) and name no endpoint: not a valid endpoint id, so it never
 * collides with one of the site's.
 */
export const WORKSTATION_ENDPOINT = "(workstation)" as EndpointId;

export interface CertificateDetails extends CertificateFacts {
  /** Issuer distinguished name; equal to the subject for a self-signed certificate. */
  issuer: string;
  /** The OPC UA application URI from subjectAltName (URI:…), when the certificate has one. */
  applicationUri: string | null;
  /** Past validTo, or before validFrom, now. */
  expired: boolean;
}

export interface OwnCertificate extends CertificateDetails {
  /** Where the certificate file is on this workstation (servers' administrators ask for it). */
  file: string;
  /** How many earlier certificates renewal set aside (own/certs/previous). */
  previous: number;
}

export type ServerCertificateStatus = "trusted" | "rejected";

export interface ServerCertificate extends CertificateDetails {
  status: ServerCertificateStatus;
  /** Endpoints known to have presented it (now connected with it, or refused by it); empty when unknown. */
  endpointIds: EndpointId[];
}

export interface CertificateList {
  /** null only when the workstation's certificate cannot be read. */
  own: OwnCertificate | null;
  /** Rejected first (what waits for a person), then trusted; newest file first within each. */
  servers: ServerCertificate[];
}
