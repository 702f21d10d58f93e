/** The engine's version, printed on every receipt. */
import pkg from "../package.json" with { type: "json" };

export const ENGINE_VERSION: string = pkg.version;
