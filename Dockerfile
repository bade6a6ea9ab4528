# Vigie's image, built by docker/compose.yaml (`docker compose -f docker/compose.yaml up -d`).
# Two stages: the build (all dependencies, `next build`), then a runtime with production dependencies only,
# run as the unprivileged `node` user. At start docker/vigie/entrypoint.sh exports the Docker secrets as the
# environment Vigie reads, applies the pending migrations (`prisma migrate deploy`) and runs scripts/server.mjs
# (Next.js with the client address taken from the socket, or from the trusted proxy's hop).
# next.config.mjs has no `output: "standalone"`: the runtime keeps node_modules and .next as they are.

FROM node:20-bookworm-slim AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1 CHECKPOINT_DISABLE=1 PRISMA_HIDE_UPDATE_MESSAGE=1
COPY package.json package-lock.json ./
# --ignore-scripts, as package.json's allowScripts says: no Prisma engine download (prisma.config.ts points
# Prisma at the WebAssembly schema engine shim in prisma/engine), and the embedded PostgreSQL is not used here.
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY . .
# prisma generate && next build (public/ may be absent from a clone: git keeps no empty directory)
RUN mkdir -p public \
 && npm run build \
 && npm prune --omit=dev --ignore-scripts --no-audit --no-fund \
 && rm -rf .next/cache

FROM node:20-bookworm-slim AS runtime
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 CHECKPOINT_DISABLE=1 PRISMA_HIDE_UPDATE_MESSAGE=1 \
    HOST=0.0.0.0 PORT=3000
# Owned by root, read-only for the app; only .next (Next's runtime cache) is writable by `node`.
COPY --from=build /app/package.json /app/next.config.mjs /app/tsconfig.json /app/prisma.config.ts ./
COPY --from=build /app/scripts/server.mjs ./scripts/server.mjs
# scripts/server.mjs and the modules it imports (client address, security headers, the status page's copy and
# the languages it chooses between):
# docker/vigie/image.test.ts checks that every one of them is here.
COPY --from=build /app/scripts/lib/*.mjs ./scripts/lib/
COPY --from=build /app/lib/i18n/languages.mjs ./lib/i18n/languages.mjs
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/prisma ./prisma
COPY --from=build /app/public ./public
COPY --from=build --chown=node:node /app/.next ./.next
COPY docker/vigie/entrypoint.sh /usr/local/bin/vigie-entrypoint
RUN chmod 0755 /usr/local/bin/vigie-entrypoint
USER node
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/api/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
ENTRYPOINT ["vigie-entrypoint"]
