/**
 * The content collections. Guides live in `content/guides/<lang>/<treatment>/<kind>.mdx`; a
 * clinic can replace any of them with its own in `content/brands/<id>/pages/`, same layout and
 * schema (src/schemas/guide.ts). Brands themselves are read before the build
 * (src/build/brand.ts), since they decide which languages and treatments exist. Before Astro
 * loads the guides, their raw files are checked for what must never reach a page or the build
 * (src/build/content-safety.ts): every build, whatever Astro has cached.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { guideSchema } from './schemas/guide';
import { buildTarget } from './build/target';
import { checkGuideFiles } from './build/content-safety';

const { contentRoot, brandId } = buildTarget(process.env);
const pattern = ['guides/*/*/*.mdx', `brands/${brandId}/pages/*/*/*.mdx`];
const files = glob({ pattern, base: contentRoot });

/** Ids are `guides/<lang>/<treatment>/<kind>` or `brands/<id>/pages/<lang>/<treatment>/<kind>`. */
const guides = defineCollection({
  loader: {
    ...files,
    load: (context) => {
      checkGuideFiles(contentRoot, pattern);
      return files.load(context);
    },
  },
  schema: guideSchema,
});

export const collections = { guides };
