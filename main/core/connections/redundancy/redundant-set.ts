/**
 * An endpoint's redundant server set (non-transparent, OPC UA Part 4 §6.6): a ServiceLevel probe
 * on each server, the choice of the one to use (choose-server.ts) after every round, and what
 * the connections view shows of it. Moving the endpoint's session is the runtime's business,
 * through `switchTo`.
 */
import type { OPCUACertificateManager } from "node-opcua";
import type { EndpointRedundancy, SwitchoverReason } from "../../../../contract/api";
import type { EndpointConfig } from "../../sites/site-config";
import { chooseServer, DEFAULT_CHOICE_POLICY, type ChoicePolicy } from "./choose-server";
import { ServiceLevelProbe } from "./service-level-probe";

export interface RedundantSetHooks {
  /** The active server's own session is down (lost, refused): it counts as lost whatever its probe reads. */
  activeDown(): boolean;
  switchTo(url: string, reason: SwitchoverReason): void;
  /** Levels or the active server changed: the status shows it. */
  changed(): void;
}

/**
 * How long the first choice waits for every server to be read or to count as lost (a silent
 * host takes two probe timeouts); a busy server that answers late must not lose the first choice.
 */
const FIRST_ROUND_WAIT_MS = 30_000;

export class RedundantSet {
  private readonly probes: ServiceLevelProbe[];
  private active: string | null = null;
  private lastSwitch: EndpointRedundancy["lastSwitch"] = null;
  private firstRound: (() => void) | null = null;

  constructor(
    readonly urls: string[],
    config: EndpointConfig,
    pki: OPCUACertificateManager,
    private readonly hooks: RedundantSetHooks,
    private readonly policy: ChoicePolicy = DEFAULT_CHOICE_POLICY,
    probePeriodMs = 1000,
  ) {
    this.probes = urls.map((url) => new ServiceLevelProbe(url, config, pki, () => this.onReading(), probePeriodMs));
  }

  /**
   * Starts the probes and answers the server to begin with: the healthiest once every server
   * answered (or the wait is over), else the first one, whose own connection then says what
   * is wrong (an untrusted certificate, say).
   */
  async start(): Promise<string> {
    const all = new Promise<void>((resolve) => {
      this.firstRound = resolve;
    });
    for (const probe of this.probes) probe.start();
    await Promise.race([all, new Promise((r) => setTimeout(r, FIRST_ROUND_WAIT_MS))]);
    this.firstRound = null;
    const choice = chooseServer(this.candidates(), null, { now: Date.now(), lastSwitchAt: null }, this.policy);
    this.active = choice?.url ?? this.urls[0]!;
    this.hooks.changed();
    return this.active;
  }

  private candidates() {
    const down = this.hooks.activeDown();
    return this.probes.map((p) => ({ url: p.url, level: p.url === this.active && down ? null : p.reading.level }));
  }

  private onReading(): void {
    if (this.firstRound) {
      if (this.probes.every((p) => p.settled)) this.firstRound();
      return;
    }
    if (this.active === null) return;
    this.evaluate();
    this.hooks.changed();
  }

  /** Decides again now (the active session went down, say). */
  evaluate(now = Date.now()): void {
    if (this.active === null) return;
    const choice = chooseServer(this.candidates(), this.active, { now, lastSwitchAt: this.lastSwitch?.at ?? null }, this.policy);
    if (!choice || choice.reason === "initial") return;
    if (choice.reason === "lost") this.probes.find((p) => p.url === this.active)?.markLost();
    this.lastSwitch = { from: this.active, to: choice.url, reason: choice.reason, at: now };
    this.active = choice.url;
    this.hooks.switchTo(choice.url, choice.reason);
  }

  view(): EndpointRedundancy {
    const active = this.probes.find((p) => p.url === this.active);
    return {
      activeUrl: this.active,
      support: active?.reading.support ?? null,
      servers: this.probes.map((p) => ({ url: p.url, applicationUri: p.reading.applicationUri, serviceLevel: p.reading.level })),
      lastSwitch: this.lastSwitch,
    };
  }

  async stop(): Promise<void> {
    await Promise.all(this.probes.map((p) => p.stop()));
  }
}
