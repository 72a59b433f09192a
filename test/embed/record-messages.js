// Records the messages the embedded frames post to this page.
window.__messages = [];
window.addEventListener('message', (event) => window.__messages.push(event.data));
