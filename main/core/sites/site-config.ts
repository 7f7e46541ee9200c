/**
 * Site configuration: which endpoints a workstation talks to, as whom, and what the map shows.
 * Validated with zod; an error names the file and the field so an engineer can fix it.
 */
import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import { LANGUAGES, SERVICES, endpointId } from "../../../contract/api";
import { commandMarkIssues, commandMarksSchema } from "../commands/command-marks";
import { historyConfigSchema } from "../history/history-config";
import { shiftsSchema } from "../handover/shift-calendar";
import { engineeredModelSectionSchema, engineeredSectionIssues } from "../engineering/site-model-section";
import { CredentialsError, credentialsSchema, resolveCredentials, type Credentials, type CredentialsSource } from "./endpoint-credentials";
import { operatorPositionsSchema, positionServiceIssues } from "./operator-positions";
import { permissionsSchema, ROLES } from "./site-permissions";

export { ROLES, type Role } from "./site-permissions";

const endpointSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/, "lower-case letters, digits and dashes").transform(endpointId),
    /** opc.tcp URL; omitted when `embeddedSimulator` is set, the app starts it and fills this in. */
    url: z.string().regex(/^opc\.tcp:\/\/[^\s/]+(:\d+)?(\/.*)?$/, "an opc.tcp://host:port URL").optional(),
    /**
     * The partners of `url` in a non-transparent redundant server set (OPC UA Part 4 §6.6), same
     * address space: the workstation uses the healthiest server by ServiceLevel and moves when
     * it is lost or a partner is clearly healthier (main/core/connections/redundancy/).
     */
    redundantUrls: z
      .array(z.string().regex(/^opc\.tcp:\/\/[^\s/]+(:\d+)?(\/.*)?$/, "an opc.tcp://host:port URL"))
      .min(1, "at least one partner server")
      .max(8)
      .optional(),
    embeddedSimulator: z
      .object({
        seed: z.number().int().default(1),
        scale: z.number().int().positive().optional(),
        /** The services this server carries (one utility's SCADA); default all of the site's. */
        services: z.array(z.enum(SERVICES)).min(1).optional(),
      })
      .strict()
      .optional(),
    securityMode: z.enum(["None", "Sign", "SignAndEncrypt"]).default("SignAndEncrypt"),
    securityPolicy: z
      .enum(["None", "Basic256Sha256", "Aes128_Sha256_RsaOaep", "Aes256_Sha256_RsaPss"])
      .default("Basic256Sha256"),
    /**
     * Requested sampling interval of every value. 0 asks for exception-based reporting, which
     * event-driven servers (node-opcua, our simulator) serve without a timer per item; a server
     * that polls its devices may prefer a fixed interval.
     */
    samplingIntervalMs: z.number().int().min(0).max(60_000).default(250),
    /**
     * How often the server sends what changed (the subscription's publishing interval), ms;
     * default 250. Shorter shows changes sooner at more messages per second.
     */
    publishingIntervalMs: z.number().int().min(50).max(60_000).optional(),
    /**
     * How often the server must answer even when nothing changed (the subscriptions' keep-alive),
     * ms; default 5000. A link silent for two such periods is declared stalled and reconnected.
     */
    keepAliveMs: z.number().int().min(500).max(60_000).optional(),
    /** The station identity (nobody signed in); null = anonymous. Where the password is: endpoint-credentials.ts. */
    credentials: credentialsSchema.nullable().default(null),
  })
  .strict()
  .refine((e) => !(e.credentials && "generated" in e.credentials) || e.embeddedSimulator !== undefined, {
    message: "a generated password works only for the app's own embeddedSimulator; use passwordEnv or passwordFile",
    path: ["credentials", "generated"],
  })
  .refine((e) => !e.redundantUrls || e.url !== undefined, {
    message: "a redundant server set needs url (its first server)",
    path: ["redundantUrls"],
  })
  .refine((e) => !e.redundantUrls || new Set([e.url, ...e.redundantUrls]).size === e.redundantUrls.length + 1, {
    message: "each server of the set once: a partner repeats url or another partner",
    path: ["redundantUrls"],
  })
  .refine((e) => e.url !== undefined || e.embeddedSimulator !== undefined, {
    message: "needs either url or embeddedSimulator",
    path: ["url"],
  })
  .refine((e) => (e.securityMode === "None") === (e.securityPolicy === "None"), {
    message: "securityMode None goes with securityPolicy None, and only with it",
    path: ["securityPolicy"],
  });

/**
 * A Leaflet tile template the map can load and the CSP can name: http(s) only (`javascript:`,
 * `file:` or `data:` would put another scheme into the map's image sources), with {z}, {x} and
 * {y}. {s} and the other placeholders stand for ordinary URL parts.
 */
function isTileUrlTemplate(template: string): boolean {
  if (!/^https?:\/\//i.test(template) || /[\s"'<>\\]/.test(template)) return false;
  if (!["{z}", "{x}", "{y}"].every((p) => template.includes(p))) return false;
  try {
    const url = new URL(template.replace(/\{s\}/g, "a").replace(/\{[a-z]+\}/gi, "0"));
    return url.protocol === "http:" || url.protocol === "https:";
  } catch {
    return false;
  }
}

/** Ids key sessions, tags and the outbox; two endpoints with one id would silently share them. */
const endpointListSchema = z
  .array(endpointSchema)
  .min(1)
  .superRefine((endpoints, ctx) => {
    const seen = new Set<string>();
    endpoints.forEach((endpoint, index) => {
      if (seen.has(endpoint.id)) {
        ctx.addIssue({ code: "custom", message: `duplicate endpoint id "${endpoint.id}"`, path: [index, "id"] });
      }
      seen.add(endpoint.id);
    });
  });

export const siteConfigSchema = z
  .object({
    id: z.string().min(1),
    name: z.string().min(1),
    centre: z.object({ lat: z.number().min(-90).max(90), lon: z.number().min(-180).max(180) }).strict(),
    zoom: z.number().min(1).max(19).default(12),
    services: z.array(z.enum(SERVICES)).min(1),
    tileUrl: z
      .string()
      .refine(isTileUrlTemplate, "an http(s) tile URL template with {z}, {x} and {y}, e.g. https://tile.example.org/{z}/{x}/{y}.png")
      .nullable()
      .default(null),
    /**
     * How fast offline tiles are downloaded from tileUrl: one request at a time, at most this
     * many a second (tile servers' usage policies ask for restraint; OpenStreetMap's forbids bulk
     * downloads from its own servers, so point tileUrl at a server that allows it).
     */
    tileDownload: z
      .object({ requestsPerSecond: z.number().positive().max(50).default(2) })
      .strict()
      .default(() => ({ requestsPerSecond: 2 })),
    /** IANA time zone for every time shown; a control room reads the city's clock, not the PC's. */
    timeZone: z
      .string()
      .refine((tz) => {
        try {
          new Intl.DateTimeFormat("en", { timeZone: tz });
          return true;
        } catch {
          return false;
        }
      }, "an IANA time zone such as Europe/Belgrade")
      .default("Europe/Belgrade"),
    /** The UI language a workstation starts in until a person picks another. */
    language: z.enum(LANGUAGES).default("sr-Latn"),
    /**
     * Who sits at this workstation when the site lists no people (a single-user station); with
     * `users`, it only names the station, and nobody acts until a person signs in.
     */
    user: z.object({ name: z.string().min(1), role: z.enum(ROLES) }).strict(),
    /**
     * The site's people: their login is their user name on the OPC UA servers (which check the
     * password), their role is what they may do here.
     */
    users: z
      .array(
        z
          .object({
            login: z.string().min(1).max(256),
            name: z.string().min(1),
            role: z.enum(ROLES),
            /** The operator position this person usually sits at (an id from `positions`). */
            position: z.string().min(1).optional(),
          })
          .strict(),
      )
      .default([])
      .superRefine((users, ctx) => {
        const seen = new Set<string>();
        users.forEach((u, i) => {
          if (seen.has(u.login)) ctx.addIssue({ code: "custom", path: [i, "login"], message: `duplicate login "${u.login}"` });
          seen.add(u.login);
        });
      }),
    /** Which roles may do what (site-permissions.ts). */
    permissions: permissionsSchema,
    /** The control room's operator positions, for alarm KPIs per position (operator-positions.ts). */
    positions: operatorPositionsSchema,
    endpoints: endpointListSchema,
    /** The engineered asset model exported with the site (site-model-section.ts); seeds an empty store. */
    engineeredModel: engineeredModelSectionSchema,
    /** The historian's retention and size bound (main/core/history/history-config.ts); optional. */
    history: historyConfigSchema,
    /** Tags made operator commands on servers that do not mark them (main/core/commands/command-marks.ts); optional. */
    commands: commandMarksSchema,
    /** When the shifts start, "HH:MM" in the site's zone (main/core/handover/shift-calendar.ts); Niš's 07/15/23 by default. */
    shifts: shiftsSchema,
  })
  .strict();

type ParsedSite = z.infer<typeof siteConfigSchema>;
type ParsedEndpoint = ParsedSite["endpoints"][number];

/** An endpoint as the core uses it: the password found wherever the site file said it is. */
export type EndpointConfig = Omit<ParsedEndpoint, "credentials"> & {
  credentials: Credentials | null;
  /** The password is this workstation's own secret for its embedded simulator, filled in at boot. */
  generatedPassword?: boolean;
  /** The site file holds the password in plain text (logged at boot, so it can be moved). */
  plainTextPassword?: boolean;
  /** The workstation keeps the password (main/core/credentials): filled in at start, empty while none is kept. */
  keptPassword?: boolean;
  /** Where the site file says the password is (never the password itself unless it was there). */
  credentialsSpec?: CredentialsSource | null;
};
export type SiteConfig = Omit<ParsedSite, "endpoints"> & { endpoints: EndpointConfig[] };

export class SiteConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "SiteConfigError";
  }
}

const invalid = (source: string, lines: string[]) => new SiteConfigError(`Site config ${source} is not valid:\n${lines.join("\n")}`);

/**
 * Validates parsed JSON and finds each endpoint's password (environment, file next to `source`);
 * the error lists every wrong field by its path.
 */
export function parseSiteConfig(raw: unknown, source: string, env: NodeJS.ProcessEnv = process.env): SiteConfig {
  const result = siteConfigSchema.safeParse(raw);
  if (!result.success) {
    throw invalid(
      source,
      result.error.issues.map((issue) => `  field "${issue.path.length ? issue.path.join(".") : "(top level)"}": ${issue.message}`),
    );
  }
  const problems: string[] = [];
  const field = (p: (string | number)[]) => `  field "${p.join(".")}"`;
  for (const issue of positionServiceIssues(result.data.positions, result.data.services)) problems.push(`${field(issue.path)}: ${issue.message}`);
  const positionIds = result.data.positions.map((p) => p.id);
  result.data.users.forEach((u, i) => {
    if (u.position !== undefined && !positionIds.includes(u.position)) {
      problems.push(`${field(["users", i, "position"])}: "${u.position}" is not one of the site's positions (${positionIds.join(", ") || "none"})`);
    }
  });
  for (const issue of commandMarkIssues(result.data.commands, result.data.endpoints.map((e) => e.id))) problems.push(`${field(issue.path)}: ${issue.message}`);
  for (const issue of engineeredSectionIssues(result.data.engineeredModel, result.data.endpoints.map((e) => e.id))) problems.push(`${field(issue.path)}: ${issue.message}`);
  const endpoints = result.data.endpoints.map((endpoint, index): EndpointConfig => {
    if (!endpoint.credentials) return { ...endpoint, credentials: null, credentialsSpec: null };
    try {
      const found = resolveCredentials(endpoint.credentials, path.dirname(path.resolve(source)), env);
      return {
        ...endpoint,
        credentials: found.credentials,
        credentialsSpec: endpoint.credentials,
        generatedPassword: found.generated,
        plainTextPassword: found.plainText,
        keptPassword: found.kept,
      };
    } catch (err) {
      if (!(err instanceof CredentialsError)) throw err;
      problems.push(`  field "endpoints.${index}.credentials.${err.field}": ${err.message}`);
      return { ...endpoint, credentials: null };
    }
  });
  if (problems.length) throw invalid(source, problems);
  return { ...result.data, endpoints };
}

export function loadSiteConfig(file: string): SiteConfig {
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch (err) {
    throw new SiteConfigError(`Site config ${file} cannot be read: ${(err as Error).message}`);
  }
  let raw: unknown;
  try {
    // Some Windows editors save UTF-8 with a byte-order mark that JSON.parse refuses.
    raw = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (err) {
    throw new SiteConfigError(`Site config ${file} is not JSON: ${(err as Error).message}`);
  }
  return parseSiteConfig(raw, file);
}
