/** Writing new regulation files: the skeleton of a faculty's file on an article (CLI and editor alike). */
export { supplementSkeleton, type OpenPoint, type SkeletonInput } from "./supplement-skeleton.js";
export { enumOf, generalTextOf, openPoints, skeletonInput } from "./skeleton-input.js";
