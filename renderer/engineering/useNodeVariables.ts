/**
 * The Variables directly below a node, offered as tags, each with the unit and range the server
 * gives (AnalogItem EngineeringUnits and EURange). One page of children and at most
 * MAX_READ reads: a folder of thousands of meters is an asset of its own rows, not one form.
 */
import { useEffect, useState } from "react";
import type { ControlRoomApi, EndpointId } from "../../contract/api";
import type { TagChoice } from "./assetDraft";

const MAX_READ = 100;
const READS_IN_FLIGHT = 4;

export type VariablesState = { status: "loading" } | { status: "ready"; choices: TagChoice[]; cut: boolean } | { status: "failed"; error: unknown };

export function useNodeVariables(api: ControlRoomApi, endpointId: EndpointId | null, nodeId: string | null): VariablesState {
  const [state, setState] = useState<VariablesState>({ status: "loading" });
  useEffect(() => {
    if (!endpointId || !nodeId) return;
    let live = true;
    setState({ status: "loading" });
    void (async () => {
      try {
        const page = await api.browseNode({ endpointId, nodeId });
        const variables = page.references.filter((r) => r.nodeClass === "Variable" && r.isForward);
        const shown = variables.slice(0, MAX_READ);
        const choices: TagChoice[] = shown.map((r) => ({ nodeId: r.nodeId, displayName: r.displayName, unit: null, range: null }));
        let next = 0;
        const worker = async () => {
          while (next < shown.length) {
            const i = next++;
            const d = await api.readNode({ endpointId, nodeId: shown[i]!.nodeId });
            choices[i] = { ...choices[i]!, unit: d.unit, range: d.range };
          }
        };
        await Promise.all(Array.from({ length: Math.min(READS_IN_FLIGHT, shown.length) }, worker));
        if (live) setState({ status: "ready", choices, cut: variables.length > shown.length || page.continuation !== null });
      } catch (error) {
        if (live) setState({ status: "failed", error });
      }
    })();
    return () => {
      live = false;
    };
  }, [api, endpointId, nodeId]);
  return state;
}
