/**
 * The address-space tree's state: pages appended under the branch they belong to, the same node
 * under two parents opened separately, "load more" only while the server has a continuation,
 * errors kept in place and browsed again when the branch reopens.
 */
import { describe, expect, it } from "vitest";
import type { BrowsedReference, BrowsePage } from "../../contract/engineering";
import type { EndpointId } from "../../contract/ids";
import { EMPTY_TREE, ROOT_KEY, childKey, loadFailed, needsBrowse, nodeOfKey, pageLoaded, setOpen, startLoading, treeItems } from "../../renderer/engineering/addressTree";

const ref = (nodeId: string, hasChildren = false): BrowsedReference => ({
  nodeId,
  browseName: `1:${nodeId}`,
  displayName: nodeId,
  nodeClass: hasChildren ? "Object" : "Variable",
  referenceType: "HasComponent",
  isForward: true,
  typeDefinition: null,
  typeDefinitionName: null,
  hasChildren,
});
const page = (nodeId: string, refs: BrowsedReference[], continuation: string | null = null): BrowsePage => ({ endpointId: "e" as EndpointId, nodeId, references: refs, continuation });

describe("address-space tree state", () => {
  it("shows loading until the root page arrives, then the root's children", () => {
    expect(treeItems(startLoading(EMPTY_TREE, ROOT_KEY))).toEqual([{ kind: "loading", key: ROOT_KEY }]);
    const s = pageLoaded(startLoading(EMPTY_TREE, ROOT_KEY), ROOT_KEY, page("i=85", [ref("A", true), ref("B")]), false);
    expect(treeItems(s).map((i) => (i.kind === "node" ? i.ref.nodeId : i.kind))).toEqual(["A", "B"]);
    expect(nodeOfKey(ROOT_KEY)).toBe("i=85");
  });

  it("appends a next page and offers more only while there is a continuation", () => {
    let s = pageLoaded(EMPTY_TREE, ROOT_KEY, page("i=85", [ref("M1"), ref("M2")], "cp1"), false);
    expect(treeItems(s).at(-1)).toEqual({ kind: "more", key: ROOT_KEY, loaded: 2, loading: false });
    s = pageLoaded(startLoading(s, ROOT_KEY), ROOT_KEY, page("i=85", [ref("M2"), ref("M3")], null), true);
    expect(treeItems(s).map((i) => (i.kind === "node" ? i.ref.nodeId : i.kind))).toEqual(["M1", "M2", "M3"]);
  });

  it("keys a node by its path, so the same node under two parents opens on its own", () => {
    let s = pageLoaded(EMPTY_TREE, ROOT_KEY, page("i=85", [ref("P1", true), ref("P2", true)]), false);
    const pumpUnderP1 = childKey("P1", "Pump");
    s = pageLoaded(s, "P1", page("P1", [ref("Pump", true)]), false);
    s = pageLoaded(s, "P2", page("P2", [ref("Pump", true)]), false);
    s = setOpen(setOpen(setOpen(s, "P1", true), "P2", true), pumpUnderP1, true);
    expect(nodeOfKey(pumpUnderP1)).toBe("Pump");
    const [p1, p2] = treeItems(s);
    expect(p1).toMatchObject({ kind: "node", open: true, children: [{ kind: "node", key: pumpUnderP1, open: true, children: [{ kind: "loading" }] }] });
    expect(p2).toMatchObject({ kind: "node", open: true, children: [{ kind: "node", open: false, children: [] }] });
    expect(needsBrowse(s, pumpUnderP1)).toBe(true);
    expect(needsBrowse(s, "P1")).toBe(false);
  });

  it("keeps an error in its branch and browses it again when reopened", () => {
    const s = loadFailed(startLoading(EMPTY_TREE, "X"), "X", new Error("unavailable"));
    expect(treeItems(s, "X")).toEqual([{ kind: "error", key: "X", error: new Error("unavailable") }]);
    expect(needsBrowse(s, "X")).toBe(true);
  });

  it("says when a branch has no children", () => {
    expect(treeItems(pageLoaded(EMPTY_TREE, "L", page("L", []), false), "L")).toEqual([{ kind: "empty", key: "L" }]);
  });
});
