/**
 * The audio part of the horn, kept thin: plays one priority's pattern on the Web Audio API until
 * told otherwise. Browsers start an AudioContext suspended until a person clicks or types in the
 * page; `unlock` resumes it from such a gesture, and `blocked` says the horn wants to sound but
 * cannot yet, so the banner can say so.
 */
import type { Priority } from "../../contract/api";
import { HORN_PATTERNS, type HornPattern } from "./hornPatterns";

export interface Horn {
  /** Plays this priority's pattern (null: silence). */
  play(priority: Priority | null): void;
  /** Resumes audio; call from a click or key handler. */
  unlock(): void;
  /** The pattern being played, or null. */
  playing(): Priority | null;
  /** Audio is suspended by the browser while a pattern is asked for. */
  blocked(): boolean;
  /** Called when `blocked()` may have changed. */
  onChange(listener: () => void): () => void;
  dispose(): void;
}

/** A short rise and fall on each tone, so the tones do not click. */
const EDGE_S = 0.015;
/** Schedules ahead of the clock by this much, so a busy main thread does not cut a tone. */
const LEAD_S = 0.05;

function scheduleTones(ctx: AudioContext, pattern: HornPattern, start: number): void {
  for (const tone of pattern.tones) {
    const t0 = start + tone.at;
    const osc = ctx.createOscillator();
    const gain = ctx.createGain();
    osc.type = "square";
    osc.frequency.value = tone.hz;
    gain.gain.setValueAtTime(0, t0);
    gain.gain.linearRampToValueAtTime(pattern.volume, t0 + EDGE_S);
    gain.gain.setValueAtTime(pattern.volume, t0 + tone.length - EDGE_S);
    gain.gain.linearRampToValueAtTime(0, t0 + tone.length);
    osc.connect(gain).connect(ctx.destination);
    osc.start(t0);
    osc.stop(t0 + tone.length + EDGE_S);
  }
}

export function createHorn(): Horn {
  let ctx: AudioContext | null = null;
  let current: Priority | null = null;
  let timer: ReturnType<typeof setInterval> | null = null;
  const listeners = new Set<() => void>();
  const changed = () => listeners.forEach((l) => l());

  const context = (): AudioContext | null => {
    if (ctx) return ctx;
    if (typeof AudioContext === "undefined") return null;
    ctx = new AudioContext();
    ctx.onstatechange = changed;
    return ctx;
  };

  const stop = () => {
    if (timer) clearInterval(timer);
    timer = null;
  };

  return {
    play(priority) {
      if (priority === current) return;
      stop();
      current = priority;
      const audio = priority ? context() : null;
      // After the context exists: a new one may start suspended, which is what `blocked` tells.
      changed();
      if (!priority || !audio) return;
      const pattern = HORN_PATTERNS[priority];
      // A suspended context holds its clock: the tones scheduled meanwhile are simply not heard.
      const tick = () => {
        if (audio.state === "running") scheduleTones(audio, pattern, audio.currentTime + LEAD_S);
      };
      tick();
      timer = setInterval(tick, pattern.period * 1000);
    },
    unlock() {
      const audio = context();
      if (audio && audio.state === "suspended") void audio.resume().then(changed, changed);
    },
    playing: () => current,
    // Without Web Audio at all there is nothing a click would change: not "blocked".
    blocked: () => current !== null && ctx !== null && ctx.state !== "running",
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    dispose() {
      stop();
      current = null;
      void ctx?.close();
      ctx = null;
    },
  };
}
