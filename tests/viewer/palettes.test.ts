// The Appearance card's own palettes: communities and articles never wear an
// entity type's colour, their colours stay apart for normal vision and the three
// dichromat visions, and from the grey of the groups beyond the palette; a
// community keeps its colour (by its Louvain number) whatever part of the graph
// is drawn.
import { describe, expect, it } from 'vitest';
import { ARTICLE_PALETTE, COMMUNITY_PALETTE, OTHER_GROUP } from '../../viewer/src/core/palettes.ts';
import { communityColors, formatMeasure } from '../../viewer/src/core/appearance.ts';
import { TYPE_COLORS } from '../../src/types.ts';
import { ciede2000, closestAcrossVisions, labAs } from '../helpers/colour-vision.ts';
import { CANVAS_COLORS, contrast } from '../../viewer/src/core/theme.ts';
import { readFileSync } from 'node:fs';

/** The dark theme's card colour, where the Appearance legend's swatches sit (viewer/src/styles.css). */
const DARK_CARD = /:root\[data-theme="dark"\]\s*\{[^}]*--card:\s*(#[0-9a-f]{6})/i.exec(readFileSync(new URL('../../viewer/src/styles.css', import.meta.url), 'utf8'))?.[1];

/** CIEDE2000 below which two swatches of a legend are easily confused (as tests/graph/palette.test.ts). */
const APART = 7;

const within = (palette: readonly string[]) => palette.flatMap((a, i) => palette.slice(i + 1).map((b) => [a, b] as const));

describe.each([['community', COMMUNITY_PALETTE], ['article', ARTICLE_PALETTE]] as const)('%s palette', (_name, palette) => {
  it.each(within(palette))('%s and %s stay apart for every vision', (a, b) => {
    expect(closestAcrossVisions(a, b).difference).toBeGreaterThanOrEqual(APART);
  });

  it.each(palette.map((c) => [c]))('%s stays apart from the "other" grey for every vision', (c) => {
    expect(closestAcrossVisions(c, OTHER_GROUP).difference).toBeGreaterThanOrEqual(APART);
  });

  it.each(palette.map((c) => [c]))('%s keeps 3:1 (WCAG non-text) against the dark canvas and the dark legend card', (c) => {
    expect(DARK_CARD).toBeDefined();
    for (const background of [CANVAS_COLORS.dark.background, DARK_CARD!]) expect(contrast(c, background), background).toBeGreaterThanOrEqual(3);
  });

  it.each(palette.map((c) => [c]))('%s is no entity type\'s colour', (c) => {
    for (const [type, t] of Object.entries(TYPE_COLORS)) expect(ciede2000(labAs(c, 'normal'), labAs(t, 'normal')), type).toBeGreaterThanOrEqual(APART);
  });
});

describe('community colours', () => {
  it('follow the community number, not the drawn part: the same community, the same colour', () => {
    const palette = ['#111111', '#222222'];
    const all = communityColors(new Map([['a', 0], ['b', 0], ['c', 1], ['d', 2], ['e', 5], ['f', -1]]), palette);
    expect([...all.color.entries()]).toEqual([['a', '#111111'], ['b', '#111111'], ['c', '#222222'], ['d', OTHER_GROUP], ['e', OTHER_GROUP], ['f', OTHER_GROUP]]);
    expect(all.legend).toEqual([
      { color: '#111111', label: 'Community 1', count: 2 }, { color: '#222222', label: 'Community 2', count: 1 },
      { color: OTHER_GROUP, label: '2 other communities', count: 2 }, { color: OTHER_GROUP, label: 'not measured', count: 1 },
    ]);
    // Community 2 drawn alone (its entities outnumber the rest) keeps its colour.
    const part = communityColors(new Map([['c', 1], ['x', 1], ['y', 1], ['a', 0]]), palette);
    expect(part.color.get('c')).toBe('#222222');
    expect(part.legend[0]).toEqual({ color: '#111111', label: 'Community 1', count: 1 });
  });

  it.each([[0, '0'], [12, '12'], [3.25, '3.3'], [0.012345, '0.012'], [15321.4, '15,321']])('a measure of %d reads %s', (v, text) => {
    expect(formatMeasure(v)).toBe(text);
  });
});
