/** Monitors tag values on one subscription, in groups so 100k tags are created in bounded calls. */
import {
  AttributeIds,
  ClientMonitoredItemGroup,
  TimestampsToReturn,
  type ClientSubscription,
  type DataValue,
} from "node-opcua";
import type { TagId, TagValue } from "../../../contract/api";

const GROUP_SIZE = 2000;

export function toTagValue(id: TagId, dv: DataValue): TagValue {
  const sc = dv.statusCode;
  const quality = sc.isGood() ? "good" : sc.isBad() ? "bad" : "uncertain";
  const raw = dv.value?.value as unknown;
  let value: TagValue["value"];
  if (typeof raw === "number" || typeof raw === "boolean" || typeof raw === "string") value = raw;
  else if (raw === null || raw === undefined) value = null;
  else if (typeof raw === "bigint") value = Number(raw);
  else value = String(raw);
  const sourceTime = (dv.sourceTimestamp ?? dv.serverTimestamp)?.getTime() ?? Date.now();
  return { id, value, quality, sourceTime, stale: false };
}

export async function monitorValues(
  subscription: ClientSubscription,
  tags: { tagId: TagId; nodeId: string }[],
  onValue: (value: TagValue) => void,
  samplingIntervalMs: number,
): Promise<ClientMonitoredItemGroup[]> {
  const groups: ClientMonitoredItemGroup[] = [];
  for (let i = 0; i < tags.length; i += GROUP_SIZE) {
    const slice = tags.slice(i, i + GROUP_SIZE);
    const group = ClientMonitoredItemGroup.create(
      subscription,
      slice.map((t) => ({ nodeId: t.nodeId, attributeId: AttributeIds.Value })),
      { samplingInterval: samplingIntervalMs, queueSize: 1, discardOldest: true },
      TimestampsToReturn.Both,
    );
    group.on("changed", (_item, dataValue, index) => {
      const tag = slice[index];
      if (tag) onValue(toTagValue(tag.tagId, dataValue));
    });
    await new Promise<void>((resolve, reject) => {
      group.once("initialized", () => resolve());
      group.once("err", (err: unknown) => reject(err instanceof Error ? err : new Error(String(err))));
    });
    groups.push(group);
  }
  return groups;
}
