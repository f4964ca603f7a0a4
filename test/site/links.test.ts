/**
 * Every internal link, asset and #anchor of the demo site at the root resolves, and links stay in
 * the reader's language (the language picker, hreflang and fallback content excepted). The same
 * checks run under a sub-path in links-base-path.test.ts.
 */
import { buildEnv } from '../../src/lib/build-env';
import { describeLinks } from '../helpers/links';
import { distDir } from '../helpers/site';

const { site, base } = buildEnv(process.env);
describeLinks({ dir: distDir, base, site });
