/**
 * The foreign server and a site pointing at it: one endpoint, SignAndEncrypt as the station
 * account, people who sign in (an engineer and an operator), each side trusting the other's
 * certificate and nothing else.
 */
import path from "node:path";
import type { OPCUACertificateManager } from "node-opcua";
import { endpointId } from "../../../contract/ids";
import { createClientPki, ownCertificateFile, trustServerCertificate } from "../../../main/core/connections/pki";
import { parseSiteConfig, type SiteConfig } from "../../../main/core/sites/site-config";
import { FOREIGN_USERS, startForeignServer, type ForeignServer, type ForeignServerOptions } from "./foreign-server";

export const ENDPOINT = endpointId("water-scada");
export const PEOPLE = {
  engineer: { login: "engineer", password: FOREIGN_USERS.engineer, name: "Jelena Ilić" },
  operator: { login: "operator", password: FOREIGN_USERS.operator, name: "Ana Petrović" },
};

export interface ForeignSite {
  server: ForeignServer;
  pki: OPCUACertificateManager;
  site: SiteConfig;
}

export async function foreignSite(dir: string, options: ForeignServerOptions = {}): Promise<ForeignSite> {
  const server = await startForeignServer(path.join(dir, "foreign-pki"), options);
  const pki = await createClientPki(path.join(dir, "pki"));
  await trustServerCertificate(pki, server.certificateFile);
  await server.trustClientCertificate(ownCertificateFile(path.join(dir, "pki")));
  const site = parseSiteConfig(
    {
      id: "interop",
      name: "Water utility SCADA (not ours)",
      centre: { lat: 43.32, lon: 21.9 },
      services: ["water"],
      user: { name: "Radna stanica 1", role: "operator" },
      users: [
        { login: PEOPLE.engineer.login, name: PEOPLE.engineer.name, role: "engineer" },
        { login: PEOPLE.operator.login, name: PEOPLE.operator.name, role: "operator" },
      ],
      endpoints: [
        {
          id: ENDPOINT,
          url: server.endpointUrl,
          securityMode: "SignAndEncrypt",
          securityPolicy: "Basic256Sha256",
          samplingIntervalMs: 0,
          credentials: { user: "station", password: FOREIGN_USERS.station },
        },
      ],
    },
    "the interop test site",
  );
  return { server, pki, site };
}
