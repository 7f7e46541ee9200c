/**
 * The bulk acknowledge's baseline: a bare node-opcua client calls Acknowledge (i=9111) on each
 * condition with its current EventId, all in one Call request, straight to the server: no
 * outbox, no audit, no person's session.
 */
import { DataType, MessageSecurityMode, OPCUAClient, SecurityPolicy } from "node-opcua";

export async function bareAcknowledge(url: string, targets: { conditionId: string; eventId: string }[]): Promise<void> {
  const client = OPCUAClient.create({ endpointMustExist: false, securityMode: MessageSecurityMode.None, securityPolicy: SecurityPolicy.None });
  await client.connect(url);
  try {
    const session = await client.createSession();
    const results = await session.call(
      targets.map((t) => ({
        objectId: t.conditionId,
        methodId: "i=9111",
        inputArguments: [
          { dataType: DataType.ByteString, value: Buffer.from(t.eventId, "hex") },
          { dataType: DataType.LocalizedText, value: { text: "" } },
        ],
      })),
    );
    const bad = results.filter((r) => !r.statusCode.isGood());
    if (bad.length) throw new Error(`${bad.length} of ${targets.length} bare acknowledgements refused, e.g. ${bad[0]!.statusCode.toString()}`);
    await session.close();
  } finally {
    await client.disconnect();
  }
}
