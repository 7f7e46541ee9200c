/**
 * The station passwords this workstation keeps, applied to the endpoints that say so
 * (`passwordKept`): filled in before the first connect, and when an engineer enters one, put in
 * place and tried at once. The endpoint's credentials object is the one its connection reads on
 * every attempt, so setting the password there is all a reconnect needs.
 */
import type { EndpointId, KeptPassword } from "../../../contract/api";
import type { EndpointConfig } from "../sites/site-config";
import type { PasswordKeeper } from "./password-keeper";

export class KeptPasswords {
  private readonly endpoints: EndpointConfig[];

  constructor(
    endpoints: readonly EndpointConfig[],
    private readonly keeper: PasswordKeeper,
  ) {
    this.endpoints = endpoints.filter((e) => e.keptPassword && e.credentials);
  }

  get keeperKind(): PasswordKeeper["kind"] {
    return this.keeper.kind;
  }

  /** Puts each kept password in place; answers why one could not be read (the endpoint waits for a new one). */
  fill(): string[] {
    const problems: string[] = [];
    for (const endpoint of this.endpoints) {
      try {
        endpoint.credentials!.password = this.keeper.get(endpoint.id) ?? "";
      } catch (err) {
        endpoint.credentials!.password = "";
        problems.push((err as Error).message);
      }
    }
    return problems;
  }

  /** The endpoint's station user when its password is one this workstation keeps, else null. */
  userOf(endpointId: EndpointId): string | null {
    return this.endpoints.find((e) => e.id === endpointId)?.credentials?.user ?? null;
  }

  list(): KeptPassword[] {
    return this.endpoints.map((e) => ({ endpointId: e.id, user: e.credentials!.user, kept: e.credentials!.password !== "", keeper: this.keeper.kind }));
  }

  /** Stores it with the keeper first: the endpoint uses a password only once it will survive a restart. */
  async keep(endpointId: EndpointId, password: string): Promise<void> {
    const endpoint = this.endpoints.find((e) => e.id === endpointId);
    if (!endpoint) throw new Error(`Endpoint "${endpointId}" does not take a kept password`);
    await this.keeper.keep(endpointId, password);
    endpoint.credentials!.password = password;
  }
}
