# The Dossier app for docker-compose.yml: it talks to the neo4j service (NEO4J_URI), so no Java is needed.
FROM node:20-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN if [ -f client/vite.config.ts ]; then npx vite build --config client/vite.config.ts; fi
ENV NODE_ENV=production HOST=0.0.0.0 PORT=3000
EXPOSE 3000
USER node
CMD ["npx", "tsx", "server/src/index.ts"]
