/**
 * A certificate in a log line is who and until when, never the certificate: a PEM or DER dump
 * is noise to a reader, and the thumbprint is what a person compares against the server's
 * display to decide whether to trust it.
 */
import { createHash, X509Certificate } from "node:crypto";

export interface CertificateForLog {
  /** SHA-1 of the DER, lower-case hex: what OPC UA tools and the PKI folders show. */
  thumbprint: string;
  subject?: string;
  issuer?: string;
  validFrom?: string;
  validTo?: string;
  /** Set when the bytes are not one X.509 certificate (a chain, garbage): only the hash is kept. */
  unreadable?: true;
}

const isoOrRaw = (text: string) => {
  const date = new Date(text);
  return Number.isNaN(date.getTime()) ? text : date.toISOString();
};

export function certificateForLog(
  cert: Buffer | Uint8Array | string | X509Certificate | null | undefined,
): CertificateForLog | null {
  if (cert === null || cert === undefined) return null;
  try {
    const x509 = cert instanceof X509Certificate ? cert : new X509Certificate(typeof cert === "string" ? cert : Buffer.from(cert));
    return {
      thumbprint: createHash("sha1").update(x509.raw).digest("hex"),
      subject: x509.subject.replace(/\n/g, ", "),
      issuer: x509.issuer.replace(/\n/g, ", "),
      validFrom: isoOrRaw(x509.validFrom),
      validTo: isoOrRaw(x509.validTo),
    };
  } catch {
    const bytes = typeof cert === "string" ? Buffer.from(cert) : Buffer.from(cert as Uint8Array);
    return { thumbprint: createHash("sha1").update(bytes).digest("hex"), unreadable: true };
  }
}
