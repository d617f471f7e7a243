/** The abuse model's decision and scoring, pure: no model, made-up vectors. */
import { createSemanticAbuseModel, scoreVector, semanticVerdict, SENSITIVITY_CUTS } from './semantic-abuse';

const v = (...values: number[]) => Float32Array.from(values);

describe('semanticVerdict', () => {
  it('flags a message close to abuse and clearly closer to it than to anything harmless', () => {
    expect(semanticVerdict({ abusive: 0.6, benign: 0.3, kind: 'insult' }, 'medium')).toEqual({ flagged: true, threat: false });
    expect(semanticVerdict({ abusive: 0.6, benign: 0.3, kind: 'threat' }, 'medium')).toEqual({ flagged: true, threat: true });
  });

  it('leaves an angry complaint alone when a harmless neighbour is as close as the abusive one', () => {
    expect(semanticVerdict({ abusive: 0.6, benign: 0.59, kind: 'threat' }, 'medium')).toEqual({ flagged: false, threat: false });
  });

  it('asks more of a message at low sensitivity than at high', () => {
    const borderline = { abusive: 0.42, benign: 0.3, kind: 'threat' as const };
    expect(semanticVerdict(borderline, 'low').flagged).toBe(false);
    expect(semanticVerdict(borderline, 'medium').flagged).toBe(true);
    expect(semanticVerdict({ abusive: 0.32, benign: 0.31, kind: 'insult' }, 'high').flagged).toBe(true);
    expect(semanticVerdict({ abusive: 0.32, benign: 0.31, kind: 'insult' }, 'medium').flagged).toBe(false);
    expect(SENSITIVITY_CUTS.low.similarity).toBeGreaterThan(SENSITIVITY_CUTS.high.similarity);
  });
});

describe('scoreVector', () => {
  it('takes the closest abusive exemplar and its kind, and the closest harmless one', () => {
    const score = scoreVector(v(1, 0, 0), { abusive: [{ vector: v(0, 1, 0), kind: 'insult' }, { vector: v(1, 1, 0), kind: 'threat' }], benign: [v(0, 0, 1), v(-1, 0, 0)] });
    expect(score.kind).toBe('threat');
    expect(score.abusive).toBeCloseTo(Math.SQRT1_2);
    expect(score.benign).toBeCloseTo(0);
  });
});

describe('createSemanticAbuseModel', () => {
  it('has no opinion without a model, so the word lists judge alone', async () => {
    expect(await createSemanticAbuseModel(null).score('가만두지 않겠습니다')).toBeNull();
    const unloaded = { ready: Promise.resolve(false), embed: () => Promise.reject(new Error('no model')) };
    expect(await createSemanticAbuseModel(unloaded).score('가만두지 않겠습니다')).toBeNull();
  });
});
