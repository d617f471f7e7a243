/** Words of agent protection: blocking from the conversation banner, and the blocks and lists panel. */

const hoursEn = (hours: number) => (hours % 24 === 0 && hours > 24 ? `${hours / 24} days` : hours === 1 ? '1 hour' : `${hours} hours`);

export const abuseTextsEn = {
  blockFor: 'Block the visitor',
  noBlock: 'Do not block',
  duration: hoursEn,
  blocked: (until: string) => `The visitor is blocked until ${until}.`,
  failed: (reason: string) => `That did not work: ${reason}`,
  title: 'Agent protection',
  blocksTitle: 'Blocked visitors',
  noBlocks: 'No visitor is blocked right now.',
  column: { visitor: 'Visitor', until: 'Blocked until', by: 'Blocked by', action: 'Action' },
  lift: (visitor: string) => `Lift the block on ${visitor}`,
  liftShort: 'Lift block',
  lifted: (visitor: string) => `${visitor} can chat again.`,
  listsTitle: 'Words and limits',
  listsHint: 'Parley already knows common Korean and English abuse. Add your own words, or allow words that only look abusive (an innocent word with a listed word inside it).',
  extraWords: 'More abusive words and phrases (one per line)',
  allowedWords: 'Words to allow (one per line)',
  escalateAfter: 'Tell supervisors after this many abusive messages in one conversation',
  breakAfter: 'Suggest a break after this many abusive conversations in a day',
  save: 'Save agent protection',
  saved: 'Saved.',
  invalid: (field: string) => `Please check this field: ${field}`,
  anonymous: 'Visitor',
};

export type AbuseTexts = typeof abuseTextsEn;

export const abuseTextsKo: AbuseTexts = {
  blockFor: '방문자 차단',
  noBlock: '차단하지 않음',
  duration: (hours) => (hours % 24 === 0 && hours > 24 ? `${hours / 24}일` : `${hours}시간`),
  blocked: (until) => `${until}까지 방문자를 차단했습니다.`,
  failed: (reason) => `처리하지 못했습니다: ${reason}`,
  title: '상담원 보호',
  blocksTitle: '차단된 방문자',
  noBlocks: '지금 차단된 방문자가 없습니다.',
  column: { visitor: '방문자', until: '차단 종료 시각', by: '차단한 상담원', action: '작업' },
  lift: (visitor) => `${visitor} 차단 해제`,
  liftShort: '차단 해제',
  lifted: (visitor) => `${visitor}님이 다시 상담하실 수 있습니다.`,
  listsTitle: '단어 목록과 기준',
  listsHint: 'Parley는 흔한 한국어와 영어 폭언을 이미 알고 있습니다. 사이트에 맞는 단어를 더하거나, 폭언처럼 보이기만 하는 단어(예: 시발점)를 허용해 주세요.',
  extraWords: '폭언으로 볼 단어와 표현 추가(한 줄에 하나씩)',
  allowedWords: '허용할 단어(한 줄에 하나씩)',
  escalateAfter: '한 대화에서 폭언이 이 횟수에 이르면 관리자에게 알림',
  breakAfter: '하루에 폭언 대화가 이 수에 이르면 휴식 권유',
  save: '상담원 보호 설정 저장',
  saved: '저장했습니다.',
  invalid: (field) => `이 항목을 확인해 주세요: ${field}`,
  anonymous: '방문자',
};
