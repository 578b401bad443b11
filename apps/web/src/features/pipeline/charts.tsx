import { useMantineTheme } from '@mantine/core';
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  type ChartConfiguration,
  type ChartDataset,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  type Plugin,
  PointElement,
  Tooltip,
} from 'chart.js';
import { useEffect, useMemo, useRef } from 'react';

/**
 * The dashboard's charts, drawn by Chart.js on a canvas: only the pieces the dashboard uses are
 * registered (bars, a line, two linear and one category scale, legend and tooltip), nothing
 * animates, and a chart is drawn once when its figures arrive. This module is its own chunk: the
 * dashboard's figures, tables and controls render without waiting for it.
 */
Chart.register(BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, Legend, Tooltip);
Chart.defaults.animation = false;
Chart.defaults.font.size = 12;

/** Marks the canvas once Chart.js has drawn it (the bench's "usable" waits for every chart's mark). */
const drawnMark: Plugin = {
  id: 'tfDrawn',
  afterRender(chart) {
    if (chart.canvas.dataset.drawn !== 'true') chart.canvas.dataset.drawn = 'true';
  },
};

/** The value at the end of each bar of a horizontal bar chart (the funnel's counts). */
function valueLabels(format: (v: number) => string, color: string): Plugin<'bar'> {
  return {
    id: 'tfValueLabels',
    afterDatasetsDraw(chart) {
      const { ctx } = chart;
      ctx.save();
      ctx.fillStyle = color;
      ctx.textBaseline = 'middle';
      ctx.font = `12px ${String(Chart.defaults.font.family)}`;
      chart.data.datasets.forEach((ds, i) =>
        chart.getDatasetMeta(i).data.forEach((bar, j) => {
          const v = ds.data[j];
          if (typeof v === 'number') ctx.fillText(format(v), bar.x + 4, bar.y);
        }),
      );
      ctx.restore();
    },
  };
}

/** One Chart.js chart in a box of a fixed height (no layout shift when it is drawn). */
function CanvasChart({ config, height }: { config: ChartConfiguration; height: number }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const chart = new Chart(canvas.current!, { ...config, plugins: [...(config.plugins ?? []), drawnMark] });
    return () => chart.destroy();
  }, [config]);
  return (
    <div style={{ position: 'relative', height, width: '100%' }}>
      <canvas ref={canvas} />
    </div>
  );
}

function useColors() {
  const theme = useMantineTheme();
  return useMemo(() => {
    Chart.defaults.font.family = theme.fontFamily;
    Chart.defaults.color = theme.colors.gray[8];
    return {
      shade: (name: string, i: number) => theme.colors[name][i],
      grid: theme.colors.gray[3],
      text: theme.colors.gray[8],
    };
  }, [theme]);
}

type Fmt = (v: number) => string;

const gridDashed = (color: string) => ({ color, tickBorderDash: [] as number[] });

/** Horizontal bars with the value at each bar's end: the tenders along the pipeline's stages. */
export function FunnelChart({
  data,
  label,
  format,
  color,
}: {
  data: { name: string; value: number }[];
  label: string;
  format: Fmt;
  color: [string, number];
}) {
  const c = useColors();
  const config = useMemo<ChartConfiguration>(
    () =>
      ({
        type: 'bar',
        data: {
          labels: data.map((d) => d.name),
          datasets: [{ label, data: data.map((d) => d.value), backgroundColor: c.shade(...color), maxBarThickness: 24 }],
        },
        options: {
          indexAxis: 'y',
          responsive: true,
          maintainAspectRatio: false,
          layout: { padding: { right: 24 } },
          plugins: { legend: { display: false }, tooltip: { callbacks: { label: (i) => `${label}: ${format(i.parsed.x ?? 0)}` } } },
          scales: {
            x: { beginAtZero: true, ticks: { precision: 0, callback: (v) => format(Number(v)) }, grid: gridDashed(c.grid) },
            y: { grid: { display: false } },
          },
        },
        plugins: [valueLabels(format, c.text)],
      }) as ChartConfiguration,
    [data, label, format, color, c],
  );
  return <CanvasChart config={config} height={data.length * 32 + 40} />;
}

/** Bars (kroner, left axis) and a line (percent, right axis) by month: the weighted pipeline and the win rate. */
export function TrendChart({
  months,
  bars,
  line,
  money,
  compact,
}: {
  months: string[];
  bars: { label: string; data: number[]; color: [string, number] };
  line: { label: string; data: (number | null)[]; color: [string, number] };
  money: Fmt;
  compact: Fmt;
}) {
  const c = useColors();
  const config = useMemo<ChartConfiguration>(
    () =>
      ({
        type: 'bar',
        data: {
          labels: months,
          datasets: [
            { type: 'bar', label: bars.label, data: bars.data, backgroundColor: c.shade(...bars.color), yAxisID: 'y', order: 2 },
            {
              type: 'line',
              label: line.label,
              data: line.data,
              borderColor: c.shade(...line.color),
              backgroundColor: c.shade(...line.color),
              yAxisID: 'right',
              spanGaps: true,
              pointRadius: 2,
              borderWidth: 2,
              order: 1,
            },
          ] as ChartDataset[],
        },
        options: {
          responsive: true,
          maintainAspectRatio: false,
          interaction: { mode: 'index', intersect: false },
          plugins: {
            legend: { position: 'top', align: 'end', labels: { boxWidth: 12, boxHeight: 12 } },
            tooltip: {
              callbacks: {
                label: (i) =>
                  i.dataset.yAxisID === 'right'
                    ? `${i.dataset.label}: ${i.parsed.y ?? '–'} %`
                    : `${i.dataset.label}: ${money(i.parsed.y ?? 0)}`,
              },
            },
          },
          scales: {
            x: { grid: { display: false }, ticks: { maxRotation: 0, autoSkipPadding: 12 } },
            y: { beginAtZero: true, ticks: { callback: (v) => compact(Number(v)), maxTicksLimit: 6 }, grid: gridDashed(c.grid) },
            right: {
              position: 'right',
              min: 0,
              max: 100,
              ticks: { callback: (v) => `${v} %`, stepSize: 25 },
              grid: { display: false },
              title: { display: true, text: line.label },
            },
          },
        },
      }) as ChartConfiguration,
    [months, bars, line, money, compact, c],
  );
  return <CanvasChart config={config} height={260} />;
}

/** Vertical bars, one or more series side by side (won and lost by market; grants; royalties). */
export function ColumnChart({
  labels,
  series,
  height,
  money,
  compact,
}: {
  labels: string[];
  series: { label: string; data: number[]; color: [string, number] }[];
  height: number;
  money: Fmt;
  compact: Fmt;
}) {
  const c = useColors();
  const config = useMemo<ChartConfiguration>(
    () =>
      ({
        type: 'bar',
        data: {
          labels,
          datasets: series.map((s) => ({ label: s.label, data: s.data, backgroundColor: c.shade(...s.color), maxBarThickness: 64 })),
        },
        options: {
          responsive: true,
          maintainAspectRatio: false,
          plugins: {
            legend: { display: series.length > 1, position: 'top', align: 'end', labels: { boxWidth: 12, boxHeight: 12 } },
            tooltip: { callbacks: { label: (i) => `${i.dataset.label}: ${money(i.parsed.y ?? 0)}` } },
          },
          scales: {
            x: { grid: { display: false }, ticks: { maxRotation: 0 } },
            y: { beginAtZero: true, ticks: { callback: (v) => compact(Number(v)), maxTicksLimit: 6 }, grid: gridDashed(c.grid) },
          },
        },
      }) as ChartConfiguration,
    [labels, series, money, compact, c],
  );
  return <CanvasChart config={config} height={height} />;
}

/** Horizontal bars of shares in percent, 0–100 (the members' shares of the awarded value). */
export function ShareChart({
  names,
  shares,
  label,
  percent,
  color,
}: {
  names: string[];
  shares: number[];
  label: string;
  percent: Fmt;
  color: [string, number];
}) {
  const c = useColors();
  const config = useMemo<ChartConfiguration>(
    () =>
      ({
        type: 'bar',
        data: { labels: names, datasets: [{ label, data: shares, backgroundColor: c.shade(...color), maxBarThickness: 20 }] },
        options: {
          indexAxis: 'y',
          responsive: true,
          maintainAspectRatio: false,
          plugins: { legend: { display: false }, tooltip: { callbacks: { label: (i) => `${label}: ${percent(i.parsed.x ?? 0)}` } } },
          scales: {
            x: { min: 0, max: 100, ticks: { stepSize: 25, callback: (v) => percent(Number(v)) }, grid: gridDashed(c.grid) },
            y: { grid: { display: false }, ticks: { autoSkip: false } },
          },
        },
      }) as ChartConfiguration,
    [names, shares, label, percent, color, c],
  );
  return <CanvasChart config={config} height={Math.max(160, names.length * 28 + 40)} />;
}
