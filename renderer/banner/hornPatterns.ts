/**
 * One sound per priority, made from tones (no sound files): an operator tells them apart with
 * eyes elsewhere. Critical is a continuous two-tone yelp, high a triple beep every two seconds,
 * medium a single beep every five, low (only where a window asks for it) a soft one every ten.
 */
import type { Priority } from "../../contract/api";

export interface Tone {
  /** Seconds from the start of the period. */
  at: number;
  /** Seconds. */
  length: number;
  hz: number;
}

export interface HornPattern {
  /** Seconds after which the pattern repeats. */
  period: number;
  tones: readonly Tone[];
  /** 0..1; kept moderate, a control room is a quiet place. */
  volume: number;
}

export const HORN_PATTERNS: Record<Priority, HornPattern> = {
  critical: {
    period: 0.9,
    tones: [
      { at: 0, length: 0.4, hz: 960 },
      { at: 0.45, length: 0.4, hz: 760 },
    ],
    volume: 0.35,
  },
  high: {
    period: 2,
    tones: [
      { at: 0, length: 0.14, hz: 880 },
      { at: 0.22, length: 0.14, hz: 880 },
      { at: 0.44, length: 0.14, hz: 880 },
    ],
    volume: 0.3,
  },
  medium: { period: 5, tones: [{ at: 0, length: 0.35, hz: 660 }], volume: 0.25 },
  low: { period: 10, tones: [{ at: 0, length: 0.25, hz: 520 }], volume: 0.15 },
};
