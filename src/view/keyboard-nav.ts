// Moving the selection with the arrow keys: the next node is the nearest one
// in the direction pressed, in what the user sees (rendered positions), within
// a cone of ±60° so that "right" never jumps to a node straight above.

export type Direction = 'left' | 'right' | 'up' | 'down';

export interface NodePoint {
  id: string;
  x: number;
  y: number;
}

const UNIT: Record<Direction, [number, number]> = { left: [-1, 0], right: [1, 0], up: [0, -1], down: [0, 1] };
/** cos 60°: how far off the direction a node may lie. */
const CONE = 0.5;

export const ARROW_DIRECTIONS: Readonly<Record<string, Direction>> = Object.freeze({ ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' });

/**
 * The node to go to from `from` in `direction`, or null when none lies that way.
 * Distance counts, and so does being off the axis: a node twice as far but
 * straight ahead beats one close by at the edge of the cone.
 */
export function nextInDirection(points: readonly NodePoint[], from: NodePoint, direction: Direction): string | null {
  const [ux, uy] = UNIT[direction];
  let best: string | null = null;
  let bestCost = Infinity;
  for (const p of points) {
    if (p.id === from.id) continue;
    const dx = p.x - from.x;
    const dy = p.y - from.y;
    const distance = Math.hypot(dx, dy);
    if (distance === 0) continue;
    const along = (dx * ux + dy * uy) / distance;
    if (along < CONE) continue;
    const cost = distance * (2 - along);
    if (cost < bestCost || (cost === bestCost && best !== null && p.id < best)) {
      best = p.id;
      bestCost = cost;
    }
  }
  return best;
}

/** The node nearest a point (the view's centre, when nothing is selected yet). */
export function nearestTo(points: readonly NodePoint[], x: number, y: number): string | null {
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const p of points) {
    const d = Math.hypot(p.x - x, p.y - y);
    if (d < bestDistance) {
      best = p.id;
      bestDistance = d;
    }
  }
  return best;
}
