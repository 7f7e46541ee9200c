/**
 * One uPlot chart for the pens: a scale per unit (the first two get an axis, left and right,
 * titled with their unit), time in the site's zone, alarm limits as bands behind the lines,
 * drag to zoom in time, double-click to zoom out. uPlot draws on a canvas, so thousands of points
 * per pen cost one paint, not thousands of DOM nodes.
 */
import { useEffect, useRef } from "react";
import uPlot from "uplot";
import "uplot/dist/uPlot.min.css";
import type { LimitBand } from "./trendData";

export const PEN_COLOURS = ["#4c90f0", "#f0b726", "#32a467", "#e76a6e", "#9d3f9d", "#2ee6d6", "#d1980b", "#abb3bf"];

const BAND_FILL: Record<LimitBand["level"], string> = {
  highHigh: "rgba(231, 106, 110, 0.16)",
  high: "rgba(240, 183, 38, 0.12)",
  low: "rgba(240, 183, 38, 0.12)",
  lowLow: "rgba(231, 106, 110, 0.16)",
};

interface Props {
  data: (number | null)[][];
  /** The time range shown, ms: the x axis spans it whatever points there are. */
  xRange: { from: number; to: number };
  labels: string[];
  scaleOf: string[];
  units: string[];
  bands: LimitBand[];
  timeZone: string;
  /** Said on the canvas's accessible name: what the chart shows. */
  ariaLabel: string;
  /** A time tick's text in the window's language and the site's zone (ms since epoch). */
  tickText(ms: number, spanMs: number): string;
}

function drawBands(bands: LimitBand[]) {
  return (u: uPlot) => {
    const { ctx } = u;
    const { left, top, width, height } = u.bbox;
    ctx.save();
    for (const b of bands) {
      const scale = u.scales[b.scale];
      if (!scale || scale.min == null || scale.max == null) continue;
      const yTop = b.to === null ? top : u.valToPos(b.to, b.scale, true);
      const yBottom = b.from === null ? top + height : u.valToPos(b.from, b.scale, true);
      const y0 = Math.max(top, Math.min(yTop, yBottom));
      const y1 = Math.min(top + height, Math.max(yTop, yBottom));
      if (y1 <= y0) continue;
      ctx.fillStyle = BAND_FILL[b.level];
      ctx.fillRect(left, y0, width, y1 - y0);
    }
    ctx.restore();
  };
}

export function TrendChart({ data, xRange, labels, scaleOf, units, bands, timeZone, ariaLabel, tickText }: Props) {
  const host = useRef<HTMLDivElement>(null);
  const plot = useRef<uPlot | null>(null);
  const latest = useRef(data);
  latest.current = data;
  const range = useRef(xRange);
  range.current = xRange;
  const tick = useRef(tickText);
  tick.current = tickText;

  // The chart is built when its pens, scales or bands change; new points only replace its data.
  useEffect(() => {
    const el = host.current;
    if (!el) return;
    const axisStyle = { stroke: "#abb3bf", grid: { stroke: "#383e47", width: 1 }, ticks: { stroke: "#383e47" } };
    const opts: uPlot.Options = {
      width: Math.max(300, el.clientWidth),
      height: Math.max(200, el.clientHeight),
      tzDate: (ts) => uPlot.tzDate(new Date(ts * 1000), timeZone),
      cursor: { drag: { x: true, y: false } },
      legend: { show: false },
      scales: {
        x: { time: true, range: (): uPlot.Range.MinMax => [range.current.from / 1000, range.current.to / 1000] },
        ...Object.fromEntries(units.map((_, i) => [`u${i}`, { auto: true }])),
      },
      axes: [
        { ...axisStyle, space: 90, values: (u: uPlot, splits: number[]) => splits.map((s) => tick.current(s * 1000, ((u.scales.x?.max ?? 0) - (u.scales.x?.min ?? 0)) * 1000)) },
        ...units.slice(0, 2).map((unit, i) => ({ ...axisStyle, scale: `u${i}`, side: i === 0 ? 3 : 1, label: unit || undefined, labelSize: 20, size: 60 })),
      ],
      series: [{}, ...labels.map((label, i) => ({ label, scale: scaleOf[i], stroke: PEN_COLOURS[i % PEN_COLOURS.length], width: 1.5, spanGaps: true, points: { show: false } }))],
      hooks: { drawClear: [drawBands(bands)] },
    };
    const u = new uPlot(opts, latest.current as uPlot.AlignedData, el);
    u.root.querySelector("canvas")?.setAttribute("aria-label", ariaLabel);
    u.root.querySelector("canvas")?.setAttribute("role", "img");
    plot.current = u;
    const resize = new ResizeObserver(() => u.setSize({ width: Math.max(300, el.clientWidth), height: Math.max(200, el.clientHeight) }));
    resize.observe(el);
    return () => {
      resize.disconnect();
      u.destroy();
      plot.current = null;
    };
  }, [labels, scaleOf, units, bands, timeZone, ariaLabel]);

  useEffect(() => {
    plot.current?.setData(data as uPlot.AlignedData);
  }, [data]);

  return <div className="trend-chart" ref={host} data-testid="trend-chart" data-points={data[0]?.length ?? 0} data-pens={labels.length} />;
}
