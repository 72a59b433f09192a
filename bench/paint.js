// Both bench pages call __markRendered() once every card is built. It records
// that moment (`__builtAt`) and the first frame painted after it
// (`__renderedAt`: a task queued from requestAnimationFrame runs after that
// frame's style, layout and paint). Rendered means painted: a page that has
// only built DOM has not yet paid for its style and layout.
window.__markRendered = () => {
  window.__builtAt = performance.now();
  requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      window.__renderedAt = performance.now();
    };
    channel.port2.postMessage(undefined);
  });
};
