/**
 * One node as the server describes it: class, names, type, data type, the value now with its
 * status and source time, unit and range (AnalogItems), and its references (a click on one
 * opens that node). Everything a server says is server text. "Make an asset" starts here.
 */
import { Button, Callout, HTMLTable, NonIdealState, Spinner, Tag } from "@blueprintjs/core";
import { useCallback, useEffect, useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { ControlRoomApi, EndpointId } from "../../contract/api";
import type { NodeDetails } from "../../contract/engineering";
import { describeError } from "../i18n/describeError";
import { useFormats } from "../i18n/useFormats";
import { ServerText } from "../text/ServerText";

type Loaded = { status: "loading" } | { status: "ready"; node: NodeDetails } | { status: "failed"; error: unknown };

const REFERENCES_SHOWN = 60;

function useNodeDetails(api: ControlRoomApi, endpointId: EndpointId, nodeId: string): [Loaded, () => void] {
  const [state, setState] = useState<Loaded>({ status: "loading" });
  const [round, setRound] = useState(0);
  useEffect(() => {
    let live = true;
    setState((s) => (s.status === "ready" && s.node.nodeId === nodeId ? s : { status: "loading" }));
    api.readNode({ endpointId, nodeId }).then(
      (node) => live && setState({ status: "ready", node }),
      (error: unknown) => live && setState({ status: "failed", error }),
    );
    return () => {
      live = false;
    };
  }, [api, endpointId, nodeId, round]);
  return [state, useCallback(() => setRound((r) => r + 1), [])];
}

interface Props {
  api: ControlRoomApi;
  endpointId: EndpointId;
  nodeId: string;
  onOpenNode(nodeId: string): void;
  onMakeAsset(node: NodeDetails): void;
  /** The engineered asset made of this node, if any (the button then edits it). */
  engineeredName: string | null;
}

export function NodeDetailsPane({ api, endpointId, nodeId, onOpenNode, onMakeAsset, engineeredName }: Props) {
  const { t } = useTranslation();
  const formats = useFormats();
  const [state, refresh] = useNodeDetails(api, endpointId, nodeId);

  if (state.status === "loading") return <NonIdealState icon={<Spinner size={24} />} title={t("engineering.details.loading")} />;
  if (state.status === "failed")
    return (
      <Callout intent="danger" className="node-details-error" data-testid="node-details-error">
        {describeError(state.error, t)}
        <Button variant="minimal" icon="refresh" onClick={refresh}>
          {t("engineering.details.retry")}
        </Button>
      </Callout>
    );
  const n = state.node;
  const value = n.value;
  const rows: [string, ReactNode][] = [
    [t("engineering.details.nodeId"), <code key="id">{n.nodeId}</code>],
    [t("engineering.details.nodeClass"), n.nodeClass],
    [t("engineering.details.browseName"), <ServerText key="bn" text={n.browseName} />],
    [t("engineering.details.displayName"), <ServerText key="dn" text={n.displayName} />],
  ];
  if (n.description) rows.push([t("engineering.details.description"), <ServerText key="d" text={n.description} wrap />]);
  if (n.typeDefinition) rows.push([t("engineering.details.type"), n.typeDefinitionName ?? n.typeDefinition]);
  if (n.dataType) rows.push([t("engineering.details.dataType"), n.dataType.name ?? n.dataType.nodeId]);
  if (n.unit) rows.push([t("engineering.details.unit"), n.unit]);
  if (n.range) rows.push([t("engineering.details.range"), t("engineering.details.rangeValue", { low: formats.number(n.range.low), high: formats.number(n.range.high) })]);
  if (n.writable !== null) rows.push([t("engineering.details.access"), n.writable ? t("engineering.details.writable") : t("engineering.details.readOnly")]);

  return (
    <section className="node-details" data-testid="node-details" data-node-id={n.nodeId} aria-labelledby="node-details-title">
      <header className="node-details-header">
        <h3 id="node-details-title" className="node-details-title">
          <ServerText text={n.displayName} />
        </h3>
        <Button size="small" variant="minimal" icon="refresh" onClick={refresh} aria-label={t("engineering.details.refresh")} title={t("engineering.details.refresh")} />
        <Button size="small" intent="primary" icon={engineeredName ? "edit" : "add"} data-testid="make-asset" onClick={() => onMakeAsset(n)}>
          {engineeredName ? t("engineering.details.editAsset") : t("engineering.details.makeAsset")}
        </Button>
      </header>
      {value && (
        <div className="node-value" data-testid="node-value">
          <span className="node-value-main">{formats.value(value.value, n.unit)}</span>
          <Tag minimal intent={value.status.startsWith("Good") ? "none" : value.status.startsWith("Uncertain") ? "warning" : "danger"} className="node-value-status">
            {value.status}
          </Tag>
          {value.sourceTime !== null && <span className="node-value-time">{t("engineering.details.sourceTime", { time: formats.dateTime(value.sourceTime) })}</span>}
        </div>
      )}
      <HTMLTable compact className="node-attributes">
        <tbody>
          {rows.map(([k, v]) => (
            <tr key={k}>
              <th scope="row">{k}</th>
              <td>{v}</td>
            </tr>
          ))}
        </tbody>
      </HTMLTable>
      <h4 className="node-references-title">{t("engineering.details.references", { count: n.references.length, n: formats.number(n.references.length) })}</h4>
      <HTMLTable compact className="node-references">
        <thead>
          <tr>
            <th scope="col">{t("engineering.details.referenceType")}</th>
            <th scope="col">{t("engineering.details.target")}</th>
            <th scope="col">{t("engineering.details.nodeClass")}</th>
          </tr>
        </thead>
        <tbody>
          {n.references.slice(0, REFERENCES_SHOWN).map((r) => (
            <tr key={`${r.referenceType}|${r.isForward}|${r.nodeId}`}>
              <td>{r.isForward ? r.referenceType : t("engineering.details.inverse", { type: r.referenceType })}</td>
              <td>
                <Button variant="minimal" size="small" className="node-reference-link" onClick={() => onOpenNode(r.nodeId)}>
                  <ServerText text={r.browseName || r.nodeId} />
                </Button>
              </td>
              <td>{r.nodeClass}</td>
            </tr>
          ))}
        </tbody>
      </HTMLTable>
      {(n.references.length > REFERENCES_SHOWN || n.referencesCut) && <p className="node-references-more">{t("engineering.details.moreReferences")}</p>}
    </section>
  );
}
