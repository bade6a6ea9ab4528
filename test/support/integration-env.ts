import { inject } from "vitest";

// Runs in each test worker before the test file: the server layer reads DATABASE_URL from the environment.
process.env.DATABASE_URL = inject("databaseUrl");
process.env.NEXTAUTH_SECRET ??= "integration-tests-secret-0123456789abcdef";
