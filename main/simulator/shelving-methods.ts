/**
 * Part 9 lets a client call TimedShelve / OneShotShelve / Unshelve with the MethodId of the
 * ShelvedStateMachineType (i=2949 / 2948 / 2947) on the alarm's ShelvingState object, as it
 * does Acknowledge with AcknowledgeableConditionType's id. node-opcua binds the shelving
 * methods only on each instance, so the type's methods answer "not bound"; here they delegate
 * to the instance's method of the same name (access control runs there too).
 */
import { MethodIds, StatusCodes, type AddressSpace, type CallMethodResultOptions, type ISessionContext, type UAMethod, type UAObject, type Variant } from "node-opcua";

const TYPE_METHODS: [number, string][] = [
  [MethodIds.ShelvedStateMachineType_TimedShelve, "TimedShelve"],
  [MethodIds.ShelvedStateMachineType_OneShotShelve, "OneShotShelve"],
  [MethodIds.ShelvedStateMachineType_Unshelve, "Unshelve"],
];

export function bindShelvingTypeMethods(addressSpace: AddressSpace): void {
  for (const [id, name] of TYPE_METHODS) {
    const typeMethod = addressSpace.findNode(`i=${id}`) as UAMethod | null;
    if (!typeMethod) continue;
    typeMethod.bindMethod(async (inputArguments: Variant[], context: ISessionContext): Promise<CallMethodResultOptions> => {
      const object = context.object as UAObject | undefined;
      // Called on the ShelvingState itself, or (allowed for Unshelve) on the condition.
      const machine = object?.getMethodByName(name) ? object : (object?.getComponentByName("ShelvingState") as UAObject | null);
      const target = machine?.getMethodByName(name) as UAMethod | null | undefined;
      if (!machine || !target || target === typeMethod) return { statusCode: StatusCodes.BadMethodInvalid };
      return target.execute(machine, inputArguments, context);
    });
  }
}
