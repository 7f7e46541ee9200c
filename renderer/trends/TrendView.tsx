/**
 * Trends: up to eight pens from the asset model on one chart, live or for a past range, with
 * the 15 min / 1 h / 8 h shift / 24 h / 7 d presets, earlier and later by half a range, drag to
 * zoom; units on the axes and alarm limits as bands. The pens and the range are saved per window
 * role, so a trend screen comes back as it was left.
 */
import { Button, ButtonGroup, Callout, NonIdealState, Tag } from "@blueprintjs/core";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import type { TagId } from "../../contract/api";
import { describeError } from "../i18n/describeError";
import { tk } from "../i18n/keys";
import { useFormats } from "../i18n/useFormats";
import { windowRole } from "../shell/windowRole";
import { useRoom, useRoomSelector } from "../state/RoomContext";
import { PenPicker } from "./PenPicker";
import { PEN_COLOURS, TrendChart } from "./TrendChart";
import { alignPens, holdLast, limitBands, penPoints, PRESET_MS, TREND_PRESETS, unitScales, type Pen, type TrendPreset } from "./trendData";
import { loadTrendPrefs, MAX_PENS, saveTrendPrefs, type TrendPrefs } from "./trendPrefs";
import { useTrendData, type TrendRange } from "./useTrendData";

const PRESET_LABEL = {
  "15m": tk("trends.preset.15m"),
  "1h": tk("trends.preset.1h"),
  "8h": tk("trends.preset.8h"),
  "24h": tk("trends.preset.24h"),
  "7d": tk("trends.preset.7d"),
} as const satisfies Record<TrendPreset, string>;

export function TrendView() {
  const { t } = useTranslation();
  const { api } = useRoom();
  const formats = useFormats();
  const role = windowRole(window.location.search);
  const assets = useRoomSelector((s) => s.assets);
  const alarms = useRoomSelector((s) => s.alarms);
  const [prefs, setPrefs] = useState<TrendPrefs>(() => loadTrendPrefs(role));
  const [range, setRange] = useState<TrendRange>(() => ({ from: Date.now() - PRESET_MS[prefs.preset], to: Date.now(), live: true }));

  const change = (next: TrendPrefs) => {
    setPrefs(next);
    saveTrendPrefs(role, next);
  };
  const toggle = (tagId: TagId) =>
    change({ ...prefs, pens: prefs.pens.includes(tagId) ? prefs.pens.filter((p) => p !== tagId) : [...prefs.pens, tagId].slice(0, MAX_PENS) });
  const preset = (p: TrendPreset) => {
    change({ ...prefs, preset: p });
    setRange({ from: Date.now() - PRESET_MS[p], to: Date.now(), live: true });
  };
  const shift = (direction: -1 | 1) => {
    const span = range.to - range.from;
    const to = Math.min(Date.now(), (range.live ? Date.now() : range.to) + (direction * span) / 2);
    setRange({ from: to - span, to, live: direction === 1 && to >= Date.now() - 1000 });
  };

  const pens: Pen[] = useMemo(() => {
    const byTag = new Map(assets.flatMap((a) => a.tags.map((tag) => [tag.id, { tag, assetName: a.name }] as const)));
    return prefs.pens.flatMap((id) => byTag.get(id) ?? []);
  }, [assets, prefs.pens]);
  const pensKey = pens.map((p) => p.tag.id);
  const data = useTrendData(api, pensKey, range);
  const { scaleOf, units } = useMemo(() => unitScales(pens), [pens]);
  const labels = useMemo(() => pens.map((p) => `${p.assetName} · ${p.tag.name}`), [pens]);
  const bands = useMemo(() => limitBands(pens, scaleOf, alarms.values()), [pens, scaleOf, alarms]);
  const until = data.window.to;
  const aligned = useMemo(
    () =>
      alignPens(
        pens.map((p) => {
          const a = data.answers.get(p.tag.id);
          return a ? holdLast(penPoints(a), until) : [];
        }),
      ),
    [pens, data.answers, until],
  );
  const fromServer = [...data.answers.values()].reduce((n, a) => n + a.serverFill.points, 0);

  return (
    <main className="trend-view panel" data-testid="trend-view" aria-labelledby="trend-title">
      <header className="panel-header trend-header">
        <h2 className="panel-title" id="trend-title">
          {t("trends.title")}
        </h2>
        <ButtonGroup className="trend-presets" aria-label={t("trends.presetsAria")}>
          {TREND_PRESETS.map((p) => (
            <Button key={p} small active={prefs.preset === p && range.live} data-testid={`trend-preset-${p}`} onClick={() => preset(p)} text={t(PRESET_LABEL[p])} />
          ))}
        </ButtonGroup>
        <ButtonGroup>
          <Button small icon="chevron-left" data-testid="trend-earlier" onClick={() => shift(-1)} text={t("trends.earlier")} />
          <Button small icon="chevron-right" data-testid="trend-later" disabled={range.live} onClick={() => shift(1)} text={t("trends.later")} />
        </ButtonGroup>
        <span className="panel-summary" data-testid="trend-range" data-live={range.live ? "true" : "false"}>
          {range.live ? t("trends.live", { span: t(PRESET_LABEL[prefs.preset]) }) : t("trends.range", { from: formats.dateTime(range.from), to: formats.dateTime(range.to) })}
          {fromServer > 0 && ` · ${t("trends.fromServer", { count: fromServer })}`}
        </span>
      </header>
      <div className="trend-body">
        <aside className="trend-side">
          <ul className="trend-pens" data-testid="trend-pens">
            {pens.map((p, i) => (
              <li key={p.tag.id} data-testid="trend-pen" data-tag-id={p.tag.id}>
                <span className="trend-swatch" style={{ background: PEN_COLOURS[i % PEN_COLOURS.length] }} aria-hidden />
                <bdi className="trend-pen-name">{labels[i]}</bdi>
                {p.tag.unit && <Tag minimal>{p.tag.unit}</Tag>}
                <Button small minimal icon="cross" aria-label={t("trends.remove", { pen: labels[i] })} onClick={() => toggle(p.tag.id)} />
              </li>
            ))}
          </ul>
          <PenPicker assets={assets} pens={prefs.pens} onToggle={toggle} />
        </aside>
        <section className="trend-main">
          {data.error !== null && <Callout intent="danger">{t("trends.failed", { message: describeError(data.error, t) })}</Callout>}
          {pens.length === 0 ? (
            <NonIdealState icon="timeline-line-chart" title={t("trends.emptyTitle")} description={t("trends.emptyText")} />
          ) : (
            <TrendChart data={aligned} xRange={data.window} labels={labels} scaleOf={scaleOf} units={units} bands={bands} timeZone={formats.timeZone} ariaLabel={t("trends.chartAria", { pens: labels.join(", ") })}
              tickText={(ms, span) => (span > 36 * 3_600_000 ? formats.dateTime(ms) : formats.clock(ms))}
            />
          )}
          <p className="trend-hint">{t("trends.hint")}</p>
        </section>
      </div>
    </main>
  );
}
