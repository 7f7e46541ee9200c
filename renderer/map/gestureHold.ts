/**
 * Holds work back while the map moves (a drag, its inertia, a zoom) and does the latest of it
 * when the gesture ends. Rebuilding the cluster index for 10,000 assets on every alarm batch
 * mid-drag cost frames (issue #9's map bench: 233 ms p95); the marks catch up at moveend.
 */
import type L from "leaflet";

export interface GestureHold<A extends unknown[]> {
  /** Runs `work` now, or, while the map moves, once it stops (only the latest call). */
  run(...args: A): void;
  remove(): void;
}

export function holdWhileMoving<A extends unknown[]>(map: L.Map, work: (...args: A) => void, afterEnd: () => void): GestureHold<A> {
  let moving = false;
  let waiting: A | null = null;
  const started = () => {
    moving = true;
  };
  const ended = () => {
    moving = false;
    if (waiting) {
      const args = waiting;
      waiting = null;
      work(...args);
    }
    afterEnd();
  };
  map.on("movestart", started);
  map.on("moveend", ended);
  return {
    run(...args) {
      if (moving) waiting = args;
      else work(...args);
    },
    remove() {
      map.off("movestart", started);
      map.off("moveend", ended);
    },
  };
}
