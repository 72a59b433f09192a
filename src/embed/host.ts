// The host-side script for iframe embeds (like Datawrapper's responsive embed):
// include it once on the page; every <iframe data-hhw-embed> then takes the
// height its content reports. Messages are accepted only from the iframes'
// own windows.
import { isResizeMessage } from './protocol.js';

window.addEventListener('message', (event: MessageEvent) => {
  if (!isResizeMessage(event.data)) return;
  for (const frame of document.querySelectorAll<HTMLIFrameElement>('iframe[data-hhw-embed]')) {
    if (frame.contentWindow === event.source) frame.style.height = `${event.data.height}px`;
  }
});
