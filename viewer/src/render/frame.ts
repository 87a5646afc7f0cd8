// The extent sigma fits to the screen (its custom bounding box), and how it makes room
// for a card over the bottom of the drawing. Pure: no DOM, no sigma.

export interface Frame {
  x: [number, number];
  y: [number, number];
}

/**
 * `frame` grown downwards so that, fitted to a stage of `stageHeight` pixels, what it
 * held ends `covered` pixels above the stage's bottom (sigma draws larger y higher up):
 * a card over the bottom of the drawing then covers no entity at fit.
 */
export function frameAbove(frame: Frame, covered: number, stageHeight: number): Frame {
  const share = stageHeight > 0 ? Math.min(0.5, Math.max(0, covered / stageHeight)) : 0;
  if (share === 0) return frame;
  const span = frame.y[1] - frame.y[0];
  return { x: [frame.x[0], frame.x[1]], y: [frame.y[0] - (span * share) / (1 - share), frame.y[1]] };
}
