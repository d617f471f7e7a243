/**
 * The model in use (or why none is) and the site's "not sure" threshold: the value
 * calibrated for its intents, a slider to override it, and the tester below previews
 * any slider value live before it is saved.
 */
import type { IntentOverview } from '../../../shared/http';
import { useIntentTexts } from './intent-texts';

interface IntentCalibrationProps {
  overview: IntentOverview | null;
  /** The slider's value: what the tester previews. */
  threshold: number | null;
  onThreshold: (value: number) => void;
  onSave: (value: number | null) => void;
}

export function IntentCalibration({ overview, threshold, onThreshold, onSave }: IntentCalibrationProps) {
  const text = useIntentTexts();
  if (!overview) return null;
  const calibrated = overview.calibration?.threshold ?? null;
  const value = threshold ?? overview.thresholdOverride ?? calibrated;
  return (
    <section class="intent-calibration" aria-labelledby="intent-calibration-title">
      <h3 id="intent-calibration-title">{text.title}</h3>
      <p>{text.model(overview.model)}</p>
      <p>{overview.calibration ? text.calibrated(overview.calibration) : text.training}</p>
      {value !== null && (
        <>
          <label>
            {text.slider}
            <input type="range" min={0.05} max={0.99} step={0.01} value={value} onInput={(event) => onThreshold(Number(event.currentTarget.value))} />
          </label>
          <span>{text.current(value, threshold !== null ? threshold !== calibrated : overview.thresholdOverride !== null)}</span>
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
