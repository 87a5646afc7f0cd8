// The camera: zoom and fit buttons, full screen, the + - 0 keys, framing an
// entity (with its neighbours) or a path so that it is in view, and keeping
// where the camera looks in the URL (so a reload looks at the same place).
import type { Camera } from '../core/state.ts';
import { byId } from '../ui/dom.ts';
import type { Renderer, ViewerContext } from './context.ts';

/** Above these, framing an entity or a path moves the camera at once instead of gliding. */
const BIG_DRAWING = { nodes: 1000, edges: 3000 };

/** The camera is written to the URL once it has rested this long. */
const CAMERA_SETTLE_MS = 400;

export class CameraController {
  private settle: ReturnType<typeof setTimeout> | null = null;

  constructor(private ctx: ViewerContext) {}

  /** A new renderer: remember where its camera looks whenever it stops moving. */
  watch(renderer: Renderer): void {
    renderer.getCamera().on('updated', (s) => {
      if (this.settle) clearTimeout(this.settle);
      this.settle = setTimeout(() => {
        if (this.ctx.renderer !== renderer) return;
        const atFit = Math.abs(s.x - 0.5) < 1e-4 && Math.abs(s.y - 0.5) < 1e-4 && Math.abs(s.ratio - 1) < 1e-4;
        this.ctx.remember((state) => { state.camera = atFit ? null : { x: s.x, y: s.y, ratio: s.ratio }; });
      }, CAMERA_SETTLE_MS);
    });
  }

  /** Look where a link or a reload says. */
  restore(camera: Camera): void {
    const cam = this.ctx.renderer?.getCamera();
    if (!cam) return;
    // A glide still running would overwrite a plain setState on its next frame: replace it instead.
    if (cam.isAnimated()) cam.animate({ ...camera, angle: 0 }, { duration: 1 });
    else cam.setState({ ...camera, angle: 0 });
  }

  wire(): void {
    const camera = () => this.ctx.renderer?.getCamera();
    byId('zoom-in').addEventListener('click', () => camera()?.animatedZoom({ duration: 250 }));
    byId('zoom-out').addEventListener('click', () => camera()?.animatedUnzoom({ duration: 250 }));
    byId('zoom-fit').addEventListener('click', () => camera()?.animatedReset({ duration: 300 }));
    byId('fullscreen').addEventListener('click', () => {
      if (document.fullscreenElement) void document.exitFullscreen();
      else void document.documentElement.requestFullscreen?.().catch(() => this.ctx.status('Full screen is not available here.', true));
    });
  }

  /** Camera keys when the graph has focus: + and - zoom, 0 fits. Returns true when the key was one of them. */
  key(e: KeyboardEvent): boolean {
    const camera = this.ctx.renderer?.getCamera();
    if (!camera) return false;
    if (e.key === '+' || e.key === '=') camera.animatedZoom({ duration: 200 });
    else if (e.key === '-') camera.animatedUnzoom({ duration: 200 });
    else if (e.key === '0') camera.animatedReset({ duration: 200 });
    else return false;
    return true;
  }

  /** Bring an entity and its visible neighbours into view. */
  centerOn(key: string): void {
    const graph = this.ctx.graph;
    if (!graph || !graph.hasNode(key)) return;
    const hidden = this.ctx.visibility.hiddenNodes;
    const around = [key];
    graph.forEachNeighbor(key, (n) => {
      if (!hidden.has(n) && around.length < 200) around.push(n);
    });
    this.frameNodes(around);
  }

  /** Move the camera so that all the given nodes are in view. */
  frameNodes(nodes: string[]): void {
    const renderer = this.ctx.renderer;
    if (!renderer || nodes.length === 0) return;
    const points = nodes.map((n) => renderer.getNodeDisplayData(n)).filter((d): d is NonNullable<typeof d> => d !== undefined);
    if (points.length === 0) return;
    const xs = points.map((p) => p.x);
    const ys = points.map((p) => p.y);
    const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    // Display coordinates are normalised to the whole graph (ratio 1 shows all of it).
    const ratio = Math.min(1.2, Math.max(0.12, Math.max(x1 - x0, y1 - y0) * 1.6));
    const target = { x: (x0 + x1) / 2, y: (y0 + y1) / 2, ratio };
    // A big drawing jumps: every frame of a glide redraws thousands of items.
    if (this.ctx.graph && (this.ctx.graph.order > BIG_DRAWING.nodes || this.ctx.graph.size > BIG_DRAWING.edges)) renderer.getCamera().setState(target);
    else renderer.getCamera().animate(target, { duration: 400 });
  }
}
