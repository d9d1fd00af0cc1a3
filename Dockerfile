# The Leian service. Node 24 runs the TypeScript sources directly (type stripping); nodejieba is
# compiled from source during `npm ci` (its prebuilt download is not relied upon).
FROM node:24-bookworm-slim
RUN apt-get update && apt-get install -y --no-install-recommends g++ make python3 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY package.json package-lock.json ./
# `npm ci` runs the root package's postinstall (node tools/jieba/build.ts), so what the lifecycle
# scripts name is copied first (test/dockerfile.test.ts). Install scripts stay on: nodejieba and
# node are built/fetched by theirs, as package.json's allowScripts permits.
COPY tools/jieba ./tools/jieba
RUN npm ci --omit=dev
COPY src ./src
COPY indexer ./indexer
COPY mappings ./mappings
COPY tools ./tools
# The indexer's default --state-dir (checkpoints, dead letters), written by the node user.
RUN mkdir -p /app/.leian && chown node:node /app/.leian
ENV NODE_ENV=production
USER node
EXPOSE 8080
CMD ["node", "src/main.ts"]
