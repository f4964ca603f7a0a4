/**
 * The gates over every page of the demo site: axe in the light and dark schemes; no console or
 * uncaught error, CSP violation, request to another origin, cookie or storage write; hostile
 * `?date=` and `?q=` values on one page of each kind stay inert (test/helpers/gates.ts).
 */
import { defaultDistDir } from '../helpers/dist';
import { gatesOnEveryPage, hostileParamsOnEveryKind } from '../helpers/gates';

const site = { dir: defaultDistDir, base: '/' };
gatesOnEveryPage(site);
hostileParamsOnEveryKind(site, 'en');
