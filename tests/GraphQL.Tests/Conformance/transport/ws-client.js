// Drives the server with the graphql-ws client (createClient over the ws package): a subscription that the server
// completes, a query and a mutation over the socket, a validation error, connection params reaching resolvers, and
// client pings answered with pongs. Prints one JSON object with what the client saw.
'use strict';
const { createClient } = require('graphql-ws');
const WebSocket = require('ws');

function collect(client, payload) {
  return new Promise((resolve) => {
    const seen = { next: [], error: null, completed: false };
    client.subscribe(payload, {
      next: (value) => seen.next.push(value),
      error: (err) => {
        seen.error = Array.isArray(err) ? err : { message: String(err && (err.reason || err.message || err)), code: err && err.code };
        resolve(seen);
      },
      complete: () => {
        seen.completed = true;
        resolve(seen);
      },
    });
  });
}

async function main() {
  const url = process.argv[2];
  if (!url) throw new Error('usage: node ws-client.js <ws-url>');
  let pongs = 0;
  let acknowledged = null;
  const client = createClient({
    url,
    webSocketImpl: WebSocket,
    retryAttempts: 0,
    lazy: true,
    keepAlive: 20, // the client pings every 20 ms; the server must answer with pong
    connectionParams: { token: 'secret', user: 'alice' },
    on: {
      connected: (_socket, payload) => { acknowledged = payload ?? null; },
      pong: (received) => { if (received) pongs++; },
    },
  });

  const out = {};
  out.ticks = await collect(client, { query: 'subscription { ticks(count: 3) }' });
  out.query = await collect(client, { query: 'query Q($t: String!) { echo(text: $t) hello }', variables: { t: 'æøå ✓' }, operationName: 'Q' });
  out.mutation = await collect(client, { query: 'mutation { increment }' });
  out.validation = await collect(client, { query: '{ doesNotExist }' });
  out.variables = await collect(client, { query: 'query ($a: Int!) { add(a: $a, b: 1) }', variables: { a: 'not a number' } });
  out.whoami = await collect(client, { query: '{ whoami context transport }' });

  // Iterating with a break sends complete for a subscription that would otherwise never end.
  const feed = client.iterate({ query: 'subscription { feed }' });
  const first = await Promise.race([feed.next(), new Promise((resolve) => setTimeout(() => resolve('no event'), 100))]);
  out.feedBeforeEvents = first === 'no event' ? 'pending' : 'unexpected';
  await feed.return();

  const deadline = Date.now() + 10000;
  while (pongs === 0 && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  out.pongs = pongs > 0;
  out.ackPayload = acknowledged;
  await client.dispose();
  process.stdout.write(JSON.stringify(out));
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
