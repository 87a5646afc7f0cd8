// How big an entity is drawn, shared by the viewer (which draws it) and the
// layout (which leaves room for it). A node's `size` attribute is data (it grows
// with mentions and relations, up to 60 and more for a hub); drawn as is, a
// corpus of a thousand articles is one disc of overlapping hubs. On screen the
// size is compressed (logarithmically, as Gephi users do with a size ranking)
// and scaled to how many entities are drawn: a 30-entity graph gets large
// discs, 1,500 entities small ones, so that at "fit" the drawing is a map and
// not a pile. Pure numbers, no graph.

/** What the viewer draws when it opens a graph: everything, or above `threshold` entities the `drawn` most connected. */
export const OPENING_VIEW = { threshold: 5000, drawn: 1500 } as const;

/** How many entities the viewer draws when it opens a graph of `order` entities. */
export function drawnAtOpening(order: number): number {
  return order > OPENING_VIEW.threshold ? Math.min(order, OPENING_VIEW.drawn) : order;
}

/** Radius in screen pixels (at fit) of the smallest entities, for a drawing of `drawn` entities. */
export function baseRadius(drawn: number): number {
  return Math.min(5.5, Math.max(1.6, 7 - 1.6 * Math.log10(Math.max(1, drawn))));
}

/** Entity sizes below this are all drawn at the base radius. */
const SIZE_FLOOR = 5;

/**
 * Screen radius (pixels, at fit) of an entity with `size` in a drawing of `drawn`
 * entities: the base radius for ordinary entities, about five times it for the
 * biggest hubs of a news corpus (size 60).
 */
export function displayRadius(size: number, drawn: number): number {
  const s = Number.isFinite(size) && size > 0 ? size : SIZE_FLOOR;
  return Math.round(baseRadius(drawn) * (1 + 1.7 * Math.log(Math.max(1, s / SIZE_FLOOR))) * 100) / 100;
}

/**
 * The drawing area a layout plans for, in screen pixels: the smaller side of the
 * viewer's canvas on a laptop (about 730 × 790 between the sidebar and the panel),
 * less sigma's padding. At fit the layout's extent is scaled to this.
 */
export const FIT_PIXELS = 640;
