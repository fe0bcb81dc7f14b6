// Runs every graphql-http server audit (serverAudits) against the URL given as the first argument and prints
// one JSON array: { id, name, status: "ok" | "warn" | "error", reason }.
'use strict';
const { serverAudits } = require('graphql-http');

async function main() {
  const url = process.argv[2];
  if (!url) throw new Error('usage: node http-audit.js <url>');
  const results = [];
  for (const audit of serverAudits({ url, fetchFn: fetch })) {
    const result = await audit.fn();
    results.push({ id: result.id, name: result.name, status: result.status, reason: result.reason ?? null });
  }
  process.stdout.write(JSON.stringify(results));
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
