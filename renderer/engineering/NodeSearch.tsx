/**
 * Search by BrowseName (or DisplayName) below the Objects folder, as the core bounds it: by
 * depth, hits and nodes looked at, and says which bound stopped it so a person narrows the text.
 */
import { Button, Callout, InputGroup } from "@blueprintjs/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { ControlRoomApi, EndpointId } from "../../contract/api";
import type { NodeSearchHit, NodeSearchResult } from "../../contract/engineering";
import { describeError } from "../i18n/describeError";
import { tk } from "../i18n/keys";
import { useFormats } from "../i18n/useFormats";
import { ServerText } from "../text/ServerText";

const CUT = {
  hits: tk("engineering.search.cutHits"),
  depth: tk("engineering.search.cutDepth"),
  visited: tk("engineering.search.cutVisited"),
} as const;

type Found = { status: "idle" } | { status: "busy" } | { status: "ready"; result: NodeSearchResult } | { status: "failed"; error: unknown };

interface Props {
  api: ControlRoomApi;
  endpointId: EndpointId;
  selectedNode: string | null;
  onOpen(hit: NodeSearchHit): void;
}

export function NodeSearch({ api, endpointId, selectedNode, onOpen }: Props) {
  const { t } = useTranslation();
  const formats = useFormats();
  const [text, setText] = useState("");
  const [found, setFound] = useState<Found>({ status: "idle" });

  const search = async () => {
    if (text.trim() === "") return setFound({ status: "idle" });
    setFound({ status: "busy" });
    try {
      setFound({ status: "ready", result: await api.searchNodes({ endpointId, text: text.trim() }) });
    } catch (error) {
      setFound({ status: "failed", error });
    }
  };

  return (
    <div className="node-search">
      <form role="search" className="node-search-form" onSubmit={(e) => (e.preventDefault(), void search())}>
        <InputGroup
          type="search"
          leftIcon="search"
          value={text}
          data-testid="node-search-text"
          aria-label={t("engineering.search.aria")}
          placeholder={t("engineering.search.placeholder")}
          onChange={(e) => setText(e.target.value)}
          rightElement={<Button type="submit" variant="minimal" loading={found.status === "busy"} data-testid="node-search-go">{t("engineering.search.go")}</Button>}
        />
      </form>
      {found.status === "failed" && <Callout intent="danger">{describeError(found.error, t)}</Callout>}
      {found.status === "ready" && (
        <div className="node-search-results" data-testid="node-search-results">
          <p className="node-search-summary">
            {t("engineering.search.found", { count: found.result.hits.length, n: formats.number(found.result.hits.length) })}
            {found.result.cutShort && ` ${t(CUT[found.result.cutShort])}`}
          </p>
          <ul>
            {found.result.hits.map((h) => (
              <li key={h.nodeId}>
                <Button variant="minimal" size="small" alignText="start" fill active={h.nodeId === selectedNode} data-testid="node-search-hit" onClick={() => onOpen(h)}>
                  <ServerText text={h.displayName} className="node-search-name" />
                  <span className="node-search-path">{h.path}</span>
                </Button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
