/**
 * The content collections. Guides live in `content/guides/<lang>/<treatment>/<kind>.mdx`; their
 * schema is in src/schemas/guide.ts. Brands are read before the build (src/lib/brand.ts), since
 * they decide which languages and treatments exist.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { guideSchema } from './schemas/guide';
import { buildEnv } from './lib/build-env';

const guides = defineCollection({
  loader: glob({ pattern: '*/*/*.mdx', base: `${buildEnv(process.env).contentRoot}/guides` }),
  schema: guideSchema,
});

export const collections = { guides };
