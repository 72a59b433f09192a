/**
 * Registers a custom element once. When the tag is already defined — the script
 * loaded twice, or two versions of the library on one page — it warns once
 * (once per copy of the library) instead of throwing, and the first
 * definition stays in charge.
 */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (!existing) {
    customElements.define(tag, element);
    return;
  }
  if (existing !== element && !warned) {
    warned = true;
    console.warn(`henan-health-widgets: <${tag}> is already defined on this page (another copy or version of the library is loaded); keeping the first definitions.`);
  }
}

/** One warning per copy of the library, however many of its elements clash. */
let warned = false;
