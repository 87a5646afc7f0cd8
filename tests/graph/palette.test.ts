// The entity-type and relation-kind colours must stay apart for everyone:
// within each legend, and across the two (a relation's line must not read as an
// entity type), for normal vision and the three dichromat visions.
import { describe, expect, it } from 'vitest';
import { KIND_COLORS, TYPE_COLORS } from '../../src/types.ts';
import { ciede2000, closestAcrossVisions, labAs } from '../helpers/colour-vision.ts';

/** CIEDE2000 below which two swatches of a legend are easily confused. */
const APART = 7;

function pairs(a: Record<string, string>, b?: Record<string, string>): Array<[string, string, string, string]> {
  const out: Array<[string, string, string, string]> = [];
  const left = Object.entries(a);
  const right = Object.entries(b ?? a);
  left.forEach(([ka, ca], i) => right.forEach(([kb, cb], j) => { if (b || j > i) out.push([ka, kb, ca, cb]); }));
  return out;
}

describe('palette', () => {
  it('CIEDE2000 agrees with published reference pairs (Sharma, Wu and Dalal 2005)', () => {
    expect(ciede2000([50, 2.6772, -79.7751], [50, 0, -82.7485])).toBeCloseTo(2.0425, 3);
    expect(ciede2000([50, 2.5, 0], [73, 25, -18])).toBeCloseTo(27.1492, 3);
    expect(ciede2000([2.0776, 0.0795, -1.135], [0.9033, -0.0636, -0.5514])).toBeCloseTo(0.9082, 3);
    // Deuteranopia makes red and green close: the simulation must show it.
    expect(ciede2000(labAs('#e15759', 'deuteranopia'), labAs('#59a14f', 'deuteranopia'))).toBeLessThan(3);
  });

  it.each(pairs(TYPE_COLORS))('entity types %s and %s stay apart for every vision', (_a, _b, ca, cb) => {
    expect(closestAcrossVisions(ca, cb).difference).toBeGreaterThanOrEqual(APART);
  });

  it.each(pairs(KIND_COLORS))('relation kinds %s and %s stay apart for every vision', (_a, _b, ca, cb) => {
    expect(closestAcrossVisions(ca, cb).difference).toBeGreaterThanOrEqual(APART);
  });

  it.each(pairs(KIND_COLORS, TYPE_COLORS))('relation kind %s does not read as entity type %s', (_a, _b, ca, cb) => {
    expect(closestAcrossVisions(ca, cb).difference).toBeGreaterThanOrEqual(APART);
  });
});
