/**
 * The site's identity-verification secret: hidden until an admin asks for it, with how the
 * website's own server uses it. The server only reads the secret; it offers no rotation yet.
 */
import { useState } from 'preact/hooks';
import { useStrings } from '../i18n';
import { failureText } from './failure-text';
import type { IdentityApi } from './identity-api';

const texts = {
  en: {
    title: 'Identity verification',
    hint: 'For signed-in users of your website: your server computes the hex HMAC-SHA256 of the user’s id with this secret and the page calls Parley(\'identify\', { id, hash }). Keep the secret on your server; never put it in page code.',
    none: 'This site has no identity secret.',
    show: 'Show identity secret',
    hide: 'Hide identity secret',
    secret: 'Identity secret',
    example: 'Signing example for Node.js',
  },
  ko: {
    title: '본인 확인',
    hint: '웹사이트에 로그인한 사용자용입니다. 웹사이트 서버에서 이 비밀 키로 사용자 id의 HMAC-SHA256(16진수)을 계산하고, 페이지에서 Parley(\'identify\', { id, hash })를 호출합니다. 비밀 키는 서버에만 두고 페이지 코드에는 절대 넣지 마세요.',
    none: '이 사이트에는 본인 확인 비밀 키가 없습니다.',
    show: '본인 확인 비밀 키 보기',
    hide: '본인 확인 비밀 키 숨기기',
    secret: '본인 확인 비밀 키',
    example: 'Node.js 서명 예시',
  },
};

export function IdentitySecretPanel({ api }: { api: IdentityApi }) {
  const strings = useStrings();
  const text = texts[strings.locale];
  const [secret, setSecret] = useState<string | null | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);

  const show = async () => {
    setError(null);
    try {
      setSecret(await api.secret());
    } catch (failure) {
      setError(failureText(strings, failure));
    }
  };

  return (
    <section aria-labelledby="identity-secret-title" class="admin-panel">
      <h3 id="identity-secret-title">{text.title}</h3>
      <p class="field-hint">{text.hint}</p>
      {error && <p role="alert">{error}</p>}
      {secret === undefined ? (
        <button type="button" onClick={() => void show()}>{text.show}</button>
      ) : (
        <>
          {secret === null ? (
            <p>{text.none}</p>
          ) : (
            <>
              <label>
                {text.secret}
                <input type="text" readOnly spellcheck={false} value={secret} onFocus={(event) => event.currentTarget.select()} />
              </label>
              <label>
                {text.example}
                <textarea readOnly rows={2} value={`crypto.createHmac('sha256', process.env.PARLEY_IDENTITY_SECRET).update(user.id).digest('hex')`} />
              </label>
            </>
          )}
          <button type="button" onClick={() => setSecret(undefined)}>{text.hide}</button>
        </>
      )}
    </section>
  );
}
