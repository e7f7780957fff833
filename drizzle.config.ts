import { defineConfig } from "drizzle-kit";

// `npm run db:generate` writes a new versioned SQL migration into migrations/ from the
// *.table.ts files; migrations are forward-only and applied by `npx maeul db migrate`.
export default defineConfig({
  dialect: "postgresql",
  schema: "./src/db/schema.ts",
  out: "./migrations",
  casing: "snake_case",
});
