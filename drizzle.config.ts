import { defineConfig } from "drizzle-kit";

// `npm run db:generate` writes SQL migrations from src/server/db/schema.ts; they are committed.
// Applying them goes through `npm run db:migrate` (scripts/migrate.ts), which works for file:,
// http://127.0.0.1 and libsql:// URLs alike.
export default defineConfig({
  dialect: "turso",
  schema: "./src/server/db/schema.ts",
  out: "./src/server/db/migrations",
  dbCredentials: {
    url: process.env.DATABASE_URL ?? "file:.data/rounds.db",
    authToken: process.env.DATABASE_AUTH_TOKEN,
  },
});
