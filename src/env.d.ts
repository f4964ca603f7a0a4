/// <reference types="astro/client" />

declare module 'virtual:aftercare/brand' {
  /** The clinic this copy is built for, validated by src/lib/brand.ts. */
  export const brand: Omit<import('./build/brand').Brand, 'logoFile' | 'safeLogo'> & { logoUrl: string };
}
declare module 'virtual:aftercare/brand.css';

declare namespace App {
  interface Locals {
    /** The page's route data, set by src/middleware.ts. */
    route: import('./data/route').RouteData;
  }
}
