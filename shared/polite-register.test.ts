import { checkPoliteRegister } from './polite-register';
import { DEFAULT_POLITE_GUARD_PHRASES } from './settings';

describe('polite-register guard', () => {
  it.each(['없어요', '없어요.', '안 돼요!', '안돼요', '몰라요…', '뭐라고요?', '뭐라고요'])('flags the curt whole answer "%s" and suggests a softer one', (reply) => {
    const check = checkPoliteRegister(reply, DEFAULT_POLITE_GUARD_PHRASES);
    expect(check.curt).toBe(true);
    expect(check.suggestion).toMatch(/죄송하지만|확인 후/);
  });

  it.each(['죄송하지만 그 상품은 지금 없어요. 입고되면 알려 드릴게요.', '몰라요 라고 하셨는데 다시 확인해 드릴게요', '네, 가능합니다.', ''])('lets "%s" through', (reply) => {
    expect(checkPoliteRegister(reply, DEFAULT_POLITE_GUARD_PHRASES).curt).toBe(false);
  });

  it('uses the site’s own phrase list', () => {
    expect(checkPoliteRegister('nope', ['nope'])).toMatchObject({ curt: true, phrase: 'nope' });
    expect(checkPoliteRegister('없어요', ['nope']).curt).toBe(false);
  });
});
