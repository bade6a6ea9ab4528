import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const alias = {
  "@": fileURLToPath(new URL(".", import.meta.url)),
  // `server-only` throws outside React Server Components; tests call the server layer directly.
  "server-only": fileURLToPath(new URL("./test/support/server-only-stub.ts", import.meta.url)),
};

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          include: ["lib/**/*.test.ts", "components/**/*.test.ts", "scripts/**/*.test.ts", "test/**/*.test.ts"],
          exclude: ["**/*.integration.test.ts", "test/e2e/**", "node_modules/**"],
          environment: "node",
        },
      },
      {
        resolve: { alias },
        test: {
          name: "integration",
          include: ["lib/**/*.integration.test.ts", "app/**/*.integration.test.ts", "scripts/**/*.integration.test.ts", "test/**/*.integration.test.ts"],
          exclude: ["test/e2e/**", "node_modules/**"],
          environment: "node",
          globalSetup: ["test/support/integration-setup.ts"],
          setupFiles: ["test/support/integration-env.ts"],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        // The shipped stack's files checked by their own tools, natively (promtool, amtool, exporters,
        // PostgreSQL and pgBackRest for the restore drill): slower, and needing Debian's packages.
        resolve: { alias },
        test: {
          name: "docker",
          include: ["docker/**/*.test.ts"],
          environment: "node",
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
