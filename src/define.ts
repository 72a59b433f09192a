/**
 * Registers a custom element once. When the tag is already defined — the script
 * loaded twice, or two versions of the library on one page — it warns once
 * instead of throwing, and the first definition stays in charge.
 */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (!existing) {
    customElements.define(tag, element);
    return;
  }
  if (existing !== element && !warned.has(tag)) {
    warned.add(tag);
    console.warn(`henan-health-widgets: <${tag}> is already defined on this page (another copy or version of the library); keeping the first definition.`);
  }
}

const warned = new Set<string>();
