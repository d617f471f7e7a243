/**
 * The widget on the page: a `<parley-widget>` host element with an open shadow root
 * holding our stylesheet and the Preact tree, one visitor connection, and the panel
 * state that `Parley('open' | 'close' | 'toggle')` drives even before `boot`.
 */
import { render } from 'preact';
import { Widget } from './components/Widget';
import { resolveLocale, strings } from './i18n';
import type { WidgetCommands } from './lib/commands';
import { pageReport } from './lib/connection-rules';
import { createPanelModel } from './lib/panel-model';
import { createSiteStorage, type SiteStorage } from './lib/storage';
import { connectVisitor, TOKEN_KEY, type VisitorConnection, type VisitorConnectionOptions } from './lib/visitor-connection';
import { widgetCss } from './styles';

export interface WidgetRuntimeDeps {
  /** Where Parley runs, e.g. `https://chat.example.com`. */
  origin: string;
  document: Document;
  browserLanguage?: string | null;
  connect?: (options: VisitorConnectionOptions) => VisitorConnection;
  createStorage?: (siteKey: string) => SiteStorage;
}

/** A custom element name the host page's CSS has no reason to target (unlike `div`). */
export const HOST_TAG = 'parley-widget';

/** Runs `action` once the page has a body: the widget's script may run from `<head>`. */
function whenBodyReady(doc: Document, action: () => void): () => void {
  if (doc.body) {
    action();
    return () => {};
  }
  doc.addEventListener('DOMContentLoaded', action, { once: true });
  return () => doc.removeEventListener('DOMContentLoaded', action);
}

/**
 * Tells agents which page the visitor is on, now and after back/forward or hash
 * navigations. (Single-page apps that only call `history.pushState` are not observed:
 * wrapping the host page's history API is not ours to do.)
 */
function reportPages(doc: Document, connection: Pick<VisitorConnection, 'reportPage'>): () => void {
  const view = doc.defaultView;
  const report = () => connection.reportPage(pageReport(doc.location.href, doc.title));
  report();
  if (!view) return () => {};
  view.addEventListener('popstate', report);
  view.addEventListener('hashchange', report);
  return () => {
    view.removeEventListener('popstate', report);
    view.removeEventListener('hashchange', report);
  };
}

export function createWidgetRuntime(deps: WidgetRuntimeDeps): WidgetCommands {
  const doc = deps.document;
  const connect = deps.connect ?? connectVisitor;
  const createStorage = deps.createStorage ?? ((siteKey: string) => createSiteStorage(siteKey));
  let panel = createPanelModel();
  let booted: { key: string; storage: SiteStorage; teardown: () => void } | null = null;

  function mount(siteKey: string, locale: 'ko' | 'en', storage: SiteStorage) {
    const connection = connect({ origin: deps.origin, siteKey, locale, storage });
    const stopArrivals = connection.onArrivals((messages) => panel.noteArrivals(messages.length));
    const stopPageReports = reportPages(doc, connection);
    const host = doc.createElement(HOST_TAG);
    const shadow = host.attachShadow({ mode: 'open' });
    const style = doc.createElement('style');
    style.textContent = widgetCss;
    // Preact owns this element's children; the <style> sits beside it so a render never removes it.
    const root = doc.createElement('div');
    shadow.append(style, root);
    const cancelMount = whenBodyReady(doc, () => {
      doc.body.append(host);
      render(<Widget chat={connection} panel={panel} t={strings[locale]} locale={locale} />, root);
    });
    return () => {
      cancelMount();
      render(null, root);
      stopArrivals();
      stopPageReports();
      connection.close();
      host.remove();
    };
  }

  return {
    boot(options) {
      const locale = resolveLocale({ option: options.locale, htmlLang: doc.documentElement.lang, browser: deps.browserLanguage });
      const key = `${options.siteKey}\n${locale}`;
      // Booting again with the same options (SPA route changes often do) is a no-op.
      if (booted?.key === key) return;
      booted?.teardown();
      const storage = createStorage(options.siteKey);
      booted = { key, storage, teardown: mount(options.siteKey, locale, storage) };
    },
    open: () => panel.open(),
    close: () => panel.close(),
    toggle: () => panel.toggle(),
    shutdown() {
      if (!booted) return;
      booted.storage.remove(TOKEN_KEY);
      booted.teardown();
      booted = null;
      panel = createPanelModel();
    },
  };
}
