/**
 * The Node adapter's door (`regelwerk/node`): the file system on disk, the native hasher, batch runs
 * in worker threads. Importing it turns on generated JavaScript for evaluation (compile/generate-*.ts):
 * Node allows `new Function`; the browser editor never imports this door and keeps the closures.
 */
import { useGeneratedCode } from "../compile/index.js";

useGeneratedCode(true);

export { nodeFileSystem } from "./node-fs.js";
export { nodeSha256 } from "./native-hash.js";
export { runBatch, type BatchRun } from "./batch-pool.js";
export { inOrderWindow, type WindowRun } from "./ordered-window.js";
export { csvHeader, decisionColumns, type RecordOptions } from "./batch-record.js";
export { readStudent, type ChunkResult, type Rejected, type StudentInput, type WorkerSetup } from "./batch-protocol.js";
