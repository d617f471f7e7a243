/**
 * Words of the intents screen's model and threshold panel, Korean (polite) and English.
 * Kept beside the panel while the inbox catalogue is being reworked; the lead may fold
 * them into inbox/src/i18n.ts.
 */
import type { IntentOverview } from '../../../shared/http';
import { stringsFor, useStrings } from '../i18n';

const percent = (share: number) => `${Math.round(share * 100)}%`;

const en = {
  title: 'Model and confidence',
  model: (overview: IntentOverview['model']) =>
    overview.state === 'ready'
      ? `Model: ${overview.modelId} (semantic matching on)`
      : overview.state === 'loading'
        ? `Model ${overview.modelId} is loading; answers are lexical until it is ready.`
        : `No model in use: the bot matches words only (lexical).${overview.problem ? ` Reason: ${overview.problem}.` : ''}`,
  training: 'Training on the current intents…',
  calibrated: (c: NonNullable<IntentOverview['calibration']>) =>
    `Calibrated threshold ${c.threshold.toFixed(2)} from ${c.examples} examples: about ${percent(c.wrongAnswerRate)} of answers wrong in calibration, ${percent(c.inScopeAnswered)} of left-out examples answered right, ${percent(c.outOfDomainDeclined)} of off-topic sentences declined.`,
  slider: 'Confidence threshold',
  current: (value: number, override: boolean) => `${value.toFixed(2)} ${override ? '(set by an admin)' : '(calibrated)'}`,
  preview: 'Try sentences in the tester below: it uses the threshold on the slider.',
  save: 'Use this threshold',
  reset: 'Back to the calibrated threshold',
  saved: 'Threshold saved',
  restored: 'Calibrated threshold restored',
};

const ko: typeof en = {
  title: '모델과 신뢰도',
  model: (overview) =>
    overview.state === 'ready'
      ? `모델: ${overview.modelId} (의미 기반 분류 사용 중)`
      : overview.state === 'loading'
        ? `모델 ${overview.modelId}을(를) 불러오는 중입니다. 준비될 때까지는 단어 일치로 답합니다.`
        : `사용 중인 모델이 없습니다. 챗봇이 단어 일치(어휘)로만 분류합니다.${overview.problem ? ` 원인: ${overview.problem}.` : ''}`,
  training: '현재 의도로 학습하는 중입니다…',
  calibrated: (c) =>
    `예문 ${c.examples}개로 보정한 기준값 ${c.threshold.toFixed(2)}: 보정 시 오답 약 ${percent(c.wrongAnswerRate)}, 제외한 예문의 ${percent(c.inScopeAnswered)} 정답, 주제와 무관한 문장의 ${percent(c.outOfDomainDeclined)} 거절.`,
  slider: '신뢰도 기준값',
  current: (value, override) => `${value.toFixed(2)} ${override ? '(관리자 설정)' : '(자동 보정)'}`,
  preview: '아래 테스트에서 문장을 입력해 보세요. 슬라이더의 기준값으로 판단합니다.',
  save: '이 기준값 사용',
  reset: '자동 보정 기준값으로 되돌리기',
  saved: '기준값을 저장했습니다',
  restored: '자동 보정 기준값으로 되돌렸습니다',
};

export type IntentTexts = typeof en;

export function useIntentTexts(): IntentTexts {
  return useStrings() === stringsFor('ko') ? ko : en;
}
