/**
 * The workstation's own PKI. node-opcua's default manager trusts any server it meets; ours
 * never does: an unknown server certificate lands in rejected/ until a person trusts it.
 */
import { makeSubject, OPCUACertificateManager } from "node-opcua";
import { X509Certificate } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { CertificateDetails } from "../../../contract/api";

export const WORKSTATION_APPLICATION = {
  name: "CityControlRoom",
  uri: "urn:city-control-room:workstation",
} as const;

/** Where node-opcua's client looks for its certificate under the PKI root. */
export function ownCertificateFile(rootFolder: string): string {
  return path.join(rootFolder, "own", "certs", "client_certificate.pem");
}

export async function createClientPki(rootFolder: string): Promise<OPCUACertificateManager> {
  fs.mkdirSync(rootFolder, { recursive: true });
  const pki = new OPCUACertificateManager({
    rootFolder,
    automaticallyAcceptUnknownCertificate: false,
    name: "city-control-room",
  });
  await pki.initialize();
  // Made here rather than lazily by the client, so it exists before the first connection and
  // can be handed to a server to trust (the embedded simulator does exactly that).
  const certificateFile = ownCertificateFile(rootFolder);
  if (!fs.existsSync(certificateFile)) {
    await pki.createSelfSignedCertificate({
      applicationUri: WORKSTATION_APPLICATION.uri,
      dns: [os.hostname()],
      outputFile: certificateFile,
      subject: makeSubject(WORKSTATION_APPLICATION.name, os.hostname()),
      startDate: new Date(),
      validity: 365 * 2,
    });
  }
  return pki;
}

export interface CertificateSummary {
  thumbprint: string;
  subject: string;
  validFrom: string;
  validTo: string;
}

export function summarizeCertificate(pemOrDer: Buffer): CertificateSummary {
  const cert = new X509Certificate(pemOrDer);
  return {
    thumbprint: cert.fingerprint.replace(/:/g, "").toLowerCase(),
    subject: cert.subject.replace(/\n/g, ", "),
    validFrom: cert.validFrom,
    validTo: cert.validTo,
  };
}

/** Trusts a server certificate a person (or the app, for its own embedded simulator) vouched for. */
export async function trustServerCertificate(pki: OPCUACertificateManager, file: string): Promise<void> {
  await pki.trustCertificate(new X509Certificate(fs.readFileSync(file)).raw);
}

/**
 * The certificate most recently put in rejected/: node-opcua moves an unknown server
 * certificate there when it refuses it, and this is how a person gets to see which one.
 */
export function latestRejectedCertificate(pki: OPCUACertificateManager): CertificateSummary | null {
  const folder = path.join(pki.rootDir, "rejected");
  if (!fs.existsSync(folder)) return null;
  const newest = fs
    .readdirSync(folder)
    .map((name) => path.join(folder, name))
    .filter((file) => fs.statSync(file).isFile())
    .sort((a, b) => fs.statSync(b).mtimeMs - fs.statSync(a).mtimeMs)[0];
  if (!newest) return null;
  try {
    return summarizeCertificate(fs.readFileSync(newest));
  } catch {
    return null;
  }
}

/** X509Certificate writes "Nov 25 19:13:59 2026 GMT"; the contract carries ISO 8601. */
function isoTime(text: string): string {
  const ms = Date.parse(text);
  return Number.isNaN(ms) ? text : new Date(ms).toISOString();
}

/**
 * The first certificate of a DER chain (OPC UA servers may send leaf + issuers as one buffer):
 * the leaf's own SEQUENCE, read from its DER length. Anything else is returned as it is.
 */
export function leafOfChain(der: Buffer): Buffer {
  if (der.length < 2 || der[0] !== 0x30) return der;
  const first = der[1]!;
  if (first < 0x80) return der.subarray(0, Math.min(der.length, 2 + first));
  const octets = first & 0x7f;
  if (octets === 0 || octets > 4 || der.length < 2 + octets) return der;
  let length = 0;
  for (let i = 0; i < octets; i++) length = length * 256 + der[2 + i]!;
  return der.subarray(0, Math.min(der.length, 2 + octets + length));
}

/** SHA-1 thumbprint of a certificate (PEM, DER, or a DER chain: its leaf), as OPC UA tools write it. */
export function thumbprintOf(pemOrDer: Buffer): string {
  const body = pemOrDer[0] === 0x30 ? leafOfChain(pemOrDer) : pemOrDer;
  return new X509Certificate(body).fingerprint.replace(/:/g, "").toLowerCase();
}

/** The application URI an OPC UA certificate carries in its subjectAltName, e.g. "URI:urn:…". */
export function applicationUriOf(subjectAltName: string | undefined): string | null {
  if (!subjectAltName) return null;
  for (const part of subjectAltName.split(/,\s*/)) {
    if (part.startsWith("URI:")) return part.slice(4).replace(/^"|"$/g, "");
  }
  return null;
}

/** Everything a person needs to decide about a certificate, never its body. */
export function certificateDetails(pemOrDer: Buffer, now = Date.now()): CertificateDetails {
  const cert = new X509Certificate(pemOrDer[0] === 0x30 ? leafOfChain(pemOrDer) : pemOrDer);
  const validFrom = isoTime(cert.validFrom);
  const validTo = isoTime(cert.validTo);
  return {
    thumbprint: cert.fingerprint.replace(/:/g, "").toLowerCase(),
    subject: cert.subject.replace(/\n/g, ", "),
    issuer: cert.issuer.replace(/\n/g, ", "),
    validFrom,
    validTo,
    applicationUri: applicationUriOf(cert.subjectAltName),
    expired: now < Date.parse(validFrom) || now > Date.parse(validTo),
  };
}

/** A certificate file of the PKI, read. */
export interface StoredCertificate {
  file: string;
  /** The leaf certificate, DER: what node-opcua's trust and reject take. */
  der: Buffer;
  details: CertificateDetails;
  modifiedMs: number;
}

/** The certificates in one PKI folder, newest file first; unreadable files are skipped. */
export function certificatesIn(folder: string, now = Date.now()): StoredCertificate[] {
  if (!fs.existsSync(folder)) return [];
  const found: StoredCertificate[] = [];
  for (const name of fs.readdirSync(folder)) {
    const file = path.join(folder, name);
    try {
      const stat = fs.statSync(file);
      if (!stat.isFile()) continue;
      const cert = new X509Certificate(fs.readFileSync(file));
      found.push({ file, der: leafOfChain(cert.raw), details: certificateDetails(cert.raw, now), modifiedMs: stat.mtimeMs });
    } catch {
      // Not a certificate (a stray file, a CRL): nothing a person decides about.
    }
  }
  return found.sort((a, b) => b.modifiedMs - a.modifiedMs);
}

/** node-opcua's folders under the PKI root: trusted/certs and rejected. */
export function pkiFolders(pki: OPCUACertificateManager): { trusted: string; rejected: string } {
  return { trusted: path.join(pki.rootDir, "trusted", "certs"), rejected: path.join(pki.rootDir, "rejected") };
}

/** Where renewal sets the workstation's earlier certificates aside. */
export function previousOwnCertificatesFolder(rootFolder: string): string {
  return path.join(rootFolder, "own", "certs", "previous");
}

/**
 * A new self-signed certificate for the workstation (same key pair, new serial and validity,
 * so a new thumbprint). The old one is moved to own/certs/previous/, named by its thumbprint,
 * never deleted. Connections made from now on present the new one; servers must trust it.
 */
export async function renewOwnCertificate(pki: OPCUACertificateManager, now = new Date()): Promise<{ previous: string; current: string }> {
  const file = ownCertificateFile(pki.rootDir);
  const previousFolder = previousOwnCertificatesFolder(pki.rootDir);
  fs.mkdirSync(previousFolder, { recursive: true });
  let previous = "";
  if (fs.existsSync(file)) {
    previous = thumbprintOf(fs.readFileSync(file));
    fs.renameSync(file, path.join(previousFolder, `client_certificate-${previous}-${now.getTime()}.pem`));
  }
  await pki.createSelfSignedCertificate({
    applicationUri: WORKSTATION_APPLICATION.uri,
    dns: [os.hostname()],
    outputFile: file,
    subject: makeSubject(WORKSTATION_APPLICATION.name, os.hostname()),
    startDate: now,
    validity: 365 * 2,
  });
  if (!fs.existsSync(file)) throw new Error(`The new certificate was not written to ${file}`);
  return { previous, current: thumbprintOf(fs.readFileSync(file)) };
}
