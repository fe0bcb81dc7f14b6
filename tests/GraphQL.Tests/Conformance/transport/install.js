// Installs the pinned packages of this folder (npm ci from package-lock.json) when node_modules is missing.
// Run through NodeReference so the C# tests need nothing but node and npm on PATH.
'use strict';
const { execSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const marker = path.join(__dirname, 'node_modules', 'graphql-ws', 'package.json');
if (!fs.existsSync(marker) || !fs.existsSync(path.join(__dirname, 'node_modules', 'graphql-http', 'package.json'))) {
  // stdout stays clean for the caller; npm's chatter goes to stderr.
  execSync('npm ci --no-audit --no-fund', { cwd: __dirname, stdio: ['ignore', process.stderr, process.stderr] });
}
const versions = {};
for (const name of ['graphql', 'graphql-http', 'graphql-ws', 'ws']) {
  versions[name] = require(path.join(__dirname, 'node_modules', name, 'package.json')).version;
}
process.stdout.write(JSON.stringify(versions));
