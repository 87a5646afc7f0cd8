// Node labels the way a map needs them: the most important entities first,
// never two labels on top of each other (a label that does not fit on the right
// of its node tries the left, below, above, or is left out), a white halo so a
// label stays readable over edges and nodes, and bigger type for hubs. Replaces
// sigma 3's label pass (one label per grid cell by node size, which lets long
// names collide) on one renderer instance, and does the same for the labels of
// highlighted nodes (hover, selection, paths) on sigma's hover layer, where the
// entity in focus also gets a ring. Reaches into sigma 3's render internals
// (nodeDataCache, displayedNodeLabels, highlightedNodes, canvasContexts);
// `install` checks for them and leaves sigma's own labels if absent.
import { canvasColors } from './canvas-colors.ts';
import type { Attributes } from 'graphology-types';
import { LabelSpace, type Box } from './label-space.ts';

interface NodeData { x: number; y: number; size: number; label: string | null; hidden: boolean; highlighted: boolean; color: string; key?: string }

interface SigmaInternals {
  nodeDataCache: Record<string, NodeData>;
  displayedNodeLabels: Set<string>;
  highlightedNodes: Set<string>;
  hoveredNode: string | null;
  canvasContexts: Record<string, CanvasRenderingContext2D>;
  width: number;
  height: number;
  settings: { renderLabels: boolean; labelFont: string };
  renderLabels(): unknown;
  renderHighlightedNodes(): unknown;
  refresh(...args: unknown[]): unknown;
  framedGraphToViewport(p: { x: number; y: number }): { x: number; y: number };
  scaleSize(size: number): number;
}

export interface LabelOptions {
  /** The entity in focus (ringed on the hover layer), and the selected one. */
  focus(): { focus: string | null; selected: string | null };
  font: string;
  /** Read at each frame: the theme may change (render/canvas-colors.ts). */
  color: () => string;
}

export interface NodeLabels {
  /** Boxes of the labels drawn in the last frame, by node (the hover layer's over the base layer's). */
  boxes(): Map<string, Box>;
}

/** Canvas area per label at most (square pixels): about a hundred labels on a laptop screen. */
const LABEL_AREA = 5500;
/** Empty space kept around a label (pixels). */
const LABEL_AIR = 3;

/** Label type size by drawn radius: hubs read first. */
function fontSize(radius: number): number {
  return radius >= 9 ? 15 : radius >= 6 ? 13.5 : 12;
}

function fontWeight(radius: number): number {
  return radius >= 9 ? 650 : radius >= 6 ? 600 : 500;
}

function hasInternals(r: unknown): r is SigmaInternals {
  const s = r as Partial<SigmaInternals>;
  return typeof s.renderLabels === 'function' && typeof s.renderHighlightedNodes === 'function'
    && typeof s.nodeDataCache === 'object' && s.highlightedNodes instanceof Set && typeof s.canvasContexts === 'object';
}

/**
 * The label drawing of one renderer: `drawHover` goes into sigma's settings (defaultDrawNodeHover),
 * `install` replaces the label pass of the renderer once it exists (before its first frame).
 */
export function createNodeLabels(options: LabelOptions): { drawHover: (ctx: CanvasRenderingContext2D, data: Attributes) => void; install(renderer: unknown): boolean } & NodeLabels {
  let r: SigmaInternals | null = null;
  const labelFont = () => r?.settings.labelFont ?? 'sans-serif';
  const widths = new Map<string, number>();
  const measure = (ctx: CanvasRenderingContext2D, font: string, text: string): number => {
    const key = `${font}\u0000${text}`;
    let w = widths.get(key);
    if (w === undefined) {
      ctx.font = font;
      w = ctx.measureText(text).width;
      if (widths.size > 50_000) widths.clear();
      widths.set(key, w);
    }
    return w;
  };
  const boxes = new Map<string, Box>();
  const hoverBoxes = new Map<string, Box>();
  const space = new LabelSpace();
  // Most important first: the reducers' drawn size, then the key (stable). Recomputed after each refresh.
  let order: string[] | null = null;
  const ranked = (cache: SigmaInternals['nodeDataCache']): string[] => {
    if (order) return order;
    order = Object.keys(cache).sort((a, b) => cache[b]!.size - cache[a]!.size || (a < b ? -1 : a > b ? 1 : 0));
    return order;
  };
  const fontOf = (radius: number) => `${fontWeight(radius)} ${fontSize(radius)}px ${labelFont()}`;
  const drawText = (ctx: CanvasRenderingContext2D, text: string, box: Box, font: string) => {
    ctx.font = font;
    ctx.textBaseline = 'middle';
    ctx.lineJoin = 'round';
    ctx.lineWidth = 3.5;
    ctx.strokeStyle = canvasColors().halo;
    const y = box.y + box.h / 2;
    ctx.strokeText(text, box.x + 1, y);
    ctx.fillStyle = options.color();
    ctx.fillText(text, box.x + 1, y);
  };

  function renderLabels(this: SigmaInternals) {
    if (!this.settings.renderLabels) return this;
    const ctx = this.canvasContexts.labels!;
    const bounds = { x: 0, y: 0, w: this.width, h: this.height };
    // A map, not a word cloud: at most one label per LABEL_AREA square pixels of canvas, with air around each.
    const most = Math.max(12, Math.round((this.width * this.height) / LABEL_AREA));
    space.clear();
    boxes.clear();
    this.displayedNodeLabels = new Set();
    for (const node of ranked(this.nodeDataCache)) {
      const data = this.nodeDataCache[node];
      // Highlighted nodes are labelled on the hover layer, above everything.
      if (!data || data.hidden || !data.label || data.highlighted) continue;
      const p = this.framedGraphToViewport(data);
      const radius = this.scaleSize(data.size);
      if (p.x < -radius || p.y < -radius || p.x > this.width + radius || p.y > this.height + radius) continue;
      const font = fontOf(radius);
      const size = fontSize(radius);
      const padded = space.place(p.x, p.y, radius + LABEL_AIR, measure(ctx, font, data.label) + 2 + 2 * LABEL_AIR, size + 2 + 2 * LABEL_AIR, bounds);
      if (!padded) continue;
      const box = { x: padded.x + LABEL_AIR, y: padded.y + LABEL_AIR, w: padded.w - 2 * LABEL_AIR, h: padded.h - 2 * LABEL_AIR };
      drawText(ctx, data.label, box, font);
      boxes.set(node, box);
      this.displayedNodeLabels.add(node);
      if (this.displayedNodeLabels.size >= most) break;
    }
    return this;
  }

  // The hover layer: the entity in focus first (with a ring), then the other highlighted ones by size.
  const hoverSpace = new LabelSpace();
  let baseHighlighted: () => unknown = () => undefined;
  function renderHighlightedNodes(this: SigmaInternals) {
    hoverSpace.clear();
    hoverBoxes.clear();
    const { focus, selected } = options.focus();
    const cache = this.nodeDataCache;
    const rank = (n: string) => (n === selected ? 0 : n === focus ? 1 : 2);
    const sorted = [...this.highlightedNodes].sort((a, b) => rank(a) - rank(b) || (cache[b]?.size ?? 0) - (cache[a]?.size ?? 0));
    this.highlightedNodes.clear();
    for (const n of sorted) this.highlightedNodes.add(n);
    return baseHighlighted();
  }
  const drawHover = (ctx: CanvasRenderingContext2D, data: Attributes): void => {
    const d = data as unknown as NodeData & { key: string };
    const { focus, selected } = options.focus();
    const central = d.key === focus || d.key === selected || d.key === r?.hoveredNode;
    if (central) {
      // A ring around the entity in focus, so it stands out from its highlighted neighbours.
      ctx.beginPath();
      ctx.arc(d.x, d.y, d.size + 3.5, 0, Math.PI * 2);
      ctx.lineWidth = 2.5;
      ctx.strokeStyle = canvasColors().ink;
      ctx.stroke();
    }
    if (!d.label) return;
    const radius = d.size + (central ? 5 : 1);
    const font = central ? `700 ${Math.max(14, fontSize(d.size))}px ${labelFont()}` : fontOf(d.size);
    const size = central ? Math.max(14, fontSize(d.size)) : fontSize(d.size);
    const w = measure(ctx, font, d.label) + 8;
    const h = size + 6;
    let box: Box | null;
    if (central) {
      box = { x: d.x + radius + 3, y: d.y - h / 2, w, h };
      hoverSpace.take(box);
    } else {
      box = hoverSpace.place(d.x, d.y, radius, w, h, { x: 0, y: 0, w: r?.width ?? Infinity, h: r?.height ?? Infinity });
    }
    if (!box) return;
    hoverBoxes.set(d.key, box);
    ctx.fillStyle = canvasColors().box;
    ctx.strokeStyle = central ? canvasColors().ink : canvasColors().boxLine;
    ctx.lineWidth = central ? 1.5 : 1;
    ctx.beginPath();
    ctx.roundRect(box.x, box.y, box.w, box.h, 4);
    ctx.fill();
    ctx.stroke();
    ctx.font = font;
    ctx.textBaseline = 'middle';
    ctx.fillStyle = options.color();
    ctx.fillText(d.label, box.x + 4, box.y + box.h / 2);
  };
  return {
    drawHover,
    boxes: () => new Map([...boxes, ...hoverBoxes]),
    install(renderer: unknown): boolean {
      if (!hasInternals(renderer)) return false;
      const s: SigmaInternals = renderer;
      r = s;
      const baseRefresh = s.refresh.bind(s);
      // The ranking follows the reducers' sizes: recomputed after each refresh.
      s.refresh = (...args: unknown[]) => {
        order = null;
        return baseRefresh(...args);
      };
      baseHighlighted = s.renderHighlightedNodes.bind(s);
      s.renderLabels = renderLabels;
      s.renderHighlightedNodes = renderHighlightedNodes;
      return true;
    },
  };
}
