// Room for labels on screen: each label placed is a box, and a label whose box
// would cross one already placed is not drawn (or tried on another side of its
// node). Sigma's own rule (one label per 80-pixel cell, by node size) lets long
// labels from neighbouring cells run into each other; this one never draws two
// labels on top of each other, and places the most important first. Pure: boxes
// in, decisions out, so it is unit-tested in Node.

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Where a label may sit around its node, in order of preference. */
export type Side = 'right' | 'left' | 'below' | 'above';
export const SIDES: readonly Side[] = ['right', 'left', 'below', 'above'];

/** The box of a label `w` × `h` on `side` of a disc of radius `r` centred at (x, y), `gap` pixels away. */
export function labelBox(x: number, y: number, r: number, w: number, h: number, side: Side, gap = 3): Box {
  switch (side) {
    case 'right': return { x: x + r + gap, y: y - h / 2, w, h };
    case 'left': return { x: x - r - gap - w, y: y - h / 2, w, h };
    case 'below': return { x: x - w / 2, y: y + r + gap, w, h };
    case 'above': return { x: x - w / 2, y: y - r - gap - h, w, h };
  }
}

export function intersects(a: Box, b: Box): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

/** Boxes placed so far, in a grid of cells so that a test looks only at nearby boxes. */
export class LabelSpace {
  private cells = new Map<number, Box[]>();
  readonly placed: Box[] = [];

  constructor(private cellSize = 48) {}

  clear(): void {
    this.cells.clear();
    this.placed.length = 0;
  }

  private forCells(box: Box, visit: (key: number) => boolean | void): boolean {
    const c = this.cellSize;
    const x0 = Math.floor(box.x / c);
    const x1 = Math.floor((box.x + box.w) / c);
    const y0 = Math.floor(box.y / c);
    const y1 = Math.floor((box.y + box.h) / c);
    for (let cx = x0; cx <= x1; cx++) {
      for (let cy = y0; cy <= y1; cy++) {
        if (visit((cx + 32768) * 65536 + (cy + 32768)) === true) return true;
      }
    }
    return false;
  }

  /** True when `box` crosses no box placed so far. */
  free(box: Box): boolean {
    return !this.forCells(box, (key) => this.cells.get(key)?.some((other) => intersects(box, other)) === true);
  }

  /** Reserve `box` (whether or not it was free: a forced label still keeps others off it). */
  take(box: Box): void {
    this.placed.push(box);
    this.forCells(box, (key) => {
      const list = this.cells.get(key);
      if (list) list.push(box);
      else this.cells.set(key, [box]);
    });
  }

  /**
   * Place a label around a node: the first side whose box is free (and inside `bounds`,
   * when given) is taken and returned; null when every side is taken.
   */
  place(x: number, y: number, r: number, w: number, h: number, bounds?: Box, sides: readonly Side[] = SIDES): Box | null {
    for (const side of sides) {
      const box = labelBox(x, y, r, w, h, side);
      if (bounds && (box.x < bounds.x || box.y < bounds.y || box.x + box.w > bounds.x + bounds.w || box.y + box.h > bounds.y + bounds.h)) continue;
      if (this.free(box)) {
        this.take(box);
        return box;
      }
    }
    return null;
  }
}
