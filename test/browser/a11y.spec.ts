/** axe-core on every page of the demo site, light and dark (test/helpers/gates.ts). */
import { defaultDistDir } from '../helpers/dist';
import { axeEveryPage } from '../helpers/gates';

axeEveryPage({ dir: defaultDistDir, base: '/' });
