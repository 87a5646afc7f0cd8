// Stage 4, resolve: one entity per real thing in the article, with the reason for every alias.
export { resolve } from './resolve.ts';
