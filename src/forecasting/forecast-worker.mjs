// Worker-thread entry for forecast-in-workers.ts: the models are TypeScript, run through tsx as
// the CLI is (docs/decisions/0001-stack.md).
import { register } from "tsx/esm/api";

register();
await import("./forecast-worker.ts");
