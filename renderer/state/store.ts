/**
 * A tiny external store. Components read slices through selectors with useSyncExternalStore,
 * so a burst of values or alarm events re-renders only the components whose slice changed,
 * never the whole tree from the root.
 */
import { useSyncExternalStore } from "react";

export interface Store<S> {
  getState(): S;
  /** Replaces the state with the updater's result and notifies once, if anything changed. */
  update(updater: (state: S) => S): void;
  subscribe(listener: () => void): () => void;
}

export function createStore<S>(initial: S): Store<S> {
  let state = initial;
  const listeners = new Set<() => void>();
  return {
    getState: () => state,
    update(updater) {
      const next = updater(state);
      if (next === state) return;
      state = next;
      for (const listener of listeners) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/**
 * Selectors must return something already held in the state (or a primitive); a selector that
 * builds a new object each call would re-render forever. Derived data goes through memoSelector.
 */
export function useStoreSelector<S, T>(store: Store<S>, selector: (state: S) => T): T {
  return useSyncExternalStore(store.subscribe, () => selector(store.getState()));
}

/** Recomputes only when one of the inputs changed by reference; the result keeps its identity otherwise. */
export function memoSelector<S, I extends unknown[], T>(
  inputs: (state: S) => [...I],
  compute: (...args: I) => T,
): (state: S) => T {
  let lastInputs: I | null = null;
  let lastResult!: T;
  return (state) => {
    const next = inputs(state);
    if (lastInputs && next.length === lastInputs.length && next.every((v, i) => Object.is(v, lastInputs![i]))) {
      return lastResult;
    }
    lastInputs = next;
    lastResult = compute(...next);
    return lastResult;
  };
}
