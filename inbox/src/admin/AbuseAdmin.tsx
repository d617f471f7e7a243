/** Agent protection for supervisors and admins: blocked visitors to lift, and (admins) the site's words and limits. */
import { useStrings } from '../i18n';
import type { AbuseApi } from './AbuseApi';
import { AbuseBlocks } from './AbuseBlocks';
import { AbuseLists } from './AbuseLists';

export function AbuseAdmin({ api, loadedAt }: { api: AbuseApi; loadedAt?: number }) {
  const strings = useStrings();
  return (
    <section class="abuse-admin" aria-label={strings.abuse.title}>
      <h3>{strings.abuse.title}</h3>
      <AbuseBlocks api={api} {...(loadedAt === undefined ? {} : { loadedAt })} />
      <AbuseLists api={api} />
    </section>
  );
}
