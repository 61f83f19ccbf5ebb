// Finds where JSON pointers point in the source text, so schema errors can carry line/column.
// One iterative pass over text that JSON.parse already accepted; only run when there are errors.

function escapeToken(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** UTF-16 offsets of the values at the wanted JSON pointers ('' is the whole document). */
export function locateJsonPointers(text: string, wanted: ReadonlySet<string>): Map<string, number> {
  const found = new Map<string, number>();
  if (wanted.size === 0) return found;
  const n = text.length;
  const stack: { ptr: string; isArray: boolean; index: number }[] = [];
  let i = 0;
  let ptr = '';

  const skipWs = () => {
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) break;
      i++;
    }
  };
  const skipString = () => {
    // i is at the opening quote
    i++;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 0x5c) i += 2;
      else if (c === 0x22) {
        i++;
        return;
      } else i++;
    }
  };
  const readKey = (): string => {
    skipWs();
    const start = i;
    skipString();
    const key = JSON.parse(text.slice(start, i)) as string;
    skipWs();
    i++; // ':'
    return key;
  };
  const childPtr = (frame: { ptr: string; isArray: boolean; index: number }) =>
    `${frame.ptr}/${frame.isArray ? String(frame.index) : escapeToken(readKey())}`;

  outer: while (i < n) {
    skipWs();
    if (wanted.has(ptr) && !found.has(ptr)) {
      found.set(ptr, i);
      if (found.size === wanted.size) break;
    }
    const c = text[i];
    if (c === '{' || c === '[') {
      const frame = { ptr, isArray: c === '[', index: 0 };
      i++;
      skipWs();
      if (text[i] !== (c === '{' ? '}' : ']')) {
        stack.push(frame);
        ptr = childPtr(frame);
        continue;
      }
      i++;
    } else if (c === '"') {
      skipString();
    } else {
      while (i < n && !/[\s,\]}]/.test(text[i]!)) i++;
    }
    // After a complete value: move to the next sibling, closing containers as needed.
    for (;;) {
      skipWs();
      const top = stack[stack.length - 1];
      if (top === undefined || i >= n) break outer;
      if (text[i] === ',') {
        i++;
        top.index++;
        ptr = childPtr(top);
        continue outer;
      }
      i++;
      stack.pop();
    }
  }
  return found;
}
