// Keeps a component's language in step with its own `lang`, its ancestors' and
// the document's. One MutationObserver serves every component on the page.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { resolveLang } from '../core/lang.js';
import type { Lang } from '../i18n/strings.js';

const hosts = new Set<LanguageController>();
let observer: MutationObserver | undefined;

function watch(): void {
  if (observer) return;
  observer = new MutationObserver(() => {
    for (const controller of hosts) controller.refresh();
  });
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

export class LanguageController implements ReactiveController {
  lang: Lang = 'en';

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    hosts.add(this);
    watch();
    this.lang = resolveLang(this.host);
  }

  hostDisconnected(): void {
    hosts.delete(this);
  }

  /** Re-reads the language; asks for a render only when it changed. */
  refresh(): void {
    const lang = resolveLang(this.host);
    if (lang !== this.lang) {
      this.lang = lang;
      this.host.requestUpdate();
    }
  }
}
