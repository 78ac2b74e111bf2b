// Chart.js with only the parts these charts use registered (not chart.js/auto),
// loaded by a dynamic import from the pages that draw charts, never in the panel.
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, LineController, LineElement, PointElement, Tooltip, Legend);

export type { ChartConfiguration } from 'chart.js';
export { Chart };
