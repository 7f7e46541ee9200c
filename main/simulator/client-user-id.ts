/**
 * Part 9: the event an Acknowledge, Confirm or AddComment raises carries the ClientUserId of
 * the person who called it. node-opcua records the user only after the event has gone out, so
 * clients would see the previous caller (or none); here the branch is stamped before the call.
 */
import { StatusCodes, type AddressSpace, type ISessionContext, type UAMethod, type UAObject, type UAObjectType, type Variant } from "node-opcua";

const STAMPED = new Set(["Acknowledge", "Confirm", "AddComment"]);

interface ConditionWithBranches {
  findBranchForEventId(eventId: Buffer): { setClientUserId(user: string): void } | null;
}

export function installClientUserIdStamp(addressSpace: AddressSpace): void {
  addressSpace.addMethodCallInterceptor(
    (context: ISessionContext, object: UAObject | UAObjectType | null, method: UAMethod, inputArguments?: Variant[]) => {
      if (!STAMPED.has(method.browseName.name ?? "") || !object || !context.session) return StatusCodes.Good;
      const eventId = inputArguments?.[0]?.value;
      const condition = object as unknown as Partial<ConditionWithBranches>;
      if (Buffer.isBuffer(eventId) && typeof condition.findBranchForEventId === "function") {
        condition.findBranchForEventId(eventId)?.setClientUserId(context.getUserName?.() ?? "");
      }
      return StatusCodes.Good;
    },
  );
}
