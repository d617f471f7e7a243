import { fireEvent, render, screen, within } from '@testing-library/preact';
import type { ComponentProps } from 'preact';
import type { CannedResponse } from '../../../shared/domain';
import { Composer } from './Composer';

const canned = (shortcut: string, text: string, scope: CannedResponse['scope'] = 'team'): CannedResponse => ({
  id: `${scope}-${shortcut}`,
  shortcut,
  text,
  scope,
  ownerId: scope === 'personal' ? 'a1' : null,
});

const greeting = canned('greet', '안녕하세요, {{visitor.name}} 고객님. 상담원 {{agent.name}}입니다. 무엇을 도와드릴까요?');
const greetingEn = canned('greet-en', 'Hello {{visitor.name}}, this is {{agent.name}}.', 'personal');
const wait = canned('wait', '확인해 보겠습니다. 잠시만 기다려 주시겠어요?');
const minji = { visitor: { name: '김민지', email: 'minji@example.com' }, agent: { name: 'Mina' } };
const SOFTER_NONE = '죄송하지만 현재는 준비되어 있지 않습니다. 입고되면 알려 드릴까요?';

type Props = ComponentProps<typeof Composer>;

function renderComposer(overrides: Partial<Props> = {}) {
  const props: Props = {
    onSend: vi.fn(),
    onTyping: vi.fn(),
    disabled: false,
    cannedResponses: [wait, greetingEn, greeting],
    templateValues: minji,
    locale: 'ko',
    politeGuardPhrases: ['없어요', '몰라요'],
    ...overrides,
  };
  const view = render(<Composer {...props} />);
  return { ...props, ...view, rerender: (more: Partial<Props>) => view.rerender(<Composer {...props} {...more} />) };
}

const box = () => screen.getByRole('textbox', { name: 'Reply' }) as HTMLTextAreaElement;
const type = (text: string) => fireEvent.input(box(), { target: { value: text } });
const press = (key: string, init: Partial<KeyboardEventInit> & { keyCode?: number } = {}) => fireEvent.keyDown(box(), { key, ...init });
const noteToggle = () => screen.getByRole('checkbox', { name: 'Internal note' }) as HTMLInputElement;
const suggestions = () => screen.queryByRole('listbox', { name: 'Canned responses' });
const guard = () => screen.queryByRole('alertdialog', { name: 'Softer wording suggested' });

describe('Composer: replies', () => {
  it('sends the trimmed reply on Enter as a reply, not a note, and clears the box', () => {
    const { onSend } = renderComposer();
    type('  무엇을 도와드릴까요?  ');
    press('Enter');
    expect(onSend).toHaveBeenCalledWith('무엇을 도와드릴까요?', { internal: false });
    expect(box().value).toBe('');
  });

  it('never sends on Shift+Enter or while an input method is composing', () => {
    const { onSend } = renderComposer();
    type('안녕하세');
    press('Enter', { shiftKey: true });
    press('Enter', { isComposing: true });
    press('Enter', { keyCode: 229 });
    expect(onSend).not.toHaveBeenCalled();
    expect(box().value).toBe('안녕하세');
  });

  it('keeps the draft while replying is switched off and on again', () => {
    const { onSend, rerender } = renderComposer();
    type('draft in progress');
    rerender({ disabled: true, hint: 'Take this conversation to reply.' });
    expect(box().disabled).toBe(true);
    expect(screen.getByRole('button', { name: 'Send' })).toHaveProperty('disabled', true);
    press('Enter');
    rerender({ disabled: false, hint: null });
    expect(box().value).toBe('draft in progress');
    expect(onSend).not.toHaveBeenCalled();
  });

  it('limits a reply to 4000 characters', () => {
    renderComposer();
    expect(box().maxLength).toBe(4000);
  });
});

describe('Composer: canned responses', () => {
  it('lists the responses whose shortcut starts with the typed text, marking personal ones', () => {
    renderComposer();
    type('/GRE');
    const options = within(suggestions()!).getAllByRole('option');
    expect(options.map((option) => option.textContent)).toEqual([
      expect.stringContaining('/greet안녕하세요, 김민지 고객님.'),
      expect.stringContaining('/greet-enPersonal'),
    ]);
    expect(options[0]?.getAttribute('aria-selected')).toBe('true');
    expect(box().getAttribute('aria-activedescendant')).toBe(options[0]?.id);
    expect(box().getAttribute('aria-controls')).toBe(suggestions()?.id);
  });

  it('inserts the highlighted response, filled for this visitor, on Enter without sending', () => {
    const { onSend } = renderComposer();
    type('/gre');
    press('Enter');
    expect(box().value).toBe('안녕하세요, 김민지 고객님. 상담원 Mina입니다. 무엇을 도와드릴까요?');
    expect(onSend).not.toHaveBeenCalled();
    expect(suggestions()).toBeNull();
    expect(document.activeElement).toBe(box());
  });

  it('moves the highlight with the arrow keys, wrapping around, and inserts the chosen one', () => {
    const { onSend } = renderComposer();
    type('/gre');
    press('ArrowDown');
    const second = within(suggestions()!).getAllByRole('option')[1];
    expect(second?.getAttribute('aria-selected')).toBe('true');
    expect(box().getAttribute('aria-activedescendant')).toBe(second?.id);
    press('Enter');
    expect(box().value).toBe('Hello 김민지, this is Mina.');
    expect(onSend).not.toHaveBeenCalled();

    type('/gre');
    press('ArrowUp');
    press('Tab');
    expect(box().value).toBe('Hello 김민지, this is Mina.');
  });

  it('inserts a response when it is clicked', () => {
    renderComposer();
    type('/');
    fireEvent.click(screen.getByRole('option', { name: /^\/wait/ }));
    expect(box().value).toBe('확인해 보겠습니다. 잠시만 기다려 주시겠어요?');
  });

  it('fills the template in the conversation’s locale', () => {
    renderComposer({ locale: 'en', templateValues: { visitor: { name: null, email: null }, agent: { name: 'Mina' } } });
    type('/greet-');
    press('Enter');
    expect(box().value).toBe('Hello there, this is Mina.');
  });

  it('closes the list on Escape, after which Enter sends the draft as typed', () => {
    const { onSend } = renderComposer();
    type('/gre');
    press('Escape');
    expect(suggestions()).toBeNull();
    press('Enter');
    expect(onSend).toHaveBeenCalledWith('/gre', { internal: false });
  });

  it('shows nothing when no shortcut matches, so a message starting with a slash can be sent', () => {
    const { onSend } = renderComposer();
    type('/shrug');
    expect(suggestions()).toBeNull();
    press('Enter');
    expect(onSend).toHaveBeenCalledWith('/shrug', { internal: false });
  });

  it('stops suggesting once the draft goes past the shortcut', () => {
    renderComposer();
    type('/greet please');
    expect(suggestions()).toBeNull();
  });
});

describe('Composer: polite-register guard', () => {
  it('holds back a curt reply and suggests a softer wording, with focus in the question', () => {
    const { onSend } = renderComposer();
    type('없어요.');
    press('Enter');
    expect(onSend).not.toHaveBeenCalled();
    const dialog = guard()!;
    expect(within(dialog).getByText(SOFTER_NONE)).toBeTruthy();
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Use suggestion' }));
    expect(box().value).toBe('없어요.');
  });

  it('sends the reply as written on "Send anyway"', () => {
    const { onSend } = renderComposer();
    type(' 없어요. ');
    fireEvent.click(screen.getByRole('button', { name: 'Send' }));
    fireEvent.click(screen.getByRole('button', { name: 'Send anyway' }));
    expect(onSend).toHaveBeenCalledWith('없어요.', { internal: false });
    expect(guard()).toBeNull();
    expect(box().value).toBe('');
    expect(document.activeElement).toBe(box());
  });

  it('puts the suggestion in the box for editing on "Use suggestion", without sending', () => {
    const { onSend } = renderComposer();
    type('없어요');
    press('Enter');
    fireEvent.click(screen.getByRole('button', { name: 'Use suggestion' }));
    expect(box().value).toBe(SOFTER_NONE);
    expect(onSend).not.toHaveBeenCalled();
    expect(guard()).toBeNull();
    expect(document.activeElement).toBe(box());
    press('Enter');
    expect(onSend).toHaveBeenCalledWith(SOFTER_NONE, { internal: false });
  });

  it('goes back to the draft on "Edit" or Escape', () => {
    const { onSend } = renderComposer();
    type('몰라요');
    press('Enter');
    fireEvent.click(screen.getByRole('button', { name: 'Edit' }));
    expect(guard()).toBeNull();
    expect(box().value).toBe('몰라요');
    expect(document.activeElement).toBe(box());

    press('Enter');
    fireEvent.keyDown(screen.getByRole('button', { name: 'Use suggestion' }), { key: 'Escape' });
    expect(guard()).toBeNull();
    expect(document.activeElement).toBe(box());
    expect(onSend).not.toHaveBeenCalled();
  });

  it('lets ordinary replies through, and asks nothing without configured phrases', () => {
    const { onSend, unmount } = renderComposer();
    type('재고가 없어요. 다음 주에 입고됩니다.');
    press('Enter');
    expect(onSend).toHaveBeenCalledTimes(1);
    unmount();
    const second = renderComposer({ politeGuardPhrases: undefined });
    type('없어요');
    press('Enter');
    expect(second.onSend).toHaveBeenCalledWith('없어요', { internal: false });
  });
});

describe('Composer: internal notes', () => {
  it('sends an internal note from note mode, marked for agents only, without the guard', () => {
    const { onSend } = renderComposer();
    fireEvent.click(noteToggle());
    expect(box().placeholder).toBe('Only agents see this');
    expect(box().closest('form')?.className).toContain('composer-note');
    type('없어요');
    fireEvent.click(screen.getByRole('button', { name: 'Add note' }));
    expect(guard()).toBeNull();
    expect(onSend).toHaveBeenCalledWith('없어요', { internal: true });
  });

  it('lets an agent note on a conversation they cannot reply to, and says so', () => {
    const { onSend } = renderComposer({ disabled: true, notesAllowed: true, hint: 'Assigned to Jisoo' });
    expect(box().disabled).toBe(false);
    expect(noteToggle().checked).toBe(true);
    expect(noteToggle().disabled).toBe(true);
    expect(screen.queryByRole('button', { name: 'Send' })).toBeNull();
    expect(box().getAttribute('aria-describedby')?.split(' ')).toHaveLength(2);
    expect(screen.getByText(/Only an internal note can be written here/)).toBeTruthy();
    expect(screen.getByText('Assigned to Jisoo')).toBeTruthy();
    type('Customer called about this too.');
    press('Enter');
    expect(onSend).toHaveBeenCalledWith('Customer called about this too.', { internal: true });
  });

  it('writes nothing at all when replies are off and notes are not allowed', () => {
    renderComposer({ disabled: true });
    expect(box().disabled).toBe(true);
    expect(noteToggle().disabled).toBe(true);
  });

  it('keeps a note begun while replies were off as a note when the agent takes the conversation', () => {
    const { onSend, rerender } = renderComposer({ disabled: true, notesAllowed: true });
    type('VIP customer');
    rerender({ disabled: false, notesAllowed: true });
    expect(noteToggle().checked).toBe(true);
    expect(noteToggle().disabled).toBe(false);
    press('Enter');
    expect(onSend).toHaveBeenCalledWith('VIP customer', { internal: true });
  });
});

describe('Composer: typing signal', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  const calls = (onTyping: Props['onTyping']) => (onTyping as ReturnType<typeof vi.fn>).mock.calls.map(([typing]) => typing);

  it('says "typing" at most every 2 seconds and "stopped" after 3 seconds without input', () => {
    const { onTyping } = renderComposer();
    type('a');
    vi.advanceTimersByTime(1000);
    type('an');
    expect(calls(onTyping)).toEqual([true]);
    vi.advanceTimersByTime(1000);
    type('ann');
    expect(calls(onTyping)).toEqual([true, true]);
    vi.advanceTimersByTime(2999);
    expect(calls(onTyping)).toEqual([true, true]);
    vi.advanceTimersByTime(1);
    expect(calls(onTyping)).toEqual([true, true, false]);
  });

  it('says "stopped" on send and when the draft is emptied', () => {
    const { onTyping } = renderComposer();
    type('hello');
    press('Enter');
    expect(calls(onTyping)).toEqual([true, false]);
    type('again');
    type('');
    expect(calls(onTyping)).toEqual([true, false, true, false]);
    vi.advanceTimersByTime(5000);
    expect(calls(onTyping)).toHaveLength(4);
  });

  it('says "stopped" on unmount and leaves no timer behind', () => {
    const { onTyping, unmount } = renderComposer();
    type('hello');
    unmount();
    expect(calls(onTyping)).toEqual([true, false]);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('says "stopped" at once when replying is switched off mid-sentence', () => {
    const { onTyping, rerender } = renderComposer();
    type('hel');
    rerender({ disabled: true, hint: 'This conversation is closed.' });
    expect(calls(onTyping)).toEqual([true, false]);
  });

  it('tells the visitor nothing while the agent writes a note', () => {
    const { onTyping } = renderComposer();
    type('hel');
    fireEvent.click(noteToggle());
    expect(calls(onTyping)).toEqual([true, false]);
    type('hello, internal');
    vi.advanceTimersByTime(5000);
    expect(calls(onTyping)).toEqual([true, false]);
  });
});
