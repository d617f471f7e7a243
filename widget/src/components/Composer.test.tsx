import { fireEvent, render, screen } from '@testing-library/preact';
import { strings } from '../i18n';
import { Composer } from './Composer';

function renderComposer() {
  const onSend = vi.fn();
  const onTyping = vi.fn();
  render(<Composer t={strings.en} onSend={onSend} onTyping={onTyping} />);
  const box = screen.getByRole('textbox', { name: 'Message' }) as HTMLTextAreaElement;
  const type = (value: string) => fireEvent.input(box, { target: { value } });
  return { onSend, onTyping, box, type };
}

describe('Composer', () => {
  it('sends on Enter and clears the box', () => {
    const { onSend, box, type } = renderComposer();
    type('Where is my order?');
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(onSend).toHaveBeenCalledWith('Where is my order?');
    expect(box.value).toBe('');
  });

  it('sends with the Send button', () => {
    const { onSend, type } = renderComposer();
    type('  hello  ');
    fireEvent.click(screen.getByRole('button', { name: 'Send' }));
    expect(onSend).toHaveBeenCalledWith('hello');
  });

  it('starts a new line on Shift+Enter instead of sending', () => {
    const { onSend, box, type } = renderComposer();
    type('first line');
    const event = fireEvent.keyDown(box, { key: 'Enter', shiftKey: true });
    expect(event).toBe(true);
    expect(onSend).not.toHaveBeenCalled();
  });

  it('does not send while an IME is still composing (Korean input)', () => {
    const { onSend, box, type } = renderComposer();
    type('안녕');
    fireEvent.keyDown(box, { key: 'Enter', isComposing: true });
    fireEvent.keyDown(box, { key: 'Enter', keyCode: 229 });
    expect(onSend).not.toHaveBeenCalled();
  });

  it('never sends empty or blank text', () => {
    const { onSend, box, type } = renderComposer();
    fireEvent.click(screen.getByRole('button', { name: 'Send' }));
    type('   \n ');
    fireEvent.keyDown(box, { key: 'Enter' });
    fireEvent.click(screen.getByRole('button', { name: 'Send' }));
    expect(onSend).not.toHaveBeenCalled();
  });

  it('tells the agent the visitor is typing, and that they stopped once the message is sent', () => {
    const { onTyping, box, type } = renderComposer();
    type('Hel');
    type('Hello');
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(onTyping.mock.calls).toEqual([[true], [false]]);
  });

  it('inserts a native emoji where the cursor is, from a keyboard-reachable picker', () => {
    const { box, type } = renderComposer();
    type('Thanks ');
    box.setSelectionRange(7, 7);
    fireEvent.click(screen.getByRole('button', { name: 'Insert emoji' }));
    const picker = screen.getByRole('group', { name: 'Insert emoji' });
    expect(document.activeElement?.parentElement).toBe(picker);
    fireEvent.click(screen.getByRole('button', { name: '🙏' }));
    expect(box.value).toBe('Thanks 🙏');
    expect(screen.queryByRole('group', { name: 'Insert emoji' })).toBeNull();
    expect(document.activeElement).toBe(box);
  });

  it('closes the emoji picker on Escape without closing the chat', () => {
    const onKeyDown = vi.fn();
    document.addEventListener('keydown', onKeyDown);
    renderComposer();
    fireEvent.click(screen.getByRole('button', { name: 'Insert emoji' }));
    fireEvent.keyDown(screen.getByRole('button', { name: '😀' }), { key: 'Escape' });
    expect(screen.queryByRole('group', { name: 'Insert emoji' })).toBeNull();
    expect(onKeyDown).not.toHaveBeenCalled();
    document.removeEventListener('keydown', onKeyDown);
  });
});
