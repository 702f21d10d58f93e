/** The Node adapter's door (`regelwerk/node`): the file system on disk and the native hasher. */
export { nodeFileSystem } from "./node-fs.js";
export { nodeSha256 } from "./native-hash.js";
