/** The editor server's door, for `regelwerk serve` and `regelwerk users` (engine/cli) and the tests. */
export { AccountError, addAccount, disableAccount, findAccount, listAccounts, type Account } from "./accounts.js";
export { openDatabase, type Db } from "./database.js";
export { createDemoAccounts, demoFolder, facultiesOf, type DemoAccount } from "./demo.js";
export { contentHash } from "./content-hash.js";
export { BODY_LIMIT, createServer, listen, type EditorServer, type ServerOptions } from "./server.js";
