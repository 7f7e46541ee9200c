/**
 * Drives the embedded simulator's scenarios from a spec, as a trainer would: a plain node-opcua
 * client calls Objects/Simulation.StartScenario (or Reset) on the simulator host mode started.
 * The simulator trusts only the workstation's certificate, so the client uses a copy of the
 * workstation's PKI (its own certificate, and the simulator's already trusted) from the host's
 * data folder; it signs in as the supervisor, whose role may simulate.
 */
import { MessageSecurityMode, OPCUACertificateManager, OPCUAClient, SecurityPolicy, StatusCodes, UserTokenType } from "node-opcua";
import fs from "node:fs";
import path from "node:path";

const SITE_NAMESPACE_URI = "urn:city-control-room:nis:field";

/** The simulator's endpoint as host mode prints it at start ("Embedded simulator for …: opc.tcp://…"). */
export function simulatorUrl(hostOutput: string): string {
  const m = /Embedded simulator for "[^"]+": (opc\.tcp:\/\/\S+)/.exec(hostOutput);
  if (!m) throw new Error(`host mode printed no simulator endpoint:\n${hostOutput}`);
  return m[1]!;
}

export async function callSimulation(dataDir: string, endpointUrl: string, method: "StartScenario" | "Reset", scenario?: string): Promise<void> {
  const pkiDir = path.join(dataDir, "e2e-trainer-pki");
  fs.cpSync(path.join(dataDir, "pki"), pkiDir, { recursive: true });
  const clientCertificateManager = new OPCUACertificateManager({ rootFolder: pkiDir, automaticallyAcceptUnknownCertificate: false });
  const client = OPCUAClient.create({
    applicationName: "CityControlRoom",
    applicationUri: "urn:city-control-room:workstation",
    clientCertificateManager,
    securityMode: MessageSecurityMode.SignAndEncrypt,
    securityPolicy: SecurityPolicy.Basic256Sha256,
    endpointMustExist: false,
    connectionStrategy: { maxRetry: 1, initialDelay: 200 },
  });
  await client.connect(endpointUrl);
  try {
    const session = await client.createSession({ type: UserTokenType.UserName, userName: "supervisor", password: "supervisor-nis" });
    try {
      const namespaces = (await session.read({ nodeId: "i=2255", attributeId: 13 })).value.value as string[];
      const ns = namespaces.indexOf(SITE_NAMESPACE_URI);
      const result = await session.call({
        objectId: `ns=${ns};s=Simulation`,
        methodId: `ns=${ns};s=Simulation.${method}`,
        inputArguments: scenario ? [{ dataType: "String", value: scenario }] : [],
      });
      if (result.statusCode !== StatusCodes.Good) throw new Error(`Simulation.${method}: ${result.statusCode.name}`);
    } finally {
      await session.close();
    }
  } finally {
    await client.disconnect();
  }
}
