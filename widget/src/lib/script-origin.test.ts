import { widgetOrigin } from './script-origin';

function addScript(src: string) {
  const script = document.createElement('script');
  script.src = src;
  document.head.append(script);
  return script;
}

afterEach(() => {
  document.head.innerHTML = '';
});

describe('widgetOrigin', () => {
  it('is the origin of the script that is running', () => {
    const own = addScript('https://chat.example.com/widget.js');
    addScript('https://cdn.other.example/widget.js');
    expect(widgetOrigin(own, document)).toBe('https://chat.example.com');
  });

  it('falls back to the last widget.js script on the page', () => {
    addScript('https://old.example.com/widget.js');
    addScript('https://chat.example.com:8443/widget.js?v=2');
    addScript('https://cdn.example.com/analytics.js');
    expect(widgetOrigin(null, document)).toBe('https://chat.example.com:8443');
  });

  it('falls back to the page itself when no script says where Parley is', () => {
    expect(widgetOrigin(null, document)).toBe(window.location.origin);
  });
});
