/**
 * Simulated time. Runs `timeScale` simulated seconds per real second from `startTime`, so a
 * training session can live through a winter morning in minutes and tests can fast-forward.
 */
export class SimClock {
  private readonly realStart = Date.now();
  constructor(
    private readonly simStart: number,
    readonly timeScale: number,
  ) {}
  now(): number {
    return this.simStart + (Date.now() - this.realStart) * this.timeScale;
  }
}
