/** The receipt stage's door: canonical forms and hashes that let anyone reproduce a result. */
export { canonicalJson } from "./canonical-json.js";
export { portableSha256, type Hasher } from "./hash.js";
export { canonicalFile, rulesHash, withoutLayout, type HashedFile, type HashedVersion } from "./rules-hash.js";
