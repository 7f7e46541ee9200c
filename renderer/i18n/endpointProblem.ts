/**
 * An endpoint's trouble as a person reads it, in the window's language: the core sends it as
 * data (`EndpointStatus.problem`) beside its own English sentence, which stays the detail.
 */
import type { TFunction } from "i18next";
import type { EndpointProblem, EndpointProblemKind, EndpointStatus } from "../../contract/api";
import { prepareServerText } from "../text/serverText";
import type { Formats } from "./formats";
import { tk } from "./keys";

/** One sentence per kind; the variants below cover a missing parameter. */
export const PROBLEM_TEXT = {
  "user-refused": tk("connection.problem.user-refused"),
  "certificate-untrusted": tk("connection.problem.certificate-untrusted"),
  unreachable: tk("connection.problem.unreachable"),
  "connection-lost": tk("connection.problem.connection-lost"),
  "session-closed": tk("connection.problem.session-closed"),
  "security-mismatch": tk("connection.problem.security-mismatch"),
  other: tk("connection.problem.other"),
} as const satisfies Record<EndpointProblemKind, string>;

/** A parameter that came from outside the catalogue (config, certificate): no direction tricks, no wall of text. */
function clean(text: string): string {
  return prepareServerText(text, 200).shown;
}

/** A certificate time (ISO 8601 from the core) in the site's zone; a text that is not a time is shown as it is. */
function certificateTime(text: string, formats: Pick<Formats, "dateTime">): string {
  const ms = Date.parse(text);
  return Number.isNaN(ms) ? clean(text) : formats.dateTime(ms);
}

export function describeEndpointProblem(problem: EndpointProblem, t: TFunction, formats: Pick<Formats, "dateTime">): string {
  switch (problem.kind) {
    case "user-refused":
      return problem.user === null
        ? t("connection.problem.user-refused-anonymous")
        : t(PROBLEM_TEXT["user-refused"], { user: clean(problem.user) });
    case "certificate-untrusted": {
      const c = problem.certificate;
      if (!c) return t("connection.problem.certificate-unreadable");
      return t(PROBLEM_TEXT["certificate-untrusted"], {
        thumbprint: clean(c.thumbprint),
        subject: clean(c.subject),
        validFrom: certificateTime(c.validFrom, formats),
        validTo: certificateTime(c.validTo, formats),
      });
    }
    case "other":
      return problem.code ? t("connection.problem.other-code", { code: clean(problem.code) }) : t(PROBLEM_TEXT.other);
    case "unreachable":
    case "connection-lost":
    case "session-closed":
    case "security-mismatch":
      return t(PROBLEM_TEXT[problem.kind]);
  }
}

/**
 * The tooltip of an endpoint in the top bar: its URL, what is wrong in the window's language,
 * the core's own sentence as the detail, and since when. The URL and the core's sentence are
 * server text, so they are cleaned and capped.
 */
export function connectionTitle(c: EndpointStatus, t: TFunction, formats: Pick<Formats, "dateTime" | "clock">): string {
  const parts = [prepareServerText(c.url).title];
  const problem = c.problem ?? null;
  if (problem) parts.push(describeEndpointProblem(problem, t, formats));
  if (c.error) {
    const detail = prepareServerText(c.error).title;
    parts.push(problem ? t("connection.detail", { detail }) : detail);
  }
  parts.push(t("connection.since", { time: formats.clock(c.since) }));
  return parts.join("\n");
}
