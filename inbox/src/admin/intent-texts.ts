/**
 * Words of the bot-intents screen (list, editor, model and threshold panel, tester,
 * import and export), in English and Korean. Part of the inbox catalogue: i18n.ts puts
 * them under `strings.intents`, so screens read them through `useStrings()` and the
 * completeness test and the language walk hold them to the same rules as the rest.
 * Kept beside the screen so the catalogue file stays readable.
 */

const percent = (share: number) => `${Math.round(share * 100)}%`;

export const intentTextsEn = {
  list: 'Intents',
  edit: (name: string) => `Edit intent ${name}`,
  summary: (examples: number, alwaysHuman: boolean) => `${examples} examples${alwaysHuman ? ' · always a human' : ''}`,
  newIntent: 'New intent',
  saved: (name: string) => `Saved ${name}`,
  deleted: (name: string) => `Deleted ${name}`,
  fields: {
    name: 'Name',
    displayKo: 'Display name in Korean (quick replies, handoff card)',
    displayEn: 'Display name in English',
    examples: 'Examples (one per line)',
    answerKo: 'Answer in Korean',
    answerEn: 'Answer in English',
    related: 'Related intents (comma-separated)',
    team: 'Team',
    alwaysHuman: 'Always hand to a human',
  },
  save: 'Save intent',
  remove: 'Delete intent',
  transfer: {
    title: 'Import and export',
    exportJson: 'Export intents as JSON',
    exported: 'Exported',
    mode: 'Import mode',
    merge: 'Merge with the current intents',
    replace: 'Replace all intents',
    importJson: 'Import intents from JSON',
    imported: (file: string) => `Imported ${file}`,
    unreadable: 'The file could not be read.',
    notJson: 'This file is not an intents JSON export.',
  },
  tester: {
    title: 'Try a sentence',
    sentence: 'Test sentence',
    wouldAnswer: (intent: string) => `The bot would answer: ${intent}`,
    belowThreshold: 'Below the confidence threshold: the bot would offer a human.',
    ranked: 'Top intents',
    lexical: 'Scoring: lexical only (no embedding model loaded)',
    semantic: 'Scoring: embeddings + lexical',
  },
  calibration: {
    title: 'Model and confidence',
    ready: (modelId: string) => `Model: ${modelId} (semantic matching on)`,
    loading: (modelId: string) => `Model ${modelId} is loading; answers are lexical until it is ready.`,
    noModel: 'No model in use: the bot matches words only (lexical).',
    missing: (modelId: string) => `Model ${modelId} was not found: the bot matches words only (lexical).`,
    failed: (modelId: string) => `Model ${modelId} could not load: the bot matches words only (lexical).`,
    training: 'Training on the current intents…',
    /** Numbers come formatted: the threshold as "0.65", the shares 0–1. */
    calibrated: (threshold: string, examples: number, wrong: number, answered: number, declined: number) =>
      `Calibrated threshold ${threshold} from ${examples} examples: about ${percent(wrong)} of answers wrong in calibration, ${percent(answered)} of left-out examples answered right, ${percent(declined)} of off-topic sentences declined.`,
    slider: 'Confidence threshold',
    current: (value: string, override: boolean) => `${value} ${override ? '(set by an admin)' : '(calibrated)'}`,
    preview: 'Try sentences in the tester below: it uses the threshold on the slider.',
    save: 'Use this threshold',
    reset: 'Back to the calibrated threshold',
    saved: 'Threshold saved',
    restored: 'Calibrated threshold restored',
  },
};

export type IntentTexts = typeof intentTextsEn;

export const intentTextsKo: IntentTexts = {
  list: '의도 목록',
  edit: (name) => `${name} 의도 편집`,
  summary: (examples, alwaysHuman) => `예문 ${examples}개${alwaysHuman ? ' · 항상 상담원 연결' : ''}`,
  newIntent: '새 의도',
  saved: (name) => `${name} 의도를 저장했습니다`,
  deleted: (name) => `${name} 의도를 삭제했습니다`,
  fields: {
    name: '이름',
    displayKo: '한국어 표시 이름 (빠른 답변 버튼, 상담 인계 카드)',
    displayEn: '영어 표시 이름',
    examples: '예문 (한 줄에 하나씩)',
    answerKo: '한국어 답변',
    answerEn: '영어 답변',
    related: '관련 의도 (쉼표로 구분)',
    team: '담당 팀',
    alwaysHuman: '항상 상담원에게 연결',
  },
  save: '의도 저장',
  remove: '의도 삭제',
  transfer: {
    title: '가져오기와 내보내기',
    exportJson: '의도를 JSON 파일로 내보내기',
    exported: '내보냈습니다',
    mode: '가져오기 방식',
    merge: '현재 의도와 합치기',
    replace: '모든 의도를 바꾸기',
    importJson: 'JSON 파일에서 의도 가져오기',
    imported: (file) => `${file} 파일을 가져왔습니다`,
    unreadable: '파일을 읽지 못했습니다.',
    notJson: '의도를 내보낸 JSON 파일이 아닙니다.',
  },
  tester: {
    title: '문장 시험해 보기',
    sentence: '시험할 문장',
    wouldAnswer: (intent) => `챗봇이 답할 의도: ${intent}`,
    belowThreshold: '신뢰도 기준값보다 낮습니다. 챗봇이 상담원 연결을 안내합니다.',
    ranked: '상위 의도',
    lexical: '판단 방식: 단어 일치만 사용 (임베딩 모델 없음)',
    semantic: '판단 방식: 임베딩과 단어 일치',
  },
  calibration: {
    title: '모델과 신뢰도',
    ready: (modelId) => `모델: ${modelId} (의미 기반 분류 사용 중)`,
    loading: (modelId) => `모델 ${modelId}을(를) 불러오는 중입니다. 준비될 때까지는 단어 일치로 답합니다.`,
    noModel: '사용 중인 모델이 없습니다. 챗봇이 단어 일치로만 분류합니다.',
    missing: (modelId) => `모델 ${modelId}을(를) 찾지 못했습니다. 챗봇이 단어 일치로만 분류합니다.`,
    failed: (modelId) => `모델 ${modelId}을(를) 불러오지 못했습니다. 챗봇이 단어 일치로만 분류합니다.`,
    training: '현재 의도로 학습하는 중입니다…',
    calibrated: (threshold, examples, wrong, answered, declined) =>
      `예문 ${examples}개로 보정한 기준값 ${threshold}: 보정 시 오답 약 ${percent(wrong)}, 제외한 예문의 ${percent(answered)} 정답, 주제와 무관한 문장의 ${percent(declined)} 거절.`,
    slider: '신뢰도 기준값',
    current: (value, override) => `${value} ${override ? '(관리자 설정)' : '(자동 보정)'}`,
    preview: '아래 시험 칸에 문장을 입력해 보세요. 슬라이더의 기준값으로 판단합니다.',
    save: '이 기준값 사용',
    reset: '자동 보정 기준값으로 되돌리기',
    saved: '기준값을 저장했습니다',
    restored: '자동 보정 기준값으로 되돌렸습니다',
  },
};
