// Worker-thread entry for solve-components-in-workers.ts: the solver is TypeScript, run through
// tsx as the CLI is (docs/decisions/0001-stack.md).
import { register } from "tsx/esm/api";

register();
await import("./component-worker.ts");
