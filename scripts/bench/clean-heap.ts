// In-process pairs (the SBOM diff against JSON.parse, the XML read against a bare parse) time two sides one
// after the other. Without a collection in between, whichever side runs second pays for the garbage the
// first left: a JSON.parse of the 50k pair took 110–145 ms when it ran first in its round, 165–250 ms right
// after the diff, and the median ratio flipped with the order. Each side starts on a collected heap, so
// it pays for its own garbage and nobody else's.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/** Run `side` on a collected heap. */
export function onCleanHeap<T>(side: () => T): () => T {
  return () => {
    gc();
    return side();
  };
}
