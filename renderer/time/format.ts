/** How times read on a control-room screen: 24-hour local clock, ages in the largest sensible unit. */

const clock = new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit", second: "2-digit", hour12: false });
const dayAndClock = new Intl.DateTimeFormat("en-GB", {
  day: "2-digit",
  month: "short",
  hour: "2-digit",
  minute: "2-digit",
  hour12: false,
});

/** Today's events show the clock only; older ones the day too, so a stale alarm is obvious. */
export function formatEventTime(ms: number, now = Date.now()): string {
  const d = new Date(ms);
  return new Date(now).toDateString() === d.toDateString() ? clock.format(d) : dayAndClock.format(d);
}

export function formatAge(ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000));
  if (s < 60) return `${s} s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m} min ${s % 60} s`;
  const h = Math.floor(m / 60);
  if (h < 48) return `${h} h ${m % 60} min`;
  return `${Math.floor(h / 24)} d`;
}
