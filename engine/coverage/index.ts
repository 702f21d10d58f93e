/** The coverage door: a version's files measured against its provisions index (docs/provisions.md). */
export { coverageOf, decidingFiles, type ArticleCoverage, type CoverageReport, type ProvisionCoverage, type ProvisionStatus, type Tally } from "./coverage.js";
