// The graphql-ws client (createClient over ws) against the gateway: connection_init with
// { authorization: "Bearer <token>" }, a query over the socket, then a mailboxEvents subscription. Prints
// "subscribed" on a line of its own once the subscribe message is sent (the test then waits for the server's
// stream subscription and acts), and exits after the first event, printing one JSON object on the last line.
// Arguments: <ws-url> <token> <mailbox global id>.
'use strict';
const { createClient } = require('graphql-ws');
const WebSocket = require('ws');

async function main() {
  const [url, token, mailboxId] = process.argv.slice(2);
  if (!mailboxId) throw new Error('usage: node ws-mailbox-events.js <ws-url> <token> <mailbox id>');
  let acknowledged = false;
  const client = createClient({
    url,
    webSocketImpl: WebSocket,
    retryAttempts: 0,
    lazy: true,
    connectionParams: { authorization: `Bearer ${token}` },
    on: { connected: () => { acknowledged = true; } },
  });

  const out = {};
  out.query = await new Promise((resolve, reject) => {
    let value = null;
    client.subscribe({ query: '{ viewer { kind platform } }' }, {
      next: (v) => { value = v; },
      error: reject,
      complete: () => resolve(value),
    });
  });

  out.event = await new Promise((resolve, reject) => {
    const dispose = client.subscribe(
      {
        query: 'subscription ($m: ID!) { mailboxEvents(mailboxId: $m) { kind platform messageId message { unread } } }',
        variables: { m: mailboxId },
      },
      {
        next: (v) => { dispose(); resolve(v); },
        error: (err) => reject(new Error(JSON.stringify(err))),
        complete: () => reject(new Error('completed before an event')),
      });
    process.stdout.write('subscribed\n');
  });

  out.acknowledged = acknowledged;
  await client.dispose();
  process.stdout.write(JSON.stringify(out) + '\n');
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
