// Marks the moment every widget on the page has rendered with its data. Loaded
// before the library, so it is waiting when the elements are defined.
Promise.all(['city-metric-card'].map((t) => customElements.whenDefined(t)))
  .then(() => Promise.all([...document.querySelectorAll('city-metric-card')].map((el) => el.updateComplete)))
  .then(() => window.__markRendered());
