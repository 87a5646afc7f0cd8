// The entity and relation layers drawn a part at a time. With a software rasteriser
// (headless Chromium, a machine without a GPU) one frame of a corpus drawing's ~5,000
// relations costs 250-700 ms, paid by the page's thread at the frame's commit (a Chromium
// trace: GLES2::ReadPixels waiting for the GPU process), and after a camera move the
// entities' discs alone 50-190 ms, so every change that redraws sigma's scene (entities
// added, the camera moved, a filter, new sizes) blocked the page that long. Here sigma's
// frame draws the labels and highlighted entities; the discs and the relations are drawn
// in the order sigma's own passes draw them, split into ranges over the next animation
// frames, each frame within a time budget (the picture at the end is the one sigma draws).
// When the camera and what was already drawn are unchanged (entities and relations added,
// the usual case of "Show neighbours"), only what is new is drawn, on top of the layer as
// it was. Both canvases keep their pixels between frames (preserveDrawingBuffer, set
// where sigma creates them: renderer.ts).
// Reaches into sigma 3's render internals (render, process, clear, nodePrograms and
// edgePrograms and their programs' arrays, picking layers); renderer.ts installs it only
// when they are there.
import type Sigma from 'sigma';
import type { EdgeAttributes, NodeAttributes } from '../../../src/types.ts';

interface ProgramInfo { gl: WebGLRenderingContext; frameBuffer: WebGLFramebuffer | null }

/** One of sigma's WebGL programs for entities or relations (a compound program is several, drawn one after the other). */
interface Leaf {
  array: Float32Array;
  capacity: number;
  verticesCount: number;
  STRIDE: number;
  VERTICES: number;
  isInstanced: boolean;
  ATTRIBUTES_ITEMS_COUNT: number;
  ATTRIBUTES: Array<{ name: string; size: number; type: number }>;
  normalProgram: ProgramInfo;
  pickProgram: ProgramInfo | null;
  bindProgram(info: ProgramInfo): void;
  unbindProgram(info: ProgramInfo): void;
  renderProgram(params: RenderParams, info: ProgramInfo): void;
}

interface RenderParams { width: number; height: number; pixelRatio: number; downSizingRatio: number; matrix: Float32Array }

interface Internals {
  edgePrograms: Record<string, unknown>;
  nodePrograms: Record<string, unknown>;
  webGLContexts: Record<string, WebGLRenderingContext>;
  canvasContexts: Record<string, CanvasRenderingContext2D>;
  pickingLayers: Set<string>;
  needToProcess: boolean;
  renderFrame: number | null;
  width: number;
  height: number;
  pixelRatio: number;
  settings: { hideEdgesOnMove: boolean };
  camera: { isAnimated(): boolean };
  mouseCaptor: { isMoving: boolean; draggedEvents: number; currentWheelDirection: number };
  resize(): unknown;
  process(): unknown;
  clear(): unknown;
  emit(event: string): unknown;
  resetWebGLTexture(id: string): unknown;
  getRenderParams(): RenderParams;
  on(event: string, f: () => void): unknown;
}

/** sigma's own render, which draws every layer (the layer calls it with the relations left out). */
type BaseRender = () => unknown;

/**
 * What the layer holds of one program: how far its items are drawn, the items as they were
 * drawn, and how many items its next slice may take per pass (`grant`: slow start, below).
 */
interface Drawn { layer: LayerId; normal: number; pick: number; snapshot: Float32Array; grant: { normal: number; pick: number } }

export interface EdgeLayerOptions {
  /** A frame's time (ms) after which no further slice of relations is drawn in it (the frame's own drawing counts). */
  budgetMs?: number;
  /** At most this many items in one slice (between two looks at the clock); fewer where the program's items are dear. */
  slice?: number;
}

/** What the last frames did (read by the tests and the bench). */
export interface EdgeLayerStats {
  /** Frames that drew entities or relations since the layer was installed. */
  frames: number;
  /** How the last sigma frame treated the relation layer (none: no frame yet). */
  last: 'none' | 'restart' | 'append' | 'kept' | 'moving';
  /** ... and the entity layer. */
  nodes: 'none' | 'restart' | 'append' | 'kept' | 'moving';
  /** True while entities or relations are still to be drawn. */
  pending: boolean;
  /** The most items (visible ones) a program's first slice drew since the layers were last planned (a frame of sigma's). */
  startSlice: number;
}

/** The two WebGL layers drawn in slices, in the order they are drawn (entities first: they are what is clicked). */
type LayerId = 'nodes' | 'edges';
const LAYERS: ReadonlyArray<{ id: LayerId; programs: 'nodePrograms' | 'edgePrograms' }> = [
  { id: 'nodes', programs: 'nodePrograms' },
  { id: 'edges', programs: 'edgePrograms' },
];

function leavesOf(r: Internals, layer: LayerId = 'edges'): Leaf[] {
  const out: Leaf[] = [];
  const programs = layer === 'nodes' ? r.nodePrograms : r.edgePrograms;
  for (const type of Object.keys(programs)) {
    const p = programs[type] as { programs?: Leaf[] } & Leaf;
    if (Array.isArray(p.programs)) out.push(...p.programs);
    else out.push(p);
  }
  return out;
}

function isLeaf(p: unknown): p is Leaf {
  const l = p as Partial<Leaf>;
  return l.array instanceof Float32Array && typeof l.capacity === 'number' && typeof l.STRIDE === 'number' && typeof l.VERTICES === 'number'
    && typeof l.bindProgram === 'function' && typeof l.unbindProgram === 'function' && typeof l.renderProgram === 'function'
    && typeof l.normalProgram === 'object' && Array.isArray(l.ATTRIBUTES);
}

/** Does this sigma have what the layer reaches into? */
export function canLayer(renderer: unknown): boolean {
  const r = renderer as Partial<Internals>;
  return typeof r.edgePrograms === 'object' && typeof r.webGLContexts?.edges === 'object' && r.pickingLayers instanceof Set
    && typeof r.process === 'function' && typeof r.resize === 'function' && typeof r.getRenderParams === 'function'
    && typeof r.resetWebGLTexture === 'function' && typeof r.camera?.isAnimated === 'function' && typeof r.mouseCaptor === 'object'
    && typeof r.nodePrograms === 'object' && typeof r.webGLContexts?.nodes === 'object'
    && leavesOf(r as Internals, 'edges').every(isLeaf) && leavesOf(r as Internals, 'nodes').every(isLeaf);
}

/** Float slots of the picking id inside one item of a program (they change whenever entities are added, not the picture). */
function idSlots(leaf: Leaf): number[] {
  let offset = 0;
  let id = -1;
  for (const a of leaf.ATTRIBUTES) {
    const bytes = a.size * (a.type === 5126 ? 4 : a.type === 5121 || a.type === 5120 ? 1 : 2);
    if (a.name === 'a_id') id = offset / 4;
    offset += bytes;
  }
  if (id < 0) return [];
  const vertices = leaf.isInstanced ? 1 : leaf.VERTICES;
  return Array.from({ length: vertices }, (_, v) => v * leaf.ATTRIBUTES_ITEMS_COUNT + id);
}

/** Are items [0, count) of `now` what `then` held, leaving out (or only looking at) the id slots? */
function samePrefix(now: Float32Array, then: Float32Array, count: number, stride: number, ids: number[], onlyIds: boolean): boolean {
  const end = count * stride;
  if (now.length < end || then.length < end) return false;
  if (onlyIds) {
    for (let base = 0; base < end; base += stride) for (const s of ids) if (now[base + s] !== then[base + s]) return false;
    return true;
  }
  const isId = new Uint8Array(stride);
  for (const s of ids) isId[s] = 1;
  for (let i = 0; i < end; i++) if (now[i] !== then[i] && !isId[i % stride]) return false;
  return true;
}

/**
 * Items of a program in its first slice after each restart (a new camera, new sizes, a
 * filter; entities appended with the camera still are drawn at the costs known). An item's cost depends on the pixels it covers, so what was learnt before the change
 * can be far off (new sizes on a 6,000-entity drawing: a first slice of 190 ms). Each slice
 * that kept to SLICE_MS lets the next take up to GROWTH times as many, so a wrong estimate costs
 * one small slice, and the cost is learnt again from what the change draws.
 */
const FIRST_SLICE = 24;
const GROWTH = 4;
/** The time one slice aims at (a quarter of the default frame budget). */
const SLICE_MS = 10;

export class EdgeLayer {
  /** What a new layer starts with (tests make it tiny, so that any drawing is sliced). */
  static defaults: Required<EdgeLayerOptions> = { budgetMs: 40, slice: 2000 };
  private drawn = new Map<Leaf, Drawn>();
  /** Camera matrix and canvas size the drawn parts were drawn with. */
  private key = '';
  private frame: number | null = null;
  private budgetMs: number;
  private slice: number;
  /** Milliseconds one visible item of a program took to draw, per pass (learnt from the slices drawn). */
  private costs = new Map<Leaf, { normal?: number; pick?: number }>();
  private killed = false;
  readonly stats: EdgeLayerStats = { frames: 0, last: 'none', nodes: 'none', pending: false, startSlice: 0 };
  /** sigma sized its canvases since the layer last drew. */
  private resized = false;

  constructor(private readonly r: Internals, private readonly base: BaseRender, options: EdgeLayerOptions = {}) {
    this.budgetMs = options.budgetMs ?? EdgeLayer.defaults.budgetMs;
    this.slice = options.slice ?? EdgeLayer.defaults.slice;
    // Sizing a canvas (even to the size it has) empties it, and sigma drops the picking texture then.
    r.on('resize', () => {
      this.resized = true;
      this.forget();
    });
    r.on('kill', () => {
      this.killed = true;
      this.cancel();
    });
  }

  /** Change the frame budget or the slice (tests: a tiny budget slices any drawing, a huge one draws it whole). */
  tune(options: EdgeLayerOptions): void {
    if (options.budgetMs !== undefined) this.budgetMs = options.budgetMs;
    if (options.slice !== undefined) this.slice = options.slice;
  }

  /** Forget what the layers hold: the next frame draws them all again (tests and the frame bench: the whole draw). */
  forget(): void {
    this.drawn.clear();
    this.key = '';
  }

  /** This animation frame's work so far: the frame (document.timeline's time), when its work began, and whether this layer began it. */
  private frameWork: { frame: number; start: number; fresh: boolean } | null = null;

  /**
   * When the work of the current frame began: sigma's frame and a step of this layer may fall
   * in the same animation frame (their callbacks share document.timeline's time), and share
   * its budget; else now.
   */
  private frameStart(): number {
    const now = performance.now();
    const frame = document.timeline?.currentTime;
    if (typeof frame === 'number' && this.frameWork?.frame === frame) return this.frameWork.start;
    this.frameWork = typeof frame === 'number' ? { frame, start: now, fresh: true } : null;
    return now;
  }

  private cancel(): void {
    if (this.frame !== null) cancelAnimationFrame(this.frame);
    this.frame = null;
    this.stats.pending = false;
  }

  private moving(): boolean {
    const m = this.r.mouseCaptor;
    return this.r.camera.isAnimated() || m.isMoving || !!m.draggedEvents || !!m.currentWheelDirection;
  }

  /** sigma's render, with the entity and relation layers drawn by this layer. */
  render(): void {
    const r = this.r;
    const startedAt = this.frameStart();
    if (this.frameWork) this.frameWork.fresh = false;
    // Size and data first (with the relation programs in place), as sigma's render would.
    r.resize();
    const resized = this.resized;
    this.resized = false;
    if (r.needToProcess) {
      r.process();
      r.needToProcess = false;
    }
    if (this.moving()) {
      // A glide or a drag: sigma draws what it draws while moving (relations left out on big drawings), at once.
      this.cancel();
      this.drawn.clear();
      this.key = '';
      this.stats.last = 'moving';
      this.stats.nodes = 'moving';
      this.base();
      return;
    }
    // sigma's frame without the entities and relations (labels, highlighted entities): their
    // programs are left out, their canvases and picking textures kept.
    const edgePrograms = r.edgePrograms;
    const nodePrograms = r.nodePrograms;
    const picked = LAYERS.filter((l) => r.pickingLayers.has(l.id)).map((l) => l.id);
    const ownClear = r.clear;
    r.edgePrograms = {};
    r.nodePrograms = {};
    for (const id of picked) r.pickingLayers.delete(id);
    (r as { clear: () => unknown }).clear = () => this.clearOthers();
    try {
      this.base();
    } finally {
      r.edgePrograms = edgePrograms;
      r.nodePrograms = nodePrograms;
      for (const id of picked) r.pickingLayers.add(id);
      (r as { clear: unknown }).clear = ownClear;
    }
    if (this.killed) return;
    this.plan(resized);
    this.cancel();
    // sigma's frame (entities, labels) has spent part of this frame's budget, maybe all of it.
    this.step(startedAt, false);
  }

  /** sigma's clear, less the two layers drawn here. */
  private clearOthers(): void {
    const r = this.r;
    r.emit('beforeClear');
    for (const [id, gl] of Object.entries(r.webGLContexts)) {
      if (id === 'edges' || id === 'nodes') continue;
      gl.bindFramebuffer(gl.FRAMEBUFFER, null);
      gl.clear(gl.COLOR_BUFFER_BIT);
    }
    for (const id of ['labels', 'hovers', 'edgeLabels']) r.canvasContexts[id]?.clearRect(0, 0, r.width, r.height);
    r.emit('afterClear');
  }

  /** Decide what of each layer stays and what is to be drawn. */
  private plan(resized: boolean): void {
    const r = this.r;
    const params = r.getRenderParams();
    const key = `${Array.from(params.matrix).join(',')}|${r.width}x${r.height}@${r.pixelRatio}`;
    const previous = this.drawn;
    this.drawn = new Map();
    for (const { id } of LAYERS) {
      const leaves = leavesOf(r, id);
      const before = [...previous.values()].filter((d) => d.layer === id).length;
      let keep = !resized && key === this.key && leaves.length === before && leaves.every((l) => previous.has(l));
      let keepPick = keep;
      if (keep) {
        for (const leaf of leaves) {
          const d = previous.get(leaf)!;
          const ids = idSlots(leaf);
          if (leaf.capacity < Math.max(d.normal, d.pick) || !samePrefix(leaf.array, d.snapshot, d.normal, leaf.STRIDE, ids, false)) {
            keep = false;
            break;
          }
          if (!samePrefix(leaf.array, d.snapshot, d.pick, leaf.STRIDE, ids, true)) keepPick = false;
        }
      }
      const gl = r.webGLContexts[id]!;
      const picking = r.pickingLayers.has(id);
      if (!keep) {
        gl.bindFramebuffer(gl.FRAMEBUFFER, null);
        gl.clear(gl.COLOR_BUFFER_BIT);
      }
      if (picking && (!keep || !keepPick || resized)) r.resetWebGLTexture(id);
      for (const leaf of leaves) {
        const d = previous.get(leaf);
        this.drawn.set(leaf, {
          layer: id,
          normal: keep && d ? d.normal : 0,
          pick: picking && keep && keepPick && d ? d.pick : 0,
          snapshot: leaf.array.slice(),
          // slow start after a restart (new camera, sizes or data); what is appended is drawn at the known costs
          grant: keep ? { normal: Infinity, pick: Infinity } : { normal: FIRST_SLICE, pick: FIRST_SLICE },
        });
      }
      const appended = keep && leaves.some((leaf) => this.drawn.get(leaf)!.normal < leaf.capacity);
      const how = !keep ? 'restart' : appended ? 'append' : 'kept';
      if (id === 'edges') this.stats.last = how;
      else this.stats.nodes = how;
    }
    this.key = key;
    this.stats.startSlice = 0;
  }

  /**
   * Draw the next ranges until this frame's budget is spent; schedule the rest. After each
   * slice the page waits for the GPU (a one-pixel read), so the time read is the drawing's
   * own, whatever the rasteriser and the machine's load: the frame's commit finds it done.
   */
  private step(startedAt: number, fresh: boolean): void {
    this.frame = null;
    if (this.killed) return;
    const r = this.r;
    const passesOf = (d: Drawn) => (r.pickingLayers.has(d.layer) ? (['normal', 'pick'] as const) : (['normal'] as const));
    const params = r.getRenderParams();
    const px = new Uint8Array(4);
    let weight = 0;
    let left = false;
    let slices = 0;
    // What is left is a handful of items (a small drawing): drawn in this frame, whatever sigma's part took.
    let upTo = 0;
    for (const [leaf, d] of this.drawn) for (const pass of passesOf(d)) upTo += leaf.capacity - d[pass];
    if (upTo <= Math.min(this.slice, FIRST_SLICE)) fresh = true;
    outer: for (const [leaf, d] of this.drawn) {
      const gl = r.webGLContexts[d.layer]!;
      for (const pass of passesOf(d)) {
        const a = leaf.array;
        const s = leaf.STRIDE;
        while (d[pass] < leaf.capacity) {
          // A frame that began with this layer's work draws one slice at least (so that the drawing ends).
          if ((slices > 0 || !fresh) && performance.now() - startedAt >= this.budgetMs) {
            left = true;
            break outer;
          }
          // One slice: as many items as the time this program's items took so far says fit in
          // SLICE_MS (a curve costs its whole bounding quad: up to 10x a line), at most
          // `slice`; hidden items cost nothing.
          const estimate = this.costs.get(leaf)?.[pass];
          const timed = Number.isFinite(this.budgetMs);
          const n = !timed ? this.slice
            : Math.max(1, Math.min(this.slice, d.grant[pass], estimate === undefined ? FIRST_SLICE : Math.floor(SLICE_MS / Math.max(estimate, 1e-3))));
          const first = d.grant[pass] === FIRST_SLICE;
          const from = d[pass];
          let to = from;
          let visible = 0;
          while (to < leaf.capacity && visible < n) {
            const base = to * s;
            for (let k = 0; k < s; k++) {
              if (a[base + k] !== 0) { visible++; break; }
            }
            to++;
          }
          const t0 = performance.now();
          this.drawRange(leaf, from, to, pass, params);
          d[pass] = to;
          weight += visible;
          if (visible > 0 && timed) {
            slices++;
            const target = pass === 'pick' ? leaf.pickProgram?.frameBuffer ?? null : null;
            gl.bindFramebuffer(gl.FRAMEBUFFER, target);
            gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, px);
            gl.bindFramebuffer(gl.FRAMEBUFFER, null);
            const took = performance.now() - t0;
            const each = took / visible;
            const known = this.costs.get(leaf) ?? {};
            // a cost far above what was known (the change made items dearer) is taken at once
            known[pass] = known[pass] === undefined || each > 2 * known[pass]! ? each : 0.5 * known[pass]! + 0.5 * each;
            this.costs.set(leaf, known);
            if (took <= SLICE_MS) d.grant[pass] = Math.max(d.grant[pass], visible) * GROWTH;
            if (first) this.stats.startSlice = Math.max(this.stats.startSlice, visible);
          }
        }
      }
    }
    if (weight > 0) this.stats.frames++;
    if (this.frameWork) this.frameWork.fresh = false;
    this.stats.pending = left;
    if (left) {
      this.frame = requestAnimationFrame(() => {
        // sigma draws a frame now or soon (it plans the relations again and goes on from there): leave this frame to it.
        if (this.r.renderFrame) {
          this.frame = null;
          return;
        }
        const start = this.frameStart();
        this.step(start, this.frameWork?.fresh ?? true);
      });
    }
  }

  /** Draw items [from, to) of one program, on the relation canvas or its picking texture, as sigma's Program.render would. */
  private drawRange(leaf: Leaf, from: number, to: number, pass: 'normal' | 'pick', params: RenderParams): void {
    if (to <= from) return;
    const whole = { array: leaf.array, capacity: leaf.capacity, verticesCount: leaf.verticesCount };
    leaf.array = whole.array.subarray(from * leaf.STRIDE, to * leaf.STRIDE);
    leaf.capacity = to - from;
    leaf.verticesCount = leaf.VERTICES * (to - from);
    try {
      if (pass === 'pick' && leaf.pickProgram) {
        const info = leaf.pickProgram;
        info.gl.viewport(0, 0, (params.width * params.pixelRatio) / params.downSizingRatio, (params.height * params.pixelRatio) / params.downSizingRatio);
        leaf.bindProgram(info);
        leaf.renderProgram({ ...params, pixelRatio: params.pixelRatio / params.downSizingRatio }, info);
        leaf.unbindProgram(info);
      } else if (pass === 'normal') {
        const info = leaf.normalProgram;
        info.gl.viewport(0, 0, params.width * params.pixelRatio, params.height * params.pixelRatio);
        leaf.bindProgram(info);
        leaf.renderProgram(params, info);
        leaf.unbindProgram(info);
      }
    } finally {
      leaf.array = whole.array;
      leaf.capacity = whole.capacity;
      leaf.verticesCount = whole.verticesCount;
    }
  }
}

/** The layer of a renderer, when it has one. */
export function edgeLayerOf(renderer: Sigma<NodeAttributes, EdgeAttributes>): EdgeLayer | null {
  return (renderer as unknown as { edgeLayer?: EdgeLayer }).edgeLayer ?? null;
}
