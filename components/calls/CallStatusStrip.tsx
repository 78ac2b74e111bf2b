import { useI18n } from '../shared/i18n';
import { CustomerLine } from './CustomerLine';
import { Elapsed } from './Elapsed';
import './calls.css';

export interface CallStatusStripProps {
  /** Undefined once the call is saved: the strip then shows only the save's message. */
  startedAt?: number;
  now: () => number;
  customerName?: string;
  phone?: string;
  /** The outcome picked so far, as labelled in the rep's language. */
  outcomeLabel?: string;
  /** The outcome keys, e.g. "1–8". */
  outcomeKeys: string;
  status?: { text: string; error: boolean };
  onSave(): void;
  onOpenCall(): void;
}

/**
 * The running call while the rep works in another section, like an editor's
 * status bar: timer, customer, outcome (its keys work here too) and Save call.
 */
export function CallStatusStrip(props: CallStatusStripProps) {
  const { t } = useI18n();
  return (
    <section class="call-strip" aria-label={t('call.strip.region')}>
      {props.startedAt !== undefined && (
        <div class="call-strip-line">
          <Elapsed startedAt={props.startedAt} now={props.now} />
          <CustomerLine class="call-strip-who" customerName={props.customerName} phone={props.phone} />
        </div>
      )}
      {props.startedAt !== undefined && (
        <div class="call-strip-line">
          <span class="call-strip-outcome">
            {props.outcomeLabel
              ? t('call.strip.outcome', { label: props.outcomeLabel })
              : t('call.strip.noOutcome', { keys: props.outcomeKeys })}
          </span>
          <button type="button" class="primary" onClick={props.onSave}>
            {t('call.save')}
          </button>
          <button type="button" onClick={props.onOpenCall}>
            {t('call.strip.open')}
          </button>
        </div>
      )}
      <p role="status" class={`status-line${props.status?.error ? ' error' : ''}`}>
        {props.status?.text}
      </p>
    </section>
  );
}
