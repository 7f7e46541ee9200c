/**
 * Which server of a redundant set (OPC UA Part 4 §6.6, non-transparent) an endpoint should use,
 * as a plain rule: the healthiest by ServiceLevel, leaving the active one at once when it is
 * lost, but for a better partner only when the partner is clearly better and the last switch is
 * not too recent, so two servers whose levels wobble around each other do not make it flap.
 */
import type { SwitchoverReason } from "../../../../contract/api";

/** One server as last seen: its ServiceLevel, or null when it could not be read (not reachable). */
export interface Candidate {
  url: string;
  level: number | null;
}

export interface ChoicePolicy {
  /** A partner must exceed the active server's ServiceLevel by more than this to take over. */
  margin: number;
  /** After a switch, no switch for a better level for this long (a lost server is left at once). */
  holdMs: number;
}

export const DEFAULT_CHOICE_POLICY: ChoicePolicy = { margin: 20, holdMs: 10_000 };

/** Part 5 §6.3.34: 0 is maintenance and 1 no data; a server offers usable data from 2 up. */
export function usable(level: number | null): level is number {
  return level !== null && level >= 2;
}

export type Choice = { url: string; reason: SwitchoverReason | "initial" } | null;

/** The best usable server: the highest level, the site config's order among equals. */
function best(servers: readonly Candidate[]): Candidate | null {
  let top: Candidate | null = null;
  for (const s of servers) if (usable(s.level) && (top === null || s.level > top.level!)) top = s;
  return top;
}

/**
 * The server to move to, or null to stay. `active` null: none chosen yet (the first choice).
 * `lastSwitchAt`: when the endpoint last moved, null if never.
 */
export function chooseServer(
  servers: readonly Candidate[],
  active: string | null,
  clock: { now: number; lastSwitchAt: number | null },
  policy: ChoicePolicy = DEFAULT_CHOICE_POLICY,
): Choice {
  const top = best(servers);
  if (active === null) return top ? { url: top.url, reason: "initial" } : null;
  if (!top || top.url === active) return null;
  const current = servers.find((s) => s.url === active);
  const level = current?.level ?? null;
  if (!usable(level)) return { url: top.url, reason: "lost" };
  const holding = clock.lastSwitchAt !== null && clock.now - clock.lastSwitchAt < policy.holdMs;
  if (!holding && top.level! > level + policy.margin) return { url: top.url, reason: "service-level" };
  return null;
}
