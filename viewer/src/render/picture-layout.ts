// Where the parts of a downloaded picture go: the title band, the graph, the
// legend: a line saying what colour and size mean, then rows with one swatch
// per entry. Pure (no DOM), so the browser test can find the swatches in the
// PNG it downloads.
export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Where the parts of the picture go (shared with the tests, which look at those places). */
export interface PictureLayout {
  title: Box;
  graph: Box;
  legend: Box;
  /** The line saying what colour and size mean, at the top of the legend. */
  caption: Box;
  /** One swatch per legend entry, colours then kinds, in the order given. */
  swatches: Box[];
}

const TITLE_HEIGHT = 64;
const LEGEND_ROW = 26;
const CAPTION_HEIGHT = 24;
/** Width of one legend entry (swatch and name). */
export const ENTRY_WIDTH = 170;
export const PICTURE_PADDING = 24;
const PADDING = PICTURE_PADDING;
export const PICTURE_FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

export function pictureLayout(width: number, height: number, entries: number): PictureLayout {
  const perRow = Math.max(1, Math.floor((width - 2 * PADDING) / ENTRY_WIDTH));
  const rows = Math.max(1, Math.ceil(entries / perRow));
  const legendHeight = CAPTION_HEIGHT + rows * LEGEND_ROW + PADDING;
  const title = { x: 0, y: 0, w: width, h: TITLE_HEIGHT };
  const legend = { x: 0, y: height - legendHeight, w: width, h: legendHeight };
  const graph = { x: 0, y: TITLE_HEIGHT, w: width, h: height - TITLE_HEIGHT - legendHeight };
  const caption = { x: PADDING, y: legend.y + PADDING / 2, w: width - 2 * PADDING, h: CAPTION_HEIGHT - 4 };
  const swatches: Box[] = [];
  for (let i = 0; i < entries; i++) {
    const row = Math.floor(i / perRow);
    const col = i % perRow;
    swatches.push({ x: PADDING + col * ENTRY_WIDTH, y: legend.y + PADDING / 2 + CAPTION_HEIGHT + row * LEGEND_ROW + 4, w: 22, h: 12 });
  }
  return { title, graph, legend, caption, swatches };
}

