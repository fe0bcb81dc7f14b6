// Raw ws sockets breaking the graphql-transport-ws protocol; prints { scenario: { code, reason } } with the close
// code the server chose for each. Arguments: the endpoint URL, and the URL of a server with a short init timeout.
'use strict';
const WebSocket = require('ws');

const PROTOCOL = 'graphql-transport-ws';
const GUARD_MS = 15000;

function scenario(url, protocols, steps) {
  return new Promise((resolve) => {
    const socket = new WebSocket(url, protocols);
    const guard = setTimeout(() => { socket.terminate(); resolve({ code: 'no close within guard time', reason: '' }); }, GUARD_MS);
    const received = [];
    socket.on('message', (data) => {
      const message = JSON.parse(String(data));
      received.push(message.type);
      if (steps.onMessage) steps.onMessage(socket, message);
    });
    socket.on('open', () => steps.onOpen && steps.onOpen(socket));
    socket.on('error', () => {});
    socket.on('close', (code, reason) => {
      clearTimeout(guard);
      resolve({ code, reason: String(reason), received });
    });
  });
}

const init = (socket, payload = { token: 'secret' }) => socket.send(JSON.stringify({ type: 'connection_init', payload }));
const subscribe = (socket, id, query) => socket.send(JSON.stringify({ id, type: 'subscribe', payload: { query } }));

async function main() {
  const [url, fastTimeoutUrl] = process.argv.slice(2);
  if (!url || !fastTimeoutUrl) throw new Error('usage: node ws-violations.js <ws-url> <ws-url-with-short-init-timeout>');
  const afterAck = (action) => ({
    onOpen: (socket) => init(socket),
    onMessage: (socket, message) => { if (message.type === 'connection_ack') action(socket); },
  });

  const results = {};
  results.invalidMessageType = await scenario(url, PROTOCOL, afterAck((s) => s.send(JSON.stringify({ type: 'bogus' }))));
  results.invalidJson = await scenario(url, PROTOCOL, afterAck((s) => s.send('{"type": "ping"')));
  results.serverMessageFromClient = await scenario(url, PROTOCOL, afterAck((s) => s.send(JSON.stringify({ id: '1', type: 'next', payload: {} }))));
  results.subscribeWithoutQuery = await scenario(url, PROTOCOL, afterAck((s) => s.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { variables: {} } }))));
  results.subscribeBeforeInit = await scenario(url, PROTOCOL, { onOpen: (s) => subscribe(s, '1', '{ hello }') });
  results.rejectedInit = await scenario(url, PROTOCOL, { onOpen: (s) => init(s, { token: 'wrong' }) });
  results.initTimeout = await scenario(fastTimeoutUrl, PROTOCOL, {});
  results.duplicateId = await scenario(url, PROTOCOL, afterAck((s) => {
    subscribe(s, 'same', 'subscription { feed }');
    subscribe(s, 'same', 'subscription { feed }');
  }));
  results.doubleInit = await scenario(url, PROTOCOL, afterAck((s) => init(s)));
  results.noSubprotocol = await scenario(url, [], {});
  process.stdout.write(JSON.stringify(results));
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
