/**
 * The only reports module the inbox's main bundle holds: it fetches the Reports screen
 * (its code and words) with a dynamic import the first time a supervisor opens it, so the
 * agents' bundle does not grow.
 */
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useStrings } from '../i18n';
import type { FetchLike } from '../lib/api';
import type { ReportsScreenProps } from './ReportsScreen';

export function LazyReports({ fetchFn, token, onClose }: { fetchFn: FetchLike; token: string; onClose: () => void }) {
  const strings = useStrings();
  const [loaded, setLoaded] = useState<{ Screen: ComponentType<ReportsScreenProps>; api: ReportsScreenProps['api'] } | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let alive = true;
    Promise.all([import('./ReportsScreen'), import('./reports-api')]).then(
      ([screen, api]) => alive && setLoaded({ Screen: screen.ReportsScreen, api: api.createReportsApi(fetchFn, token) }),
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
