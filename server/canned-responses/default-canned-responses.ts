/** Team replies every new site starts with, in polite register (합쇼체/해요체, "고객님"). */
export const defaultCannedResponses = [
  { shortcut: 'hello', text: '안녕하세요, {{visitor.name}} 고객님. 상담원 {{agent.name}}입니다. 무엇을 도와드릴까요?' },
  { shortcut: 'wait', text: '확인해 보겠습니다. 잠시만 기다려 주시겠어요?' },
  { shortcut: 'thanks', text: '문의해 주셔서 감사합니다. 좋은 하루 보내세요!' },
  { shortcut: 'sorry', text: '불편을 드려 정말 죄송합니다. 바로 확인해 드리겠습니다.' },
  { shortcut: 'hello-en', text: 'Hello {{visitor.name}}, this is {{agent.name}}. How can I help you today?' },
];
