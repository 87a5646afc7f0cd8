// The picture download: the current view redrawn at a chosen size (not a copy
// of the screen's canvas), with a title above it and the legends below (what
// colour and size mean, a disc per colour shown: entity types, or the
// communities or articles of the Appearance card; a line per relation kind), so
// it can go into a report as is. The graph is drawn by a second renderer made by
// createRenderer (same reducers, same label placement, same emphasis), off
// screen, and its layers are copied onto one canvas in the task that drew them
// (WebGL keeps no buffer to read afterwards).
import type { KnowledgeGraph, RelationKind } from '../../../src/types.ts';
import { KIND_COLORS } from '../../../src/types.ts';
import { createRenderer, type DisplayState, type Frame } from '../renderer.ts';
import { edgeLayerOf } from './edge-layer.ts';
import { ENTRY_WIDTH, PICTURE_FONT as FONT, PICTURE_PADDING as PADDING, pictureLayout } from './picture-layout.ts';

export interface PictureOptions {
  width: number;
  height: number;
  title: string;
  subtitle: string;
  /** What colour and size mean, one line. */
  caption: string;
  /** The entities' colours shown, with their names (entity types, communities or articles). */
  colors: Array<{ color: string; name: string }>;
  kinds: Array<{ kind: RelationKind; name: string }>;
  camera: { x: number; y: number; ratio: number; angle: number };
  frame: Frame | null;
  sizedFor: number;
}

/** Draw `graph` as the page shows it (display state, camera) onto a canvas of the chosen size. */
export function drawPicture(graph: KnowledgeGraph, view: DisplayState, options: PictureOptions): HTMLCanvasElement {
  const { width, height } = options;
  const entries = options.colors.length + options.kinds.length;
  const layout = pictureLayout(width, height, entries);
  const root = document.createElement('div');
  Object.assign(root.style, { position: 'absolute', right: '101%', bottom: '101%', width: `${layout.graph.w}px`, height: `${layout.graph.h}px` });
  document.body.append(root);
  const ratio = window.devicePixelRatio || 1;
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * ratio);
  canvas.height = Math.round(height * ratio);
  const ctx = canvas.getContext('2d')!;
  ctx.scale(ratio, ratio);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width, height);
  const { sigma, emphasis } = createRenderer(root, graph, view, { frame: options.frame, sizedFor: options.sizedFor });
  try {
    // The picture is copied in this task: every relation drawn now, not a slice per frame (render/edge-layer.ts).
    edgeLayerOf(sigma)?.tune({ budgetMs: Infinity, slice: Infinity });
    sigma.getCamera().setState(options.camera);
    sigma.refresh();
    emphasis.draw();
    // The layers in the order sigma stacks them; the veil (a div) as a white wash.
    for (const element of [...root.querySelectorAll<HTMLElement>('canvas, div.sigma-veil')]) {
      if (element instanceof HTMLCanvasElement) {
        ctx.drawImage(element, 0, 0, element.width, element.height, layout.graph.x, layout.graph.y, layout.graph.w, layout.graph.h);
      } else if (element.style.display !== 'none') {
        ctx.fillStyle = 'rgba(255,255,255,0.72)';
        ctx.fillRect(layout.graph.x, layout.graph.y, layout.graph.w, layout.graph.h);
      }
    }
  } finally {
    emphasis.kill();
    sigma.kill();
    root.remove();
  }
  // Title.
  ctx.fillStyle = '#111827';
  ctx.textBaseline = 'alphabetic';
  ctx.font = `650 22px ${FONT}`;
  ctx.fillText(options.title, PADDING, 32, width - 2 * PADDING);
  ctx.fillStyle = '#4b5563';
  ctx.font = `400 14px ${FONT}`;
  ctx.fillText(options.subtitle, PADDING, 52, width - 2 * PADDING);
  ctx.strokeStyle = '#e5e7eb';
  ctx.beginPath();
  ctx.moveTo(0, layout.graph.y + 0.5);
  ctx.lineTo(width, layout.graph.y + 0.5);
  ctx.moveTo(0, layout.legend.y + 0.5);
  ctx.lineTo(width, layout.legend.y + 0.5);
  ctx.stroke();
  // Legends: what colour and size mean, a disc for each colour, a line for each relation kind.
  ctx.textBaseline = 'middle';
  ctx.fillStyle = '#374151';
  ctx.font = `500 13px ${FONT}`;
  ctx.fillText(fit(ctx, options.caption, layout.caption.w), layout.caption.x, layout.caption.y + layout.caption.h / 2);
  const items = [...options.colors.map((c) => ({ name: c.name, color: c.color, disc: true })),
    ...options.kinds.map((k) => ({ name: k.name, color: KIND_COLORS[k.kind], disc: false }))];
  items.forEach((item, i) => {
    const s = layout.swatches[i]!;
    ctx.fillStyle = item.color;
    if (item.disc) {
      ctx.beginPath();
      ctx.arc(s.x + s.w / 2, s.y + s.h / 2, s.h / 2 + 1, 0, Math.PI * 2);
      ctx.fill();
    } else {
      ctx.fillRect(s.x, s.y + s.h / 2 - 2, s.w, 4);
    }
    ctx.fillStyle = '#111827';
    ctx.fillText(fit(ctx, item.name, ENTRY_WIDTH - s.w - 16), s.x + s.w + 8, s.y + s.h / 2);
  });
  return canvas;
}

/** `text` cut with an ellipsis to fit `width` pixels in the context's font (an article's title can be long). */
function fit(ctx: CanvasRenderingContext2D, text: string, width: number): string {
  if (ctx.measureText(text).width <= width) return text;
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (ctx.measureText(`${text.slice(0, mid).trimEnd()}…`).width <= width) lo = mid;
    else hi = mid - 1;
  }
  return `${text.slice(0, lo).trimEnd()}…`;
}
