/**
 * What the connections view shows of one endpoint, as plain rules a test can hold: the order
 * of the cards (trouble first), the state in words, since when, the attempts and the countdown
 * to the next try, and which actions a person is offered (retry; the certificate to check).
 */
import type { TFunction } from "i18next";
import type { ConnectionState, EndpointStatus } from "../../contract/api";
import { describeEndpointProblem, endpointProblemAdvice, securityText } from "../i18n/endpointProblem";
import type { Formats } from "../i18n/formats";
import { tk } from "../i18n/keys";

export const STATE_TEXT = {
  connected: tk("connection.connected"),
  connecting: tk("connection.connecting"),
  refreshing: tk("connection.refreshing"),
  disconnected: tk("connection.disconnected"),
  error: tk("connection.error"),
} as const satisfies Record<ConnectionState, string>;

/** Worst first: the summary takes the state of the endpoint in the worst one. */
const SEVERITY: Record<ConnectionState, number> = { error: 4, disconnected: 3, connecting: 2, refreshing: 1, connected: 0 };

/** Connected, possibly still refreshing its alarms: values are live, nothing for a person to fix. */
export function isUp(state: ConnectionState | undefined): boolean {
  return state === "connected" || state === "refreshing";
}

export function worstState(list: readonly EndpointStatus[]): ConnectionState {
  return list.reduce<ConnectionState>((worst, c) => (SEVERITY[c.state] > SEVERITY[worst] ? c.state : worst), "connected");
}

/** Trouble first, the longest-standing trouble first within a state, then by id: what needs a person is on top. */
export function sortForView(list: readonly EndpointStatus[]): EndpointStatus[] {
  return [...list].sort(
    (a, b) => SEVERITY[b.state] - SEVERITY[a.state] || (isUp(a.state) ? 0 : a.since - b.since) || a.endpointId.localeCompare(b.endpointId),
  );
}

export interface EndpointView {
  state: ConnectionState;
  stateText: string;
  securityText: string | null;
  /** "10:15:03 (3 min 20 s ago)". */
  sinceText: string;
  /** Failed attempts since the last good connection, in words. */
  attemptsText: string;
  /** Countdown to the next try, "trying now", or null when none is planned (connected). */
  nextTryText: string | null;
  problemText: string | null;
  adviceText: string | null;
  /** Not connected: a person may ask for a try now. */
  retryOffered: boolean;
  /** The certificate to look at (refused as untrusted, or outside its validity), by thumbprint. */
  certificateToCheck: string | null;
}

type ViewFormats = Pick<Formats, "dateTime" | "eventTime" | "clock" | "age" | "locale">;

function nextTry(s: EndpointStatus, now: number, t: TFunction, formats: ViewFormats): string | null {
  if (isUp(s.state)) return null;
  // Nothing is tried until a person enters the password: no countdown, no "trying now".
  if (s.problem?.kind === "password-not-kept") return t("connections.nextTryAfterPassword");
  if (s.state === "connecting" || s.nextAttemptAt == null) return t("connections.tryingNow");
  const left = s.nextAttemptAt - now;
  if (left <= 0) return t("connections.nextTryDue");
  // Whole seconds, rounded up: "in 1 s" until the try starts, never "in 0 s".
  return t("connections.nextTryIn", { age: formats.age(Math.ceil(left / 1000) * 1000), clock: formats.clock(s.nextAttemptAt) });
}

export function endpointView(s: EndpointStatus, now: number, t: TFunction, formats: ViewFormats): EndpointView {
  const problem = s.problem ?? null;
  const attempts = s.attempts ?? 0;
  const certificate =
    problem?.kind === "certificate-untrusted" || problem?.kind === "certificate-time-invalid" ? (problem.certificate?.thumbprint ?? null) : null;
  return {
    state: s.state,
    stateText: t(STATE_TEXT[s.state]),
    securityText: s.security ? securityText(s.security, t) : null,
    sinceText: t("connections.sinceValue", { clock: formats.eventTime(s.since, now), age: formats.age(Math.max(0, now - s.since)) }),
    attemptsText: attempts > 0 ? t("connections.attemptsValue", { count: attempts }) : t("connections.attemptsNone"),
    nextTryText: nextTry(s, now, t, formats),
    problemText: problem ? describeEndpointProblem(problem, t, formats, s.security) : null,
    adviceText: problem ? endpointProblemAdvice(problem, t) : null,
    retryOffered: !isUp(s.state) && problem?.kind !== "password-not-kept",
    certificateToCheck: certificate,
  };
}
