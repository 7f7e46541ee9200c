/**
 * The simulator's own PKI and endpoint security. Like a real server it rejects unknown client
 * certificates unless told otherwise: a rejected client's certificate lands in <pki>/rejected,
 * and moving it to <pki>/trusted/certs trusts it (README.md, "Security").
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { MessageSecurityMode, OPCUACertificateManager, SecurityPolicy } from "node-opcua";

export async function makeCertificateManager(pkiDir: string, acceptUnknown: boolean): Promise<OPCUACertificateManager> {
  fs.mkdirSync(pkiDir, { recursive: true });
  const manager = new OPCUACertificateManager({
    rootFolder: pkiDir,
    automaticallyAcceptUnknownCertificate: acceptUnknown,
  });
  await manager.initialize();
  return manager;
}

/** Basic128Rsa15 is left out on purpose: PKCS#1 v1.5 padding is broken (CVE-2023-46809). */
export function securitySettings(allowNone: boolean): { securityPolicies: SecurityPolicy[]; securityModes: MessageSecurityMode[] } {
  const securityPolicies = [SecurityPolicy.Basic256Sha256, SecurityPolicy.Aes128_Sha256_RsaOaep, SecurityPolicy.Aes256_Sha256_RsaPss];
  const securityModes = [MessageSecurityMode.Sign, MessageSecurityMode.SignAndEncrypt];
  if (allowNone) {
    securityPolicies.unshift(SecurityPolicy.None);
    securityModes.unshift(MessageSecurityMode.None);
  }
  return { securityPolicies, securityModes };
}

/** Trusts a client certificate (DER or PEM file, or DER bytes) by placing it in trusted/certs. */
export async function trustCertificate(manager: OPCUACertificateManager, certificate: string | Buffer): Promise<void> {
  let der: Buffer;
  if (typeof certificate === "string") {
    const raw = fs.readFileSync(certificate);
    const text = raw.toString("latin1");
    der = text.includes("-----BEGIN CERTIFICATE-----")
      ? Buffer.from(text.replace(/-----(BEGIN|END) CERTIFICATE-----/g, "").replace(/\s+/g, ""), "base64")
      : raw;
  } else {
    der = certificate;
  }
  await manager.trustCertificate(der);
}

/**
 * The server's own certificate, made before node-opcua would make one: its default subject says
 * "O=Sterfive" and turns "Niš" into "Nia", and an engineer checking a thumbprint reads the
 * subject. ASCII here, as certificate tools show it everywhere.
 */
export async function ensureServerCertificate(manager: OPCUACertificateManager, pkiDir: string, applicationUri: string, commonName: string): Promise<void> {
  const file = ownCertificateFile(pkiDir);
  if (fs.existsSync(file)) return;
  await manager.createSelfSignedCertificate({
    applicationUri,
    dns: ["localhost", os.hostname()],
    ip: ["127.0.0.1"],
    outputFile: file,
    subject: `/CN=${commonName}/O=City Control Room/L=Nis/C=RS`,
    startDate: new Date(),
    validity: 365 * 5,
  });
}

export function ownCertificateFile(pkiDir: string): string {
  return path.join(pkiDir, "own", "certs", "certificate.pem");
}
