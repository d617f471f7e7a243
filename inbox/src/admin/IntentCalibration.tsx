/**
 * The model in use (or why none is) and the site's "not sure" threshold: the value
 * calibrated for its intents, a slider to override it, and the tester below previews
 * any slider value live before it is saved.
 */
import type { IntentOverview } from '../../../shared/http';
import { useStrings } from '../i18n';
import type { IntentTexts } from './intent-texts';

interface IntentCalibrationProps {
  overview: IntentOverview | null;
  /** The slider's value: what the tester previews. */
  threshold: number | null;
  onThreshold: (value: number) => void;
  onSave: (value: number | null) => void;
}

/**
 * The model's state in the admin's words. The server's own reason for a failed load is
 * a diagnostic in English, so it is shown apart, as code, not as a sentence of the screen.
 */
function modelLine(model: IntentOverview['model'], text: IntentTexts['calibration']): string {
  const id = model.modelId ?? '';
  if (model.state === 'ready') return text.ready(id);
  if (model.state === 'loading') return text.loading(id);
  if (model.state === 'failed') return text.failed(id);
  return model.modelId ? text.missing(id) : text.noModel;
}

/** With a model ready, a lexical calibration is the one from before its head was trained: training is still under way. */
export const headPending = (overview: IntentOverview) => overview.model.state === 'ready' && overview.calibration?.mode === 'lexical';

/** Whether the screen should look again: no calibration yet, the model still loading, or its head still training. */
export const calibrationPending = (overview: IntentOverview) => overview.calibration === null || overview.model.state === 'loading' || headPending(overview);

export function IntentCalibration({ overview, threshold, onThreshold, onSave }: IntentCalibrationProps) {
  const text = useStrings().intents.calibration;
  if (!overview) return null;
  const calibrated = overview.calibration?.threshold ?? null;
  const value = threshold ?? overview.thresholdOverride ?? calibrated;
  const calibration = headPending(overview) ? null : overview.calibration;
  return (
    <section class="intent-calibration" aria-labelledby="intent-calibration-title">
      <h3 id="intent-calibration-title">{text.title}</h3>
      <p>{modelLine(overview.model, text)}</p>
      {overview.model.state === 'failed' && overview.model.problem && (
        <p class="hint">
          <code>{overview.model.problem}</code>
        </p>
      )}
      <p>
        {calibration
          ? text.calibrated(calibration.threshold.toFixed(2), calibration.examples, calibration.wrongAnswerRate, calibration.inScopeAnswered, calibration.outOfDomainDeclined)
          : text.training}
      </p>
      {value !== null && (
        <>
          <label>
            {text.slider}
            <input type="range" min={0.05} max={0.99} step={0.01} value={value} onInput={(event) => onThreshold(Number(event.currentTarget.value))} />
          </label>
          <span>{text.current(value.toFixed(2), threshold !== null ? threshold !== calibrated : overview.thresholdOverride !== null)}</span>
          <p class="hint">{text.preview}</p>
          <button type="button" onClick={() => onSave(value)}>
            {text.save}
          </button>
          {overview.thresholdOverride !== null && (
            <button type="button" onClick={() => onSave(null)}>
              {text.reset}
            </button>
          )}
        </>
      )}
    </section>
  );
}
