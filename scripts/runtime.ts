/** `npm run runtime -- [--port 4322] [--allow-origin <origin>]… [--site <url>]`: see src/server/runtime-cli.ts. */
import { runRuntimeCli } from '../src/server/runtime-cli.ts';

await runRuntimeCli(process.argv.slice(2));
