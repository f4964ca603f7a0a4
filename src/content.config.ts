/**
 * The content collections. Guides live in `content/guides/<lang>/<treatment>/<kind>.mdx`; a
 * clinic can replace any of them with its own in `content/brands/<id>/pages/`, same layout and
 * schema (src/schemas/guide.ts). Brands themselves are read before the build
 * (src/lib/brand.ts), since they decide which languages and treatments exist.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { guideSchema } from './schemas/guide';
import { buildTarget } from './build/target';

const { contentRoot, brandId } = buildTarget(process.env);

/** Ids are `guides/<lang>/<treatment>/<kind>` or `brands/<id>/pages/<lang>/<treatment>/<kind>`. */
const guides = defineCollection({
  loader: glob({ pattern: ['guides/*/*/*.mdx', `brands/${brandId}/pages/*/*/*.mdx`], base: contentRoot }),
  schema: guideSchema,
});

export const collections = { guides };
