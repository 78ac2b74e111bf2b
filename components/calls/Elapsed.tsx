import { useEffect, useState } from 'preact/hooks';
import { useI18n } from '../shared/i18n';
import { formatDuration } from './format';

/** The running call's time, ticking each second (the clock is the panel's, from services). */
export function Elapsed({ startedAt, now }: { startedAt: number; now: () => number }) {
  const { t } = useI18n();
  const [, setTick] = useState(0);
  useEffect(() => {
    const timer = setInterval(() => setTick((tick) => tick + 1), 1000);
    return () => clearInterval(timer);
  }, []);
  return (
    <span class="elapsed" role="timer" aria-label={t('call.elapsed')}>
      {formatDuration((now() - startedAt) / 1000)}
    </span>
  );
}
