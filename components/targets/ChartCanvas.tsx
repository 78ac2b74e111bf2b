import type { ChartConfiguration } from 'chart.js';
import { useEffect, useRef } from 'preact/hooks';

/**
 * One Chart.js chart. The canvas is an image with a short label; the numbers
 * are always also in the table or text next to it (the chart's alternative).
 */
export function ChartCanvas({ label, config }: { label: string; config: ChartConfiguration }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  // Redrawn when the numbers change, not on every render's fresh config object.
  const signature = JSON.stringify(config.data);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the signature stands for config
  useEffect(() => {
    let chart: { destroy(): void } | undefined;
    let cancelled = false;
    void import('./chart-kit').then(({ Chart }) => {
      if (cancelled || !canvas.current) return;
      const style = getComputedStyle(document.documentElement);
      Chart.defaults.color = style.getPropertyValue('--fg').trim() || '#333';
      Chart.defaults.borderColor = style.getPropertyValue('--border').trim() || '#ddd';
      chart = new Chart(canvas.current, {
        ...config,
        options: { animation: false, responsive: true, maintainAspectRatio: true, ...config.options },
      });
    });
    return () => {
      cancelled = true;
      chart?.destroy();
    };
  }, [signature]);
  return <canvas ref={canvas} role="img" aria-label={label} data-chart={label} height={180} />;
}
