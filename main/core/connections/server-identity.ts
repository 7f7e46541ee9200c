/**
 * Who answers at an endpoint, once connected: the application from the endpoint description
 * the session was made on, the product from Server.ServerStatus.BuildInfo. A server that
 * leaves any of it out still connects; the missing parts read as null.
 */
import { AttributeIds, type ClientSession } from "node-opcua";
import type { ServerIdentity } from "../../../contract/api";

/** Server_ServerStatus_BuildInfo (Part 5). */
const BUILD_INFO = "i=2260";
const READ_WAIT_MS = 5000;

/** A server's text as a bounded string, or null when it is empty or not text. */
function text(value: unknown, max = 500): string | null {
  return typeof value === "string" && value.trim() !== "" ? value.slice(0, max) : null;
}

interface BuildInfoFields {
  productName?: unknown;
  productUri?: unknown;
  manufacturerName?: unknown;
  softwareVersion?: unknown;
}

async function readBuildInfo(session: ClientSession): Promise<BuildInfoFields> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<BuildInfoFields>((resolve) => {
    timer = setTimeout(() => resolve({}), READ_WAIT_MS);
  });
  try {
    const read = session.read({ nodeId: BUILD_INFO, attributeId: AttributeIds.Value }).then((dv) => {
      const value: unknown = dv.statusCode.isGood() ? dv.value.value : null;
      return value && typeof value === "object" ? (value as BuildInfoFields) : {};
    });
    return await Promise.race([read, late]);
  } catch {
    return {};
  } finally {
    clearTimeout(timer);
  }
}

export async function readServerIdentity(session: ClientSession): Promise<ServerIdentity> {
  const application = session.endpoint?.server;
  const build = await readBuildInfo(session);
  return {
    applicationName: text(application?.applicationName?.text),
    applicationUri: text(application?.applicationUri),
    productName: text(build.productName),
    productUri: text(build.productUri) ?? text(application?.productUri),
    manufacturerName: text(build.manufacturerName),
    softwareVersion: text(build.softwareVersion, 100),
  };
}
