// Records every Content-Security-Policy violation the page reports (an external
// file: the CSP test page allows no inline script).
window.__violations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.__violations.push(`${event.violatedDirective}: ${event.blockedURI} ${event.sourceFile ?? ''}:${event.lineNumber ?? ''}`);
});
