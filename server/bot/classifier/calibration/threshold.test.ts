import { chooseThreshold, thresholdDeclining } from './threshold';

const scores = (values: [number, boolean][]) => values.map(([confidence, correct]) => ({ confidence, correct }));

describe('choosing the out-of-scope threshold', () => {
  it('answers everything when nothing would be wrong', () => {
    const calibration = chooseThreshold({ inScope: scores([[0.9, true], [0.6, true], [0.3, true]]), outOfDomain: [] });
    expect(calibration.threshold).toBe(0.05);
    expect(calibration.inScopeAnswered).toBe(1);
  });

  it('raises the threshold above the out-of-domain sentences and the confident mistakes', () => {
    const inScope = scores([...Array.from({ length: 18 }, (_, i) => [0.7 + i * 0.01, true] as [number, boolean]), [0.5, false], [0.45, true]]);
    const calibration = chooseThreshold({ inScope, outOfDomain: [0.4, 0.55, 0.3] });
    expect(calibration.threshold).toBeGreaterThan(0.55);
    expect(calibration.threshold).toBeLessThanOrEqual(0.7);
    expect(calibration.wrongAnswerRate).toBeLessThanOrEqual(0.05);
    expect(calibration.outOfDomainDeclined).toBe(1);
    expect(calibration.inScopeAnswered).toBeCloseTo(18 / 20);
  });

  it('declines almost everything when the scores cannot separate right from wrong', () => {
    const calibration = chooseThreshold({ inScope: scores([[0.99, false], [0.98, true], [0.97, false]]), outOfDomain: [0.99] });
    expect(calibration.threshold).toBe(0.95);
  });
});

describe('the lexical-only threshold', () => {
  it('declines 95% of the out-of-domain sentences and reports the in-scope share it keeps', () => {
    const outOfDomain = Array.from({ length: 20 }, (_, i) => 0.2 + i * 0.02);
    const calibration = thresholdDeclining({ inScope: scores([[0.9, true], [0.5, true], [0.7, false]]), outOfDomain });
    expect(calibration.threshold).toBeGreaterThan(0.56);
    expect(calibration.outOfDomainDeclined).toBe(0.95);
    expect(calibration.inScopeAnswered).toBeCloseTo(1 / 3);
    expect(thresholdDeclining({ inScope: [], outOfDomain: [0.1] }).threshold).toBe(0.3);
  });
});
