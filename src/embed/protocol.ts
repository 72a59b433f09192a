// The iframe embed's postMessage protocol, shared by the frame and the host script.
//
// The frame (dist/embed.html) posts to its parent, whenever its content height
// changes:
//   { type: 'hhw:resize', id: string, height: number }      for embed-host.js
//   { sentinel: 'amp', type: 'embed-size', height: number }  for <amp-iframe resizable>
// `id` is the frame's own `id` query parameter, so a host page can tell its
// frames apart. Heights are CSS pixels of the document's content.

export const RESIZE = 'hhw:resize';

export interface ResizeMessage {
  type: typeof RESIZE;
  id: string;
  height: number;
}

export function isResizeMessage(data: unknown): data is ResizeMessage {
  const message = data as Partial<ResizeMessage> | null;
  return !!message && message.type === RESIZE && typeof message.id === 'string' && typeof message.height === 'number' && message.height >= 0;
}
