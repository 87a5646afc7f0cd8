// Label placement, pure: a label never covers one placed before it, tries the
// other sides of its node, and stays inside the bounds when asked.
import { describe, expect, it } from 'vitest';
import { intersects, labelBox, LabelSpace } from '../../viewer/src/render/label-space.ts';

describe('LabelSpace', () => {
  it.each([
    ['right', { x: 108, y: 95, w: 40, h: 10 }],
    ['left', { x: 52, y: 95, w: 40, h: 10 }],
    ['below', { x: 80, y: 108, w: 40, h: 10 }],
    ['above', { x: 80, y: 82, w: 40, h: 10 }],
  ] as const)('puts a label %s of its node', (side, box) => {
    expect(labelBox(100, 100, 5, 40, 10, side)).toEqual(box);
  });

  it('places the first label on the right, the next one elsewhere, and refuses when every side is taken', () => {
    const space = new LabelSpace(16);
    expect(space.place(100, 100, 5, 40, 10)).toEqual({ x: 108, y: 95, w: 40, h: 10 });
    // The same spot again: the right is taken, the left is free.
    expect(space.place(100, 100, 5, 40, 10)).toEqual({ x: 52, y: 95, w: 40, h: 10 });
    expect(space.place(100, 100, 5, 40, 10)).toEqual({ x: 80, y: 108, w: 40, h: 10 });
    expect(space.place(100, 100, 5, 40, 10)).toEqual({ x: 80, y: 82, w: 40, h: 10 });
    expect(space.place(100, 100, 5, 40, 10)).toBeNull();
    const placed = space.placed;
    for (let i = 0; i < placed.length; i++) for (let j = i + 1; j < placed.length; j++) expect(intersects(placed[i]!, placed[j]!)).toBe(false);
  });

  it('keeps labels inside the bounds: a node at the right border is labelled on its left', () => {
    const space = new LabelSpace();
    expect(space.place(195, 50, 4, 30, 10, { x: 0, y: 0, w: 200, h: 100 })).toEqual({ x: 158, y: 45, w: 30, h: 10 });
  });

  it('a box taken by force keeps other labels off it', () => {
    const space = new LabelSpace();
    space.take({ x: 100, y: 90, w: 100, h: 20 });
    expect(space.free({ x: 150, y: 95, w: 10, h: 5 })).toBe(false);
    expect(space.free({ x: 201, y: 95, w: 10, h: 5 })).toBe(true);
  });
});
