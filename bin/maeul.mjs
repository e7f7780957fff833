#!/usr/bin/env node
// Entry point for `npx maeul`: runs the TypeScript CLI through tsx (see docs/decisions/0001-stack.md).
import { register } from "tsx/esm/api";

register();
const { runCli } = await import("../src/cli/main.ts");
process.exitCode = await runCli(process.argv);
