/** The inbox's entry: the only module with side effects. Builds the real dependencies and renders the app. */
import { render } from 'preact';
import { App } from './App';
import { LocaleRoot } from './locale-choice';
import { connectAgent } from './lib/agent-connection';
import { createApi } from './lib/api';
import { createSessionStore } from './lib/session-store';
import { browserStorage } from './lib/storage';
import { chosenPresence } from './lib/use-presence';
import './styles.css';

const storage = browserStorage();
const root = document.getElementById('app');
if (!root) throw new Error('inbox/index.html has no #app element');

render(
  <LocaleRoot storage={storage} browserLanguage={navigator.language}>
    <App api={createApi(window.fetch.bind(window))} sessions={createSessionStore(storage)} storage={storage} connect={(token, agentId) => connectAgent({ token, presence: () => chosenPresence(storage, agentId) })} />
  </LocaleRoot>,
  root,
);
