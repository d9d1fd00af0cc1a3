# The Leian service. Node 24 runs the TypeScript sources directly (type stripping); nodejieba is
# compiled from source during `npm ci` (its prebuilt download is not relied upon).
FROM node:24-bookworm-slim
RUN apt-get update && apt-get install -y --no-install-recommends g++ make python3 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev
COPY src ./src
COPY indexer ./indexer
COPY mappings ./mappings
COPY tools ./tools
ENV NODE_ENV=production
USER node
EXPOSE 8080
CMD ["node", "src/main.ts"]
