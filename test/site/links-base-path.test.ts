/**
 * A clinic's copy under a sub-path: the worked example (content/brands/cedar.yaml) is built under
 * /aftercare/ on its own origin, and every link, asset, anchor, head link, sitemap entry and
 * search result must resolve there without leaving `/aftercare/`. The demo at `/` is checked by
 * links.test.ts; the code that makes both is the same.
 */
import { describe } from 'vitest';
import { builtSite } from '../helpers/dist';
import { describeLinks } from '../helpers/links';

describe('brand cedar', () =>
  describeLinks({ dir: builtSite('cedar'), base: '/aftercare/', site: 'https://cedar-dermatology.example' }));
