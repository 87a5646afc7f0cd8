// Node and edge colours arrive as CSS strings ("#e15759", "#abc",
// "rgb(1,2,3)", "rgba(1,2,3,0.5)"); GEXF wants r/g/b/a numbers.
export interface Rgba { r: number; g: number; b: number; a: number }

const clamp = (n: number) => Math.max(0, Math.min(255, Math.round(n)));

export function parseColor(color: unknown): Rgba | null {
  if (typeof color !== 'string') return null;
  const c = color.trim().toLowerCase();
  let m = /^#([0-9a-f]{3,4})$/.exec(c);
  if (m) {
    const d = m[1]!.split('').map((h) => parseInt(h + h, 16));
    return { r: d[0]!, g: d[1]!, b: d[2]!, a: d[3] === undefined ? 1 : d[3] / 255 };
  }
  m = /^#([0-9a-f]{6})([0-9a-f]{2})?$/.exec(c);
  if (m) {
    const n = parseInt(m[1]!, 16);
    return { r: (n >> 16) & 255, g: (n >> 8) & 255, b: n & 255, a: m[2] ? parseInt(m[2], 16) / 255 : 1 };
  }
  m = /^rgba?\(\s*([\d.]+)\s*,\s*([\d.]+)\s*,\s*([\d.]+)\s*(?:,\s*([\d.]+)\s*)?\)$/.exec(c);
  if (m) return { r: clamp(+m[1]!), g: clamp(+m[2]!), b: clamp(+m[3]!), a: m[4] === undefined ? 1 : Math.max(0, Math.min(1, +m[4])) };
  return null;
}

export function toHex({ r, g, b }: Rgba): string {
  return '#' + [r, g, b].map((v) => v.toString(16).padStart(2, '0')).join('');
}
