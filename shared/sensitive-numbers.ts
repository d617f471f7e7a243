/**
 * Sensitive numbers a visitor may type into a chat: Korean resident registration numbers
 * (주민등록번호), payment card numbers, Korean bank account numbers and phone numbers.
 * Pure and dependency-free: the server masks what agents receive with it, and the widget
 * uses it to remind the visitor not to send such numbers.
 *
 * Ordinary messages are full of numbers (order and tracking numbers, prices, dates), so
 * a bare run of digits counts only when its shape is distinctive (hyphenated RRN, a card
 * number that passes Luhn with a real issuer prefix, a Korean phone number, a hyphenated
 * bank-account layout) or when the words just before it say what it is ("계좌", "card").
 * Words like "주문번호" or "tracking" just before a number make it a reference, not a secret.
 *
 * @example
 * maskSensitiveNumbers('카드 4111-1111-1111-1111 입니다') // '카드 ****-****-****-1111 입니다'
 */

export type SensitiveKind = 'rrn' | 'card' | 'account' | 'phone';

/** Where a sensitive number sits in the text: `end` is exclusive. */
export interface SensitiveSpan {
  kind: SensitiveKind;
  start: number;
  end: number;
}

type Context = SensitiveKind | 'reference' | null;

// The nearest of these words before a number says what it is: the group that matched is the kind.
const CONTEXT = /(주민|등록번호|resident|rrn|ssn)|(카드|card|visa|master)|(계좌|입금|송금|은행|뱅크|account|bank)|(주문|운송장|송장|택배|배송|접수|예약|상품|모델|쿠폰|order|tracking|invoice|\bref\b|#)/g;
const CONTEXT_KINDS: Context[] = ['rrn', 'card', 'account', 'reference'];

function contextBefore(text: string, start: number): Context {
  let nearest: Context = null;
  for (const match of text.slice(Math.max(0, start - 24), start).toLowerCase().matchAll(CONTEXT)) nearest = CONTEXT_KINDS[match.slice(1).findIndex(Boolean)]!;
  return nearest;
}

const luhn = (digits: string) => {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return sum % 10 === 0;
};

/** Issuer prefixes, each after the lengths its card numbers have ("16:4…" is a 16-digit Visa). */
const CARD_ISSUERS = /^(?:1[369]:4|15:3[47]|14:3(?:0[0-5]|[68])|16:(?:35(?:2[89]|[3-8])|5[1-5]|2(?:2[2-9][1-9]|2[3-9]|[3-6]|7[01]|720)|6011|64[4-9]|65|9)|1[6-9]:62)/;

function isCard(digits: string, shape: string, context: Context) {
  // One block, or blocks of four (Amex and Diners: 4-6-5, 4-6-4).
  const grouped = /^\d+$|^(?:4-)+[1-4]$|^4-6-[45]$/.test(shape);
  return context !== 'reference' && grouped && CARD_ISSUERS.test(`${digits.length}:${digits}`) && luhn(digits);
}

function isRrn(digits: string, shape: string, context: Context) {
  if (digits.length !== 13) return false;
  const [yy, mm, dd, g] = [+digits.slice(0, 2), +digits.slice(2, 4), +digits.slice(4, 6), +digits[6]!];
  if (g < 1 || g > 8) return false;
  const year = (g <= 2 || g === 5 || g === 6 ? 1900 : 2000) + yy;
  const date = new Date(Date.UTC(year, mm - 1, dd));
  if (date.getUTCMonth() !== mm - 1 || date.getUTCDate() !== dd) return false;
  if (shape === '6-7') return true;
  // Thirteen bare digits are as often an order number: they need the check digit (numbers
  // issued before October 2020 carry one) or a word that says what they are.
  if (shape !== '13' || context === 'reference') return false;
  const weights = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5];
  const sum = weights.reduce((total, weight, i) => total + weight * +digits[i]!, 0);
  return context === 'rrn' || (11 - (sum % 11)) % 10 === +digits[12]!;
}

function isPhone(groups: string[], digits: string, shape: string) {
  // +82 10 1234 5678, +82-2-123-4567: the national number without its leading 0.
  if (groups[0] === '+82') return groups.length > 2 && /^(?:1[016789]\d{7,8}|2\d{7,8}|[3-6][1-5]\d{7,8}|70\d{8})$/.test(digits.slice(2));
  // Mobiles bare or grouped; landlines only in groups (bare, they look like any other number).
  return !groups[0]!.startsWith('+') && /^(?:1[01]:01[016789]|3-[34]-4:0(?:1[016789]|[3-6][1-5]|70)|2-[34]-4:02)/.test(`${shape}:${digits}`);
}

/** Layouts Korean banks print account numbers in (KB 6-2-6, 신한 3-3-6, 하나 3-6-5, 우리 4-3-6, 농협 3-4-4-2, …). */
// Not 3-2-5: that is a business registration number (사업자등록번호), printed on every receipt.
const ACCOUNT_LAYOUTS = new Set(['3-2-6', '3-3-6', '3-6-5', '6-2-6', '4-3-6', '3-4-4-2', '3-6-2-3', '4-2-7', '3-2-4-3']);

function isAccount(digits: string, shape: string, context: Context) {
  if (context === 'reference' || digits.length < 10 || digits.length > 14) return false;
  if (context === 'account') return true;
  return ACCOUNT_LAYOUTS.has(shape);
}

function classify(text: string, groups: string[], start: number, end: number): SensitiveKind | null {
  const digits = groups.join('').replace('+', '');
  const shape = groups.map((group) => group.replace('+', '').length).join('-');
  const around = `${text[start - 1] ?? ''}${text[end] ?? ''}`;
  // Part of a word or code (A1234…, 1234kg): never a number on its own.
  if (/[A-Za-z_]/.test(around)) return null;
  const context = contextBefore(text, start);
  if (isRrn(digits, shape, context)) return 'rrn';
  if (isCard(digits, shape, context)) return 'card';
  if (isPhone(groups, digits, shape)) return 'phone';
  if (isAccount(digits, shape, context)) return 'account';
  return null;
}

// Digit groups joined by one space, dot or hyphen (a hyphen may have spaces around it).
const RUN = /\+?\d+(?:(?: ?- ?|[ .])\d+)*/g;
const GROUP = /\+?\d+/g;

export function findSensitiveNumbers(text: string): SensitiveSpan[] {
  const spans: SensitiveSpan[] = [];
  for (const run of text.matchAll(RUN)) {
    const groups = [...run[0].matchAll(GROUP)].map((group) => ({ text: group[0], start: run.index + group.index, end: run.index + group.index + group[0].length }));
    // A window may stop only where groups are joined by a plain space: a card number
    // followed by an amount is found, but no slice of a hyphenated code (an ISBN) is.
    const cuttable = (at: number) => at <= 0 || at >= groups.length || text.slice(groups[at - 1]!.end, groups[at]!.start) === ' ';
    // The longest sensitive window of whole groups, from the left.
    for (let i = 0; i < groups.length; ) {
      let found = 0;
      for (let j = Math.min(groups.length, i + 8) - 1; j >= i && !found; j--) {
        if (!cuttable(i) || !cuttable(j + 1)) continue;
        const kind = classify(text, groups.slice(i, j + 1).map((group) => group.text), groups[i]!.start, groups[j]!.end);
        if (kind) {
          spans.push({ kind, start: groups[i]!.start, end: groups[j]!.end });
          found = j + 1 - i;
        }
      }
      i += found || 1;
    }
  }
  return spans;
}

export const containsSensitiveNumber = (text: string) => findSensitiveNumbers(text).length > 0;

/** Digits kept visible per kind: [leading, trailing]. A phone keeps its prefix group. */
function keep(kind: SensitiveKind, number: string): [number, number] {
  if (kind === 'rrn') return [7, 0];
  if (kind === 'phone') return [/^\+/.test(number) ? 2 : /^\d+$/.test(number) ? 3 : (/^\d+/.exec(number)?.[0].length ?? 0), 4];
  return [0, 4];
}

/** The text with every sensitive number's digits starred, except the few that let a person tell them apart. */
export function maskSensitiveNumbers(text: string, spans: SensitiveSpan[] = findSensitiveNumbers(text)): string {
  let out = '';
  let at = 0;
  for (const span of spans) {
    const number = text.slice(span.start, span.end);
    const total = number.replace(/\D/g, '').length;
    const [lead, trail] = keep(span.kind, number);
    let seen = 0;
    out += text.slice(at, span.start) + number.replace(/\d/g, (digit) => (seen++ < lead || seen > total - trail ? digit : '*'));
    at = span.end;
  }
  return out + text.slice(at);
}
