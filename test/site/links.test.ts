/**
 * Every internal link, asset and #anchor of the demo site resolves, and links stay in the
 * reader's language (the language picker, hreflang and fallback content excepted). The same
 * checks run for every brand under a sub-path in links-base-path.test.ts.
 */
import { join } from 'node:path';
import { loadBrand } from '../../src/build/brand';
import { buildTarget, siteAddress } from '../../src/build/target';
import { projectRoot } from '../helpers/dist';
import { describeLinks } from '../helpers/links';
import { distDir } from '../helpers/site';

const { brandId, contentRoot } = buildTarget(process.env);
const { site, base } = siteAddress(process.env, loadBrand(join(projectRoot, contentRoot), brandId).site);
describeLinks({ dir: distDir, base, site });
