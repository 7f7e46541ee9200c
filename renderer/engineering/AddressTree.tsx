/**
 * The address space as a Blueprint Tree: Objects' children first, each branch browsed when it
 * opens, a "load more" row where the server has more (a continuation point), errors in place.
 * Names are the server's DisplayNames, shown as text.
 */
import { Tree, type IconName, type TreeNodeInfo } from "@blueprintjs/core";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import type { BrowsedReference } from "../../contract/engineering";
import { describeError } from "../i18n/describeError";
import { useFormats } from "../i18n/useFormats";
import { treeItems, type TreeItem } from "./addressTree";
import type { AddressTree as TreeModel } from "./useAddressTree";

type Data = { kind: "node"; key: string; ref: BrowsedReference } | { kind: "more"; key: string } | { kind: "other" };

function iconOf(ref: BrowsedReference, open: boolean): IconName {
  if (ref.typeDefinitionName === "FolderType") return open ? "folder-open" : "folder-close";
  switch (ref.nodeClass) {
    case "Object":
      return "cube";
    case "Variable":
      return "variable";
    case "Method":
      return "function";
    default:
      return "dot";
  }
}

interface Props {
  tree: TreeModel;
  selectedKey: string | null;
  onSelect(key: string, ref: BrowsedReference): void;
}

export function AddressTree({ tree, selectedKey, onSelect }: Props) {
  const { t } = useTranslation();
  const formats = useFormats();

  const contents = useMemo(() => {
    const build = (items: TreeItem[]): TreeNodeInfo<Data>[] =>
      items.map((item): TreeNodeInfo<Data> => {
        switch (item.kind) {
          case "node":
            return {
              id: item.key,
              label: <span className="tree-label">{item.ref.displayName}</span>,
              secondaryLabel: <span className="tree-class">{item.ref.nodeClass === "Object" ? (item.ref.typeDefinitionName ?? "") : item.ref.nodeClass}</span>,
              icon: iconOf(item.ref, item.open),
              hasCaret: item.ref.hasChildren,
              isExpanded: item.open,
              isSelected: item.key === selectedKey,
              childNodes: item.open ? build(item.children) : undefined,
              nodeData: { kind: "node", key: item.key, ref: item.ref },
            };
          case "more":
            return {
              id: `${item.key}\u0000more`,
              label: <span className="tree-more" data-testid="tree-load-more">{item.loading ? t("engineering.tree.loading") : t("engineering.tree.loadMore", { count: item.loaded, n: formats.number(item.loaded) })}</span>,
              icon: "more",
              nodeData: { kind: "more", key: item.key },
            };
          case "loading":
            return { id: `${item.key}\u0000loading`, label: <span className="tree-note">{t("engineering.tree.loading")}</span>, icon: "time", disabled: true, nodeData: { kind: "other" } };
          case "empty":
            return { id: `${item.key}\u0000empty`, label: <span className="tree-note">{t("engineering.tree.empty")}</span>, disabled: true, nodeData: { kind: "other" } };
          case "error":
            return { id: `${item.key}\u0000error`, label: <span className="tree-error">{describeError(item.error, t)}</span>, icon: "error", nodeData: { kind: "other" } };
        }
      });
    return build(treeItems(tree.state));
  }, [tree.state, selectedKey, t, formats]);

  return (
    <div className="address-tree" data-testid="address-tree" role="presentation">
      <Tree<Data>
        contents={contents}
        aria-label={t("engineering.tree.aria")}
        onNodeExpand={(node) => node.nodeData?.kind === "node" && tree.toggle(node.nodeData.key, true)}
        onNodeCollapse={(node) => node.nodeData?.kind === "node" && tree.toggle(node.nodeData.key, false)}
        onNodeClick={(node) => {
          const d = node.nodeData;
          if (d?.kind === "node") onSelect(d.key, d.ref);
          else if (d?.kind === "more") tree.loadMore(d.key);
        }}
        onNodeDoubleClick={(node) => {
          const d = node.nodeData;
          if (d?.kind === "node" && d.ref.hasChildren) tree.toggle(d.key, !node.isExpanded);
        }}
      />
    </div>
  );
}
