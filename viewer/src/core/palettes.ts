// The categorical palettes of the Appearance card, each its own so that a
// community or an article never wears an entity type's colour: Paul Tol's
// "muted" scheme for communities (nine colours; its indigo #332288 and wine
// #882255 replaced by a lighter violet and raspberry, its green a shade lighter,
// so that all keep 3:1 against the dark theme's canvas and cards) and the Okabe-Ito scheme for articles (seven,
// without its black). Both are published as colour-blind safe;
// tests/viewer/palettes.test.ts checks that their colours stay apart for the
// three dichromat visions too, and from the grey given to every group beyond
// the palette, and that every swatch keeps WCAG's 3:1 for non-text against the
// dark theme's backgrounds.

/** Communities, by Louvain number (0: the largest): the same community always gets the same colour. */
export const COMMUNITY_PALETTE: readonly string[] = ['#cc6677', '#784be1', '#ddcc77', '#1b803c', '#88ccee', '#c32d69', '#44aa99', '#999933', '#aa4499'];

/** Articles, by how many entities they mention (the largest first). */
export const ARTICLE_PALETTE: readonly string[] = ['#e69f00', '#56b4e9', '#009e73', '#f0e442', '#0072b2', '#d55e00', '#cc79a7'];

/** Every group beyond its palette (the legend counts them). */
export const OTHER_GROUP = '#b8bcc4';
