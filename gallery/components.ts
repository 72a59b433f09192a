// What the gallery shows: one entry per component, each with live examples whose
// markup is both rendered and printed as the code to embed. A component appears
// here once it exists; nothing here stands in for one that does not.
export interface GalleryExample {
  title: string;
  markup: string;
}

export interface GalleryEntry {
  tag: string;
  title: string;
  summary: string;
  /** Loads the component's definition before its examples render. */
  load: () => Promise<unknown>;
  examples: GalleryExample[];
}

export const galleryEntries: GalleryEntry[] = [];
