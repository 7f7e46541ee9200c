/**
 * Coalesces bursts (an alarm flood arrives as many socket messages) into one store update per
 * frame. The timeout backs up requestAnimationFrame, which browsers pause for hidden windows.
 * `minIntervalMs` spaces updates further: alarm changes at a thousand a second re-sorted the list
 * and recounted the map every frame; a person reads them no faster than a few times a second.
 */
export function createFrameBatcher(flush: () => void, maxDelayMs = 200, minIntervalMs = 0): () => void {
  let frame: number | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let spacing: ReturnType<typeof setTimeout> | null = null;
  let last = -Infinity;
  const run = () => {
    if (frame !== null) cancelAnimationFrame(frame);
    if (timer !== null) clearTimeout(timer);
    frame = null;
    timer = null;
    last = performance.now();
    flush();
  };
  const arm = () => {
    frame = requestAnimationFrame(run);
    timer = setTimeout(run, maxDelayMs);
  };
  return () => {
    if (frame !== null || timer !== null || spacing !== null) return;
    const early = last + minIntervalMs - performance.now();
    if (early <= 0) return arm();
    spacing = setTimeout(() => {
      spacing = null;
      arm();
    }, early);
  };
}
