/**
 * The workstation's own PKI. node-opcua's default manager trusts any server it meets; ours
 * never does: an unknown server certificate lands in rejected/ until a person trusts it.
 */
import { OPCUACertificateManager } from "node-opcua";
import fs from "node:fs";

export async function createClientPki(rootFolder: string): Promise<OPCUACertificateManager> {
  fs.mkdirSync(rootFolder, { recursive: true });
  const pki = new OPCUACertificateManager({
    rootFolder,
    automaticallyAcceptUnknownCertificate: false,
    name: "city-control-room",
  });
  await pki.initialize();
  return pki;
}
