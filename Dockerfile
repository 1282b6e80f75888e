# The Dossier app for docker-compose.yml: it talks to the neo4j service (NEO4J_URI), so no Java is needed.
# Two stages: `build` compiles the client (Vite) and the server (esbuild, `npm run build:server`) with the
# dev dependencies; the image that runs holds only the production packages, the compiled JavaScript and
# graph-seed/, and runs `node dist/server/index.js` (no TypeScript, no tsx) as the unprivileged user.

FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build:client && npm run build:server

FROM node:20-bookworm-slim
ENV NODE_ENV=production HOST=0.0.0.0 PORT=3000
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/dist/server ./dist/server
COPY --from=build /app/client/dist ./client/dist
COPY graph-seed ./graph-seed
USER node
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch(`http://127.0.0.1:${process.env.PORT}/api/health`).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# SIGTERM (docker stop) lets requests in flight finish (SHUTDOWN_GRACE_MS), then closes the driver.
STOPSIGNAL SIGTERM
CMD ["node", "dist/server/index.js"]
