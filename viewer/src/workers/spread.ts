// "Spread overlaps" off the page's thread: the same overlap removal the build's
// layout ends with (src/graph/overlap.ts), on positions and radii sent by
// layout.ts; the arrays go back transferred, not copied.
import { removeOverlaps } from '../../../src/graph/overlap.ts';

interface Request {
  x: Float64Array;
  y: Float64Array;
  r: Float64Array;
}

self.onmessage = (event: MessageEvent<Request>) => {
  const { x, y, r } = event.data;
  const result = removeOverlaps(x, y, r, { maxPasses: 200 });
  (self as unknown as Worker).postMessage({ x, y, remaining: result.remaining }, [x.buffer, y.buffer]);
};
