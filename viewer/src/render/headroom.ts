// sigma 3 sizes each WebGL program's buffer to the exact number of items drawn
// (Program#reallocate): every entity or relation added to a big drawing makes a
// new buffer of a new size, re-uploaded and re-allocated by the GPU process.
// These subclasses round the capacity up to a step of HEADROOM_STEP items, so a
// drawing grown by a few dozen entities keeps its buffers; the slots past the
// items drawn are zeroed (sigma writes hidden items as zeros too), so nothing
// stale is drawn when a drawing shrinks within the same step.

/** Items per allocation step. */
export const HEADROOM_STEP = 2048;

/** The capacity allocated for `count` items: the next multiple of the step (0 stays 0). */
export function paddedCapacity(count: number, step: number = HEADROOM_STEP): number {
  return count <= 0 ? 0 : Math.ceil(count / step) * step;
}

interface SimpleProgram { array: Float32Array; capacity: number }
interface CompoundProgram { programs: unknown[] }
type Reallocating = { reallocate(capacity: number): void };
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a mixin's constructor must take any[]
type ProgramConstructor = new (...args: any[]) => Reallocating;

/** Zero the slots of `program` (or of each of a compound program's parts) from `count` on. */
function clearTail(program: unknown, count: number): void {
  const parts = (program as Partial<CompoundProgram>).programs;
  if (Array.isArray(parts)) {
    for (const p of parts) clearTail(p, count);
    return;
  }
  const simple = program as Partial<SimpleProgram>;
  if (!(simple.array instanceof Float32Array) || !simple.capacity) return;
  const stride = simple.array.length / simple.capacity;
  simple.array.fill(0, count * stride);
}

/** `Program` whose buffers grow by steps instead of to the exact item count. */
export function withHeadroom<T extends ProgramConstructor>(Program: T, step: number = HEADROOM_STEP): T {
  const Padded = class extends Program {
    reallocate(capacity: number): void {
      super.reallocate(paddedCapacity(capacity, step));
      clearTail(this, capacity);
    }
  };
  return Padded as T;
}
