// Node's flags for the server process, given on its command line by every launcher (scripts/vigie.ts,
// docker/vigie/entrypoint.sh, test/support/app-server.ts): V8 sizes its heap before any code runs, so
// v8.setFlagsFromString in scripts/server.mjs comes too late for these.
// --max-semi-space-size=4: the young generation in 4 MB halves instead of 16. A webhook's garbage dies young
// either way; the server keeps 25–30 MB less at rest (npm run bench: 231–236 MiB after its warm-up, was 259–264)
// for the same storm throughput within the run-to-run noise.
export const SERVER_NODE_FLAGS = ["--max-semi-space-size=4"];
