/**
 * Canonical JSON: sorted keys, no undefined fields, so equal inputs hash equally whatever their key
 * order. It runs once per student for the receipt's input hash, so the common cases are done by
 * hand: a string with nothing to escape is quoted directly, a number written as JSON writes it, and
 * a key's JSON form is remembered; anything else goes through JSON.stringify, which defines the text.
 */
const NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;

/** Object keys repeat across students (they are the context's field names): their JSON, by key. */
const keyJson = new Map<string, string>();
const KEY_CACHE_LIMIT = 10_000;

function quoteKey(key: string): string {
  let text = keyJson.get(key);
  if (text === undefined) {
    text = JSON.stringify(key);
    if (keyJson.size < KEY_CACHE_LIMIT) keyJson.set(key, text);
  }
  return text;
}

export function canonicalJson(value: unknown): string {
  switch (typeof value) {
    case "string":
      return NEEDS_ESCAPE.test(value) ? JSON.stringify(value) : `"${value}"`;
    case "number":
      return Number.isFinite(value) ? String(value) : "null";
    case "boolean":
      return value ? "true" : "false";
    case "object":
      break;
    default:
      return JSON.stringify(value) ?? "null";
  }
  if (value === null) return "null";
  if (Array.isArray(value)) {
    let out = "[";
    for (let i = 0; i < value.length; i++) out += (i > 0 ? "," : "") + canonicalJson(value[i]);
    return out + "]";
  }
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record).sort();
  let out = "{";
  let first = true;
  for (const key of keys) {
    const v = record[key];
    if (v === undefined) continue;
    out += (first ? "" : ",") + quoteKey(key) + ":" + canonicalJson(v);
    first = false;
  }
  return out + "}";
}
