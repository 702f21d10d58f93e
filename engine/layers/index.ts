/** The layers stage's door: scopes, which files apply, and how layers rank. */
export { LAYER_RANK, appliesTo, byLayerMostSpecificFirst, courseFacultyOf, mostSpecific, scopeKey, scopeOf, type Scope } from "./scope.js";
