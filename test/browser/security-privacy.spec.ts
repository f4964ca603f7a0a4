/**
 * Security and privacy on every page of the demo site: no console or uncaught error, CSP
 * violation, request to another origin, cookie or storage write; hostile `?date=` and `?q=`
 * values on one page of each kind stay inert (test/helpers/gates.ts).
 */
import { defaultDistDir } from '../helpers/dist';
import { cleanRecordOnEveryPage, hostileParamsOnEveryKind } from '../helpers/gates';

const site = { dir: defaultDistDir, base: '/' };
cleanRecordOnEveryPage(site);
hostileParamsOnEveryKind(site, 'en');
