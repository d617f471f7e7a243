import { act, fireEvent, render, screen } from '@testing-library/preact';
import { strings } from '../i18n';
import { createPanelModel } from '../lib/panel-model';
import { fakeChat } from '../testing/fixtures';
import { Widget } from './Widget';

function renderWidget(locale: 'en' | 'ko' = 'en') {
  const panel = createPanelModel();
  const chat = fakeChat();
  render(<Widget chat={chat} panel={panel} t={strings[locale]} locale={locale} />);
  return { panel, chat };
}

describe('Widget', () => {
  it('opens the panel from the launcher and puts focus in the message box', () => {
    renderWidget();
    fireEvent.click(screen.getByRole('button', { name: 'Open chat' }));
    const box = screen.getByRole('textbox', { name: 'Message' });
    expect(document.activeElement).toBe(box);
    expect(screen.getByRole('log', { name: 'Conversation' }).getAttribute('aria-live')).toBe('polite');
    expect(screen.queryByRole('button', { name: 'Open chat' })).toBeNull();
  });

  it('closes on Escape and gives focus back to the launcher', () => {
    renderWidget();
    fireEvent.click(screen.getByRole('button', { name: 'Open chat' }));
    fireEvent.keyDown(screen.getByRole('textbox', { name: 'Message' }), { key: 'Escape' });
    expect(screen.queryByRole('textbox', { name: 'Message' })).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Open chat' }));
  });

  it('closes from the close button and gives focus back to the launcher', () => {
    renderWidget();
    fireEvent.click(screen.getByRole('button', { name: 'Open chat' }));
    fireEvent.click(screen.getByRole('button', { name: 'Close chat' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Open chat' }));
  });

  it("gives focus back to the launcher when the host page calls Parley('close') while the visitor types", () => {
    const { panel } = renderWidget();
    fireEvent.click(screen.getByRole('button', { name: 'Open chat' }));
    act(() => panel.close());
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Open chat' }));
  });

  it('keeps an unsent draft when the panel is closed and opened again', () => {
    renderWidget();
    fireEvent.click(screen.getByRole('button', { name: 'Open chat' }));
    fireEvent.input(screen.getByRole('textbox', { name: 'Message' }), { target: { value: 'half a thought' } });
    fireEvent.click(screen.getByRole('button', { name: 'Close chat' }));
    fireEvent.click(screen.getByRole('button', { name: 'Open chat' }));
    expect(screen.getByRole('textbox', { name: 'Message' })).toHaveProperty('value', 'half a thought');
  });

  it('shows an unread count on the launcher without changing its name', () => {
    const { panel } = renderWidget();
    act(() => panel.noteArrivals(2));
    const launcher = screen.getByRole('button', { name: 'Open chat' });
    expect(launcher.textContent).toContain('2');
    expect(launcher.getAttribute('aria-describedby')).toBeTruthy();
    expect(screen.getByText('2 unread messages')).toBeTruthy();
    fireEvent.click(launcher);
    fireEvent.click(screen.getByRole('button', { name: 'Close chat' }));
    expect(screen.getByRole('button', { name: 'Open chat' }).textContent).not.toContain('2');
  });

  it('speaks Korean when the locale is ko', () => {
    renderWidget('ko');
    fireEvent.click(screen.getByRole('button', { name: '채팅 열기' }));
    expect(screen.getByRole('textbox', { name: '메시지' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '보내기' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '상담원 연결' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '채팅 닫기' })).toBeTruthy();
    expect(screen.getByRole('log', { name: '대화' })).toBeTruthy();
  });
});
