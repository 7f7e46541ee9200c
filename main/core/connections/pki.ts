/**
 * The workstation's own PKI. node-opcua's default manager trusts any server it meets; ours
 * never does: an unknown server certificate lands in rejected/ until a person trusts it.
 */
import { makeSubject, OPCUACertificateManager } from "node-opcua";
import { X509Certificate } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

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
