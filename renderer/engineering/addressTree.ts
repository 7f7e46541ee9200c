/**
 * The address-space tree as data: which branches are open, the pages browsed under each, and
 * where the next page starts. A node is keyed by its path from the Objects folder, not its
 * NodeId alone: servers reach one node by two references (a pump under its station and again
 * under "All pumps"), and each place in the tree opens and closes on its own.
 */
import type { BrowsedReference, BrowsePage } from "../../contract/engineering";

export interface Branch {
  children: readonly BrowsedReference[];
  /** Where the next page starts (OPC UA continuation point); null when every child is here. */
  continuation: string | null;
  loading: boolean;
  /** Why the last browse failed, as thrown; null when it did not. */
  error: unknown;
}

export interface TreeState {
  branches: ReadonlyMap<string, Branch>;
  open: ReadonlySet<string>;
}

/** The Objects folder's key: the tree's root, never shown itself. */
export const ROOT_KEY = "";
export const ROOT_NODE = "i=85";
const SEP = "\u001f";

export const EMPTY_TREE: TreeState = { branches: new Map(), open: new Set() };

export function childKey(parentKey: string, nodeId: string): string {
  return parentKey === ROOT_KEY ? nodeId : `${parentKey}${SEP}${nodeId}`;
}

/** The NodeId a key stands for. */
export function nodeOfKey(key: string): string {
  return key === ROOT_KEY ? ROOT_NODE : key.slice(key.lastIndexOf(SEP) + 1);
}

/** The keys from the root down to this one, the key itself last (for a path line). */
export function ancestorKeys(key: string): string[] {
  if (key === ROOT_KEY) return [];
  const parts = key.split(SEP);
  return parts.map((_, i) => parts.slice(0, i + 1).join(SEP));
}

function withBranch(state: TreeState, key: string, change: (b: Branch) => Branch): TreeState {
  const branches = new Map(state.branches);
  branches.set(key, change(branches.get(key) ?? { children: [], continuation: null, loading: false, error: null }));
  return { ...state, branches };
}

export function startLoading(state: TreeState, key: string): TreeState {
  return withBranch(state, key, (b) => ({ ...b, loading: true, error: null }));
}

/** A page arrived: the first replaces what was there, a next page (`more`) appends to it. */
export function pageLoaded(state: TreeState, key: string, page: BrowsePage, more: boolean): TreeState {
  return withBranch(state, key, (b) => {
    const before = more ? b.children : [];
    const seen = new Set(before.map((r) => r.nodeId));
    const fresh = page.references.filter((r) => !seen.has(r.nodeId));
    return { children: [...before, ...fresh], continuation: page.continuation, loading: false, error: null };
  });
}

export function loadFailed(state: TreeState, key: string, error: unknown): TreeState {
  return withBranch(state, key, (b) => ({ ...b, loading: false, error }));
}

export function setOpen(state: TreeState, key: string, open: boolean): TreeState {
  const next = new Set(state.open);
  if (open) next.add(key);
  else next.delete(key);
  return { ...state, open: next };
}

/** An open branch that was never browsed (or failed) needs a browse. */
export function needsBrowse(state: TreeState, key: string): boolean {
  const b = state.branches.get(key);
  return !b || (!b.loading && b.children.length === 0 && b.continuation === null && b.error !== null);
}

/** What the tree shows under a branch: its nodes, then a "load more", "loading", error or "empty" item. */
export type TreeItem =
  | { kind: "node"; key: string; ref: BrowsedReference; open: boolean; children: TreeItem[] }
  | { kind: "more"; key: string; loaded: number; loading: boolean }
  | { kind: "loading"; key: string }
  | { kind: "error"; key: string; error: unknown }
  | { kind: "empty"; key: string };

/** The items under `key`, open branches filled in, in the order the server gave the children. */
export function treeItems(state: TreeState, key = ROOT_KEY): TreeItem[] {
  const b = state.branches.get(key);
  if (!b || (b.loading && b.children.length === 0)) return [{ kind: "loading", key }];
  const items: TreeItem[] = b.children.map((ref) => {
    const k = childKey(key, ref.nodeId);
    const open = state.open.has(k) && ref.hasChildren;
    return { kind: "node", key: k, ref, open, children: open ? treeItems(state, k) : [] };
  });
  if (b.error !== null) items.push({ kind: "error", key, error: b.error });
  else if (b.continuation !== null) items.push({ kind: "more", key, loaded: b.children.length, loading: b.loading });
  else if (b.children.length === 0) items.push({ kind: "empty", key });
  return items;
}
