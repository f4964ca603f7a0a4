/**
 * `astro:content` for unit tests of src/data (as Starlight mocks it): the collection is whatever
 * a test sets, parsed by the real guide schema, so the data layer runs on known guides without
 * Astro.
 */
import { guideSchema } from '../../src/schemas/guide';

interface Entry {
  id: string;
  filePath: string;
  data: unknown;
}

// On globalThis: a test reloads src/data (and so this module) to start from a fresh guide index.
const store = ((globalThis as { guidesMock?: { entries: Entry[] } }).guidesMock ??= { entries: [] });

/** The guides of the collection, by id: `guides/en/peel/aftercare` or `brands/<id>/pages/…`. */
export function setGuides(guides: Record<string, Record<string, unknown>>) {
  store.entries = Object.entries(guides).map(([id, data]) => ({
    id,
    filePath: `content/${id}.mdx`,
    data: guideSchema.parse(data),
  }));
}

export const getCollection = () => Promise.resolve(store.entries);
export const render = () => Promise.resolve({ Content: () => null });
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- same shape as astro:content's generic
export type CollectionEntry<Collection extends string> = Entry & { data: ReturnType<typeof guideSchema.parse> };
