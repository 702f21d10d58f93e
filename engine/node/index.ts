/** The Node adapter's door (`regelwerk/node`): the file system on disk, the native hasher, batch runs in worker threads. */
export { nodeFileSystem } from "./node-fs.js";
export { nodeSha256 } from "./native-hash.js";
export { runBatch, type BatchRun } from "./batch-pool.js";
export { inOrderWindow, type WindowRun } from "./ordered-window.js";
export { csvHeader, decisionColumns, type RecordOptions } from "./batch-record.js";
export type { ChunkResult, Rejected, StudentInput, WorkerSetup } from "./batch-protocol.js";
