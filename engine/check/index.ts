/** The check stage's door: a loaded version checked as a whole, into a checked version. */
export { FACULTIES, checkTests, checkVersion, contextTypeFor, crossFileCycles, decisionIds, exportedSymbols, predeclare, qualifyKey } from "./check-version.js";
export type { RegulationFile, RegulationVersion } from "./model.js";
export { checkProvisions, citedIds } from "./check-provisions.js";
export { dependencyOrder, namespacesRead } from "./check-order.js";
