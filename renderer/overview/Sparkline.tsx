/**
 * A figure's last 24 hours as a small uPlot line: no axes, no legend, no cursor, gaps where
 * nothing was recorded. The points are the core's hourly values (contract Sparkline).
 */
import { useEffect, useRef } from "react";
import uPlot from "uplot";
import "uplot/dist/uPlot.min.css";
import type { Sparkline as SparklineData } from "../../contract/api";

const HEIGHT = 34;

interface Props {
  spark: SparklineData;
  ariaLabel: string;
}

/** The indexes of values with no neighbour on either side: uPlot draws a point only there. */
function lonePoints(u: uPlot, seriesIdx: number): number[] {
  const ys = u.data[seriesIdx] ?? [];
  const out: number[] = [];
  for (let i = 0; i < ys.length; i++) if (ys[i] != null && ys[i - 1] == null && ys[i + 1] == null) out.push(i);
  return out;
}

function aligned(spark: SparklineData): uPlot.AlignedData {
  const x = spark.values.map((_, i) => (spark.start + i * spark.stepMs + spark.stepMs / 2) / 1000);
  return [x, spark.values.map((v) => v ?? null)] as uPlot.AlignedData;
}

export function Sparkline({ spark, ariaLabel }: Props) {
  const host = useRef<HTMLDivElement>(null);
  const plot = useRef<uPlot | null>(null);
  const latest = useRef(spark);
  latest.current = spark;

  useEffect(() => {
    const el = host.current;
    if (!el) return;
    const opts: uPlot.Options = {
      width: Math.max(80, el.clientWidth),
      height: HEIGHT,
      legend: { show: false },
      cursor: { show: false },
      select: { show: false, left: 0, top: 0, width: 0, height: 0 },
      axes: [{ show: false }, { show: false }],
      scales: { x: { time: false }, y: { auto: true } },
      padding: [3, 2, 3, 2],
      // Calm (ISA-101): the line is information, not an alarm colour.
      // A lone hour between gaps has no line to draw: its point is shown instead.
      series: [{}, { stroke: "#8abbff", width: 1.5, fill: "rgba(138, 187, 255, 0.12)", spanGaps: false, points: { show: true, filter: lonePoints, size: 5, fill: "#8abbff" } }],
    };
    const u = new uPlot(opts, aligned(latest.current), el);
    const canvas = u.root.querySelector("canvas");
    canvas?.setAttribute("role", "img");
    canvas?.setAttribute("aria-label", ariaLabel);
    plot.current = u;
    const resize = new ResizeObserver(() => u.setSize({ width: Math.max(80, el.clientWidth), height: HEIGHT }));
    resize.observe(el);
    return () => {
      resize.disconnect();
      u.destroy();
      plot.current = null;
    };
  }, [ariaLabel]);

  useEffect(() => {
    plot.current?.setData(aligned(spark));
  }, [spark]);

  return <div className="overview-spark" ref={host} data-testid="overview-spark" data-points={spark.values.filter((v) => v !== null).length} />;
}
