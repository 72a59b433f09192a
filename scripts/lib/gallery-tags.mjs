// The component tags the gallery lists, read from gallery/components.ts.
import { readFileSync } from 'node:fs';

export async function galleryTags() {
  const source = readFileSync('gallery/components.ts', 'utf8');
  return [...source.matchAll(/tag: '([a-z-]+)'/g)].map((m) => m[1]);
}
