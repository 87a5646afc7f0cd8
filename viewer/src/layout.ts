// Layout on demand, off the main thread: ForceAtlas2 and noverlap both run in
// web workers (graphology's supervisors), writing positions back into the graph
// that sigma draws. The build's positions are used until the user asks.
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import { inferSettings } from 'graphology-layout-forceatlas2';
import NoverlapLayout from 'graphology-layout-noverlap/worker';
import type Sigma from 'sigma';
import type { KnowledgeGraph } from '../../src/types.ts';

export class LayoutControl {
  private fa2: FA2Layout | null = null;
  private noverlap: NoverlapLayout | null = null;
  private noverlapTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(private graph: KnowledgeGraph, private renderer: Sigma, private onChange: (running: boolean) => void) {}

  get running(): boolean {
    return this.fa2?.isRunning() ?? false;
  }

  start(): void {
    this.stopNoverlap();
    if (!this.fa2) {
      const settings = inferSettings(this.graph as never);
      this.fa2 = new FA2Layout(this.graph as never, {
        settings: { ...settings, barnesHutOptimize: this.graph.order > 500, adjustSizes: false, slowDown: 1 + Math.log10(1 + this.graph.order) },
        getEdgeWeight: 'weight',
      });
    }
    this.fa2.start();
    this.onChange(true);
  }

  stop(): void {
    this.fa2?.stop();
    this.onChange(false);
  }

  toggle(): void {
    if (this.running) this.stop();
    else this.start();
  }

  /** Push overlapping nodes apart; sizes are screen pixels, converted to graph units at the current zoom. */
  spread(): void {
    this.stop();
    this.stopNoverlap();
    const probe = this.renderer.viewportToGraph({ x: 0, y: 0 });
    const probe2 = this.renderer.viewportToGraph({ x: 100, y: 0 });
    const unitsPerPixel = Math.hypot(probe2.x - probe.x, probe2.y - probe.y) / 100 || 1;
    this.noverlap = new NoverlapLayout(this.graph as never, {
      inputReducer: (_key, attr) => ({ x: attr.x, y: attr.y, size: (attr.size ?? 4) * unitsPerPixel }),
      settings: { margin: 3 * unitsPerPixel, ratio: 1.1, speed: 3 },
      onConverged: () => this.stopNoverlap(),
    });
    this.noverlap.start();
    // Noverlap converges quickly on news graphs; stop it anyway so it never runs forever.
    this.noverlapTimer = setTimeout(() => this.stopNoverlap(), 8000);
  }

  private stopNoverlap(): void {
    if (this.noverlapTimer) clearTimeout(this.noverlapTimer);
    this.noverlapTimer = null;
    this.noverlap?.kill();
    this.noverlap = null;
  }

  kill(): void {
    this.stopNoverlap();
    this.fa2?.kill();
    this.fa2 = null;
  }
}
