/**
 * Who acts on this workstation. A site that lists its people has them sign in: online, the
 * servers check the password (every endpoint's session switches to the person by
 * ActivateSession, no reconnect) and a verifier is kept for offline sign-in; with no server
 * reachable, the verifier decides. Until someone signs in, and after sign-out, the station is
 * read-only and its sessions run as the site's station account. A site without a people list is
 * a single-user station: its site file names the user.
 */
import { PERMISSION_KEYS, type PermissionKey, type SessionInfo } from "../../../contract/api";
import { CoreError } from "../rpc/core-error";
import type { SiteConfig } from "../sites/site-config";
import type { AuditRepository } from "../store/audit-repository";
import type { Person } from "../store/outbox-repository";
import type { VerifierRepository } from "../store/verifier-repository";
import { checkVerifier, makeVerifier } from "./offline-verifier";
import { wordedDetail } from "../audit/worded-detail";

/** How long a laptop may sign a person in offline after their last online sign-in. */
export const OFFLINE_SIGN_IN_VALID_MS = 14 * 24 * 3600_000;

export interface Credentials {
  user: string;
  password: string;
}

/** What identity needs of the connections: switch every session to a person, or back. */
export interface SessionSwitch {
  /** Switches the live sessions (and the next ones); refused if any live session refuses. */
  switchUser(credentials: Credentials | null): Promise<{ refusedBy: string | null; connected: number }>;
}

type SignedIn = {
  person: Person & { login: string; position?: string | null };
  verified: "online" | "offline" | "site";
  since: number;
  /** Kept in memory only, so sessions recreated after a reconnect run as the person too. */
  credentials: Credentials | null;
};

export class IdentityService {
  private signedIn: SignedIn | null;

  constructor(
    private readonly site: SiteConfig,
    private readonly verifiers: VerifierRepository,
    private readonly audit: AuditRepository,
    private readonly sessions: SessionSwitch,
    private readonly publish: (info: SessionInfo) => void,
  ) {
    this.signedIn = this.signInRequired ? null : { person: { login: "", ...site.user }, verified: "site", since: Date.now(), credentials: null };
  }

  private get signInRequired(): boolean {
    return this.site.users.length > 0;
  }

  /** The person whose authority a call carries, or null (read-only station). */
  current(): Person | null {
    return this.signedIn?.person ?? null;
  }

  info(): SessionInfo {
    const s = this.signedIn;
    const may = Object.fromEntries(
      PERMISSION_KEYS.map((k) => [k, !!s && (this.site.permissions[k] as readonly string[]).includes(s.person.role)]),
    ) as Record<PermissionKey, boolean>;
    return {
      person: s ? { login: s.person.login, name: s.person.name, role: s.person.role, position: s.person.position ?? null } : null,
      verified: s?.verified ?? null,
      since: s?.since ?? 0,
      may,
      signInRequired: this.signInRequired,
    };
  }

  async signIn(login: string, password: string): Promise<SessionInfo> {
    if (!this.signInRequired) throw new CoreError("bad-request", `Site "${this.site.id}" has no sign-in: its site file names the user`);
    const listed = this.site.users.find((u) => u.login === login);
    if (!listed) throw new CoreError("forbidden", `"${login}" is not on this site's list of people`);
    const now = Date.now();
    const result = await this.sessions.switchUser({ user: login, password });
    let verified: "online" | "offline";
    if (result.refusedBy) {
      await this.sessions.switchUser(this.fallbackCredentials());
      throw new CoreError("forbidden", `The server refused "${login}" (${result.refusedBy}): wrong user name or password, or not allowed there`);
    }
    if (result.connected > 0) {
      verified = "online";
      await this.verifiers.put(await makeVerifier(login, password, now, OFFLINE_SIGN_IN_VALID_MS));
    } else {
      const check = await checkVerifier(await this.verifiers.get(login), password, now);
      if (check !== "ok") {
        await this.sessions.switchUser(this.fallbackCredentials());
        throw new CoreError("forbidden", offlineRefusal(login, check));
      }
      verified = "offline";
    }
    this.signedIn = { person: { login, name: listed.name, role: listed.role, position: listed.position ?? null }, verified, since: now, credentials: { user: login, password } };
    await this.audit.append({ userName: listed.name, role: listed.role, action: "sign-in", target: login, detail: wordedDetail("signed-in", { verified }, `Signed in (${verified})`) });
    return this.changed();
  }

  async signOut(): Promise<SessionInfo> {
    if (!this.signInRequired) throw new CoreError("bad-request", `Site "${this.site.id}" has no sign-in: its site file names the user`);
    const was = this.signedIn;
    if (!was) return this.info();
    this.signedIn = null;
    await this.sessions.switchUser(null);
    await this.audit.append({ userName: was.person.name, role: was.person.role, action: "sign-out", target: was.person.login, detail: wordedDetail("signed-out", {}, "Signed out") });
    return this.changed();
  }

  /** A server no longer takes the person's identity (password changed, account locked). */
  async personRefused(reason: string): Promise<void> {
    const was = this.signedIn;
    if (!was || was.verified === "site") return;
    this.signedIn = null;
    await this.sessions.switchUser(null);
    await this.audit.append({ userName: was.person.name, role: was.person.role, action: "sign-out", target: was.person.login, detail: wordedDetail("signed-out-refused", { reason }, `Signed out: ${reason}`) });
    this.changed();
  }

  /** After a refused sign-in the sessions go back to whoever was signed in before. */
  private fallbackCredentials(): Credentials | null {
    return this.signedIn?.credentials ?? null;
  }

  private changed(): SessionInfo {
    const info = this.info();
    this.publish(info);
    return info;
  }
}

function offlineRefusal(login: string, check: "wrong-password" | "expired" | "none"): string {
  if (check === "none") return `No server is reachable and "${login}" never signed in online on this workstation`;
  if (check === "expired") return `No server is reachable and "${login}"'s last online sign-in here is too old; sign in once with a connection`;
  return `No server is reachable and the password does not match "${login}"'s last online sign-in here`;
}
