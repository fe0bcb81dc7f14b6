// Runs every graphql-http server audit (serverAudits) against the gateway URL given as the first argument. With a
// second argument (a bearer token) and a third (a platform), every audit request carries
// "Authorization: Bearer <token>" and "X-DigitalPost-Platform: <platform>" (the audits take a fetchFn; the wrapper
// adds the headers). Prints one JSON array: { id, name, status: "ok" | "warn" | "error", reason }.
'use strict';
const { serverAudits } = require('graphql-http');

async function main() {
  const [url, token, platform] = process.argv.slice(2);
  if (!url) throw new Error('usage: node http-audit.js <url> [token] [platform]');
  const fetchFn = (input, init = {}) => {
    const headers = new Headers(init.headers ?? {});
    if (token) headers.set('authorization', `Bearer ${token}`);
    if (platform) headers.set('x-digitalpost-platform', platform);
    return fetch(input, { ...init, headers });
  };
  const results = [];
  for (const audit of serverAudits({ url, fetchFn })) {
    const result = await audit.fn();
    results.push({ id: result.id, name: result.name, status: result.status, reason: result.reason ?? null });
  }
  process.stdout.write(JSON.stringify(results));
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
