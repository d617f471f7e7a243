/** The inbox's entry: the only module with side effects. Builds the real dependencies and renders the app. */
import { render } from 'preact';
import { App } from './App';
import { StringsContext, pickLocale, stringsFor } from './i18n';
import { connectAgent } from './lib/agent-connection';
import { createApi } from './lib/api';
import { createSessionStore } from './lib/session-store';
import { browserStorage } from './lib/storage';
import './styles.css';

const locale = pickLocale(navigator.language);
const strings = stringsFor(locale);
document.documentElement.lang = locale;
document.title = strings.appTitle;

const storage = browserStorage();
const root = document.getElementById('app');
if (!root) throw new Error('inbox/index.html has no #app element');

render(
  <StringsContext.Provider value={strings}>
    <App api={createApi(window.fetch.bind(window))} sessions={createSessionStore(storage)} storage={storage} connect={(token) => connectAgent({ token })} />
  </StringsContext.Provider>,
  root,
);
