import { linkify } from './linkify';

const links = (text: string) => linkify(text).filter((part) => part.href).map((part) => [part.text, part.href]);

describe('linkify', () => {
  it('splits text into plain parts and links, losing nothing', () => {
    const text = 'Track it at https://shop.example.com/track?id=7 or call us.';
    const parts = linkify(text);
    expect(parts.map((part) => part.text).join('')).toBe(text);
    expect(links(text)).toEqual([['https://shop.example.com/track?id=7', 'https://shop.example.com/track?id=7']]);
  });

  it('leaves sentence punctuation out of the link, but keeps a parenthesis the URL opened', () => {
    expect(links('See https://example.com/a.')).toEqual([['https://example.com/a', 'https://example.com/a']]);
    expect(links('(see https://example.com/b)')).toEqual([['https://example.com/b', 'https://example.com/b']]);
    expect(links('https://en.wikipedia.org/wiki/Seoul_(city)')).toEqual([['https://en.wikipedia.org/wiki/Seoul_(city)', 'https://en.wikipedia.org/wiki/Seoul_(city)']]);
  });

  it('links www. addresses over https and email addresses with mailto', () => {
    expect(links('www.example.com/help')).toEqual([['www.example.com/help', 'https://www.example.com/help']]);
    expect(links('write to help@example.com!')).toEqual([['help@example.com', 'mailto:help@example.com']]);
    expect(links('mailto:help@example.com')).toEqual([['mailto:help@example.com', 'mailto:help@example.com']]);
  });

  it('never links other schemes', () => {
    expect(links('javascript:alert(1) data:text/html,<b>x</b> file:///etc/passwd')).toEqual([]);
  });

  it('handles Korean text around links', () => {
    expect(links('자세한 내용은 https://example.kr/안내 를 확인해 주세요')).toEqual([['https://example.kr/안내', 'https://example.kr/%EC%95%88%EB%82%B4']]);
  });
});
