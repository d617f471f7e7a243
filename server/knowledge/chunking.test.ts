import { CHUNK_CHARS, WINDOW_CHARS, chunkArticle, snippetOf } from './chunking';

describe('chunkArticle', () => {
  it('keeps paragraphs apart when they are long enough, and searches each by its sentences with the title in front', () => {
    const first = '울 니트는 찬물에 중성세제로 손세탁해 주세요. 비틀어 짜지 마시고 수건으로 눌러 물기를 빼 주세요. '.repeat(3).trim();
    const second = '건조기는 사용하지 마시고 평평하게 눕혀 그늘에서 말려 주세요. '.repeat(5).trim();
    const chunks = chunkArticle({ title: '니트 세탁 방법', body: `${first}\n\n${second}` });
    expect(chunks.map((chunk) => chunk.text)).toEqual([first, second]);
    expect(chunks[0]!.searchTexts[0]).toBe('니트 세탁 방법');
    expect(chunks[0]!.searchTexts[1]).toBe('니트 세탁 방법 울 니트는 찬물에 중성세제로 손세탁해 주세요.');
    expect(chunks[1]!.searchTexts.every((text) => text.startsWith('니트 세탁 방법 건조기는'))).toBe(true);
    expect(chunks[1]!.searchTexts).toHaveLength(5);
  });

  it('merges short neighbouring paragraphs into one passage', () => {
    const chunks = chunkArticle({ title: 'Gift cards', body: 'They never expire.\n\nRedeem them at checkout.\r\n\r\nNot for cash.' });
    expect(chunks).toHaveLength(1);
    expect(chunks[0]!.text).toBe('They never expire. Redeem them at checkout. Not for cash.');
  });

  it('cuts a long paragraph at sentence ends, and an endless sentence at a space, so no passage or sentence outgrows its limit', () => {
    const sentence = 'Pickup orders wait at the store for seven days after the ready message. ';
    const longWords = Array.from({ length: 200 }, (_, i) => `word${i}`).join(' ');
    const chunks = chunkArticle({ title: 'Pickup', body: `${sentence.repeat(20)}\n\n${longWords}` });
    expect(chunks.length).toBeGreaterThan(3);
    for (const chunk of chunks) {
      expect(chunk.text.length).toBeLessThanOrEqual(CHUNK_CHARS);
      for (const text of chunk.searchTexts) expect(text.length).toBeLessThanOrEqual('Pickup '.length + WINDOW_CHARS);
    }
    expect(chunks.map((chunk) => chunk.text).join(' ')).toBe(`${sentence.repeat(20).trim()} ${longWords}`);
  });

  it('hard-cuts unspaced text and searches an article with no body by its title', () => {
    const chunks = chunkArticle({ title: '제목', body: '가'.repeat(1200) });
    expect(chunks.map((chunk) => chunk.text.length)).toEqual([500, 500, 200]);
    expect(chunkArticle({ title: 'Only a title', body: '  \n\n ' })).toEqual([{ text: 'Only a title', searchTexts: ['Only a title'] }]);
  });
});

describe('snippetOf', () => {
  it('leaves short text alone and shortens long text at a word boundary with an ellipsis', () => {
    expect(snippetOf('short')).toBe('short');
    const long = 'Redeem a gift card at checkout by entering its sixteen digit code printed on the back of the card. '.repeat(3);
    const snippet = snippetOf(long, 60);
    expect(snippet.endsWith('…')).toBe(true);
    expect(snippet.length).toBeLessThanOrEqual(61);
    expect(long.startsWith(snippet.slice(0, -1))).toBe(true);
    expect(snippet.at(-2)).not.toBe(' ');
  });
});
