// Explains an event relation's CAMEO code in the panel, with the same code table
// the relate stage emits from (pure data, safe to bundle for the browser).
import { CAMEO_CODES, CAMEO_ROOTS } from '../../../src/pipeline/relate/data/cameo.ts';

export function cameoLabel(code: string | null | undefined): string | null {
  if (!code) return null;
  const name = CAMEO_CODES[code] ?? CAMEO_ROOTS[code.slice(0, 2)];
  return name ? `CAMEO ${code} · ${name}` : `CAMEO ${code}`;
}
