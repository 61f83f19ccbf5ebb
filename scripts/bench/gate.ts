// A benchmark figure with its goal: `npm run bench` fails when a figure misses its goal.

export interface Gate {
  name: string;
  ratio: number;
  goal: number;
  pass: boolean;
}

/** A ratio to its floor (measured in the same run) against the goal: at most `goal`. */
export function gate(name: string, ratio: number, goal: number): Gate {
  return { name, ratio, goal, pass: ratio <= goal };
}
