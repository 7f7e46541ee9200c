/**
 * What Part 9 asks of a condition that node-opcua leaves out, applied to every alarm we build:
 * - a fresh condition is Unshelved (node-opcua leaves CurrentState empty, and then refuses
 *   TimedShelve/OneShotShelve);
 * - shelving and unshelving are state changes clients learn of by an event, raised once
 *   CurrentState.Id names the new state (node-opcua sets the Id after the text);
 * - a one-shot shelve ends when the alarm returns to normal (ISA-18.2 / Part 9);
 * - Enable re-evaluates off-normal and discrete alarms too (node-opcua does it for limit
 *   alarms only and throws for the others, leaving the condition half enabled);
 * - ConditionRefresh resends the retained branches as well as the current state (Part 9
 *   §5.5.7; node-opcua resends the current state only, so a client that connects after an
 *   alarm returned unacknowledged would never learn of the branch it must acknowledge).
 */
import type { DataValue, UAAlarmConditionEx, UAVariable } from "node-opcua";

interface ShelvingInternals {
  _timer?: NodeJS.Timeout | null;
}

interface ConditionInternals {
  evaluateConditionsAfterEnabled(): void;
  _onInputDataValueChange(dataValue: DataValue): void;
  _resend_conditionEvents(): number;
}

export function completePart9Behaviour(node: UAAlarmConditionEx, input: UAVariable, kind: "limit" | "offNormal" | "discrete"): void {
  const shelving = node.shelvingState;
  if (shelving) {
    if (shelving.getCurrentState() !== "Unshelved") shelving.setState("Unshelved");
    shelving.currentState.getPropertyByName("Id")?.on("value_changed", () => {
      // A disabled condition sends no events (Part 9 §5.5.2).
      if (node.getEnabledState()) node.raiseConditionEvent(node.currentBranch(), true);
    });
    node.activeState.id.on("value_changed", (dataValue: DataValue) => {
      if (dataValue.value.value !== false || shelving.getCurrentState() !== "OneShotShelved") return;
      const internals = shelving as unknown as ShelvingInternals;
      if (internals._timer) clearTimeout(internals._timer);
      internals._timer = null;
      shelving.setState("Unshelved");
    });
  }
  const internals = node as unknown as ConditionInternals;
  if (kind !== "limit") {
    internals.evaluateConditionsAfterEnabled = () => internals._onInputDataValueChange(input.readValue());
  }
  const resendCurrent = internals._resend_conditionEvents.bind(node);
  internals._resend_conditionEvents = () => {
    let sent = resendCurrent();
    // A disabled condition sends no events (Part 9 §5.5.2), branches included.
    if (!node.getEnabledState()) return sent;
    for (const branch of node.getBranches()) {
      if (!branch.getRetain()) continue;
      node.raiseConditionEvent(branch, false);
      sent++;
    }
    return sent;
  };
}
