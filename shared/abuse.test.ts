import { detectAbuse, politeClosing } from './abuse';

describe('detecting abuse aimed at an agent', () => {
  it('catches Korean and English profanity, spaced out or shouted', () => {
    for (const text of ['이 개새끼야', '씨 발 진짜', 'ㅅㅂ 뭐하냐', 'You are an IDIOT', 'F U C K this']) expect(detectAbuse(text).abusive, text).toBe(true);
  });

  it('marks threats as threats', () => {
    expect(detectAbuse('찾아간다 진짜')).toEqual({ abusive: true, threat: true });
    expect(detectAbuse("I'll find you")).toEqual({ abusive: true, threat: true });
  });

  it('leaves an unhappy but civil customer alone', () => {
    for (const text of ['배송이 너무 늦어서 최악이에요', '정말 짜증나네요', 'This is terrible service', '환불해 주세요']) expect(detectAbuse(text).abusive, text).toBe(false);
  });

  it('has a polite closing in both languages', () => {
    expect(politeClosing.ko).toContain('고객님');
    expect(politeClosing.en.length).toBeGreaterThan(20);
  });
});

describe('a site’s own lists', () => {
  it('catches the site’s extra words and leaves its allowed words alone', () => {
    expect(detectAbuse('당신 진짜 멍청이네요').abusive).toBe(false);
    expect(detectAbuse('당신 진짜 멍청 이네요', { extraWords: ['멍청이'] }).abusive).toBe(true);
    expect(detectAbuse('시발점이 어디예요?').abusive).toBe(true);
    expect(detectAbuse('시발점이 어디예요?', { allowedWords: ['시발점'] }).abusive).toBe(false);
    // Cutting the allowed word out does not join its neighbours into a listed word.
    expect(detectAbuse('씨시발점발', { allowedWords: ['시발점'] }).abusive).toBe(false);
    expect(detectAbuse('시발점 씨발', { allowedWords: ['시발점'] }).abusive).toBe(true);
  });

  it('ignores a listed word that is only punctuation, which would match everything', () => {
    expect(detectAbuse('안녕하세요', { extraWords: ['!!!', ' '] }).abusive).toBe(false);
  });
});
