/**
 * The only audit-screen module the inbox's main bundle holds: the screen (its code and
 * words) arrives by dynamic import the first time an admin opens it.
 */
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useStrings } from '../i18n';
import type { FetchLike } from '../lib/api';
import type { AuditScreenProps } from './AuditScreen';

export function LazyAudit({ fetchFn, token, onClose }: { fetchFn: FetchLike; token: string; onClose: () => void }) {
  const strings = useStrings();
  const [loaded, setLoaded] = useState<{ Screen: ComponentType<AuditScreenProps>; api: AuditScreenProps['api'] } | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let alive = true;
    Promise.all([import('./AuditScreen'), import('./audit-api')]).then(
      ([screen, api]) => alive && setLoaded({ Screen: screen.AuditScreen, api: api.createAuditApi(fetchFn, token) }),
      () => alive && setFailed(true),
    );
    return () => {
      alive = false;
    };
  }, [fetchFn, token]);
  if (failed) return <p role="alert">{strings.connection.offline}</p>;
  if (!loaded) return <p class="loading">{strings.loading}</p>;
  return <loaded.Screen api={loaded.api} onClose={onClose} />;
}
