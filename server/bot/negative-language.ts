/**
 * A deliberately simple detector for abusive or strongly negative messages, which
 * make the bot step aside for a human. It matches whole-message substrings from a
 * short Korean and English list after removing spaces, plus shouting ("!!!", ALL CAPS).
 * Documented in the README; sites extend the list through configuration later.
 */
const PHRASES = [
  // Korean: profanity and strong frustration
  '씨발', '시발', 'ㅅㅂ', '개새', '병신', 'ㅂㅅ', '미친', '꺼져', '짜증나', '짜증 나', '최악', '화나', '열받', '사기꾼', '장난하냐', '장난해',
  // English
  'fuck', 'shit', 'idiot', 'stupid', 'useless', 'terrible', 'worst', 'scam', 'ridiculous', 'angry', 'furious', 'hate you', 'wtf',
];

const normalised = PHRASES.map((phrase) => phrase.toLowerCase().replace(/\s+/g, ''));

export function isNegativeOrAbusive(text: string): boolean {
  const compact = text.toLowerCase().replace(/\s+/g, '');
  if (normalised.some((phrase) => compact.includes(phrase))) return true;
  if (/[!?]{3,}/.test(text)) return true;
  const letters = text.replace(/[^A-Za-z]/g, '');
  return letters.length >= 8 && letters === letters.toUpperCase();
}
