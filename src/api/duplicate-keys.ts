/**
 * Duplicate keys in a JSON body ({"q":"盗窃","q":"抢劫"}): JSON.parse keeps the last silently, so what
 * the service searched for could differ from what a proxy, a log or the judge's own tool read in the
 * same body. Found here before parsing and refused with their path (review14-fuzz).
 */

/**
 * The path of the first key repeated within one object of `text` (`filters.charges`, `items.0.x`, as request paths are written),
 * or undefined. A single pass over the text; text that is not JSON yields undefined (the parser that
 * runs after says what is wrong with it).
 */
export function firstDuplicateKey(text: string): string | undefined {
  type Frame = { keys: Set<string> | undefined; path: string; index: number };
  const stack: Frame[] = [];
  /** The key just read in the innermost object, until its value starts. */
  let pendingKey: string | undefined;
  const childPath = (): string => {
    const top = stack.at(-1);
    if (!top) return "";
    if (top.keys === undefined) return top.path ? `${top.path}.${top.index}` : String(top.index);
    return top.path ? `${top.path}.${pendingKey ?? ""}` : (pendingKey ?? "");
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') {
      let end = i + 1;
      while (end < text.length && text[end] !== '"') end += text[end] === "\\" ? 2 : 1;
      if (end >= text.length) return undefined;
      const top = stack.at(-1);
      // A string in an object is a key when a colon follows it.
      let after = end + 1;
      while (after < text.length && /\s/.test(text[after] ?? "")) after++;
      if (top?.keys && text[after] === ":") {
        let key: string;
        try {
          key = JSON.parse(text.slice(i, end + 1)) as string;
        } catch {
          return undefined;
        }
        if (top.keys.has(key)) return top.path ? `${top.path}.${key}` : key;
        top.keys.add(key);
        pendingKey = key;
      }
      i = end;
    } else if (ch === "{" || ch === "[") {
      stack.push({ keys: ch === "{" ? new Set() : undefined, path: childPath(), index: 0 });
    } else if (ch === "}" || ch === "]") {
      stack.pop();
    } else if (ch === ",") {
      const top = stack.at(-1);
      if (top && top.keys === undefined) top.index++;
    }
  }
  return undefined;
}
