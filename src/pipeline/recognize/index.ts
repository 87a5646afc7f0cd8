// Stage 3, recognise: typed name mentions from a segmented article and the tagger's spans.
export { recognize } from './recognize.ts';
export { demonymOf } from './typing.ts';
