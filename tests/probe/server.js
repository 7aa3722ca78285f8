// Real SMTP servers (nodemailer's smtp-server) configured like Postmark, for
// the probe's tests and benchmark. One process runs every scenario on its
// own loopback port:
//
//   node server.js CONFIG.json
//
// CONFIG: { "token": "...", "verified": ["addr@x", "domain"], "host": "127.0.0.1",
//           "certs": { "<name>": { "key": "path", "cert": "path" } },
//           "servers": [ { "name": "good", "kind": "good", "cert": "<name>", "port": 0 } ] }
// kinds: good | nostarttls | implicit | tls10 | silent
// Prints one line `{"ready": {"<name>": port, ...}}` when every server
// listens, then one JSON line per event (auth, mail_from, message). Exits
// when its standard input closes (the test or bench that started it ended).
'use strict';

const fs = require('node:fs');
const net = require('node:net');
const { SMTPServer } = require('smtp-server');

const config = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const host = config.host || '127.0.0.1';
const verified = (config.verified || []).map(v => v.toLowerCase());

function event(obj) {
    process.stdout.write(JSON.stringify(obj) + '\n');
}

function smtpError(message, code) {
    const err = new Error(message);
    err.responseCode = code;
    return err;
}

function tlsFiles(name) {
    const c = config.certs[name];
    if (!c) throw new Error(`no certificate named ${name}`);
    return { key: fs.readFileSync(c.key), cert: fs.readFileSync(c.cert) };
}

function smtp(spec) {
    const options = {
        name: spec.greeting_name || 'localhost',
        banner: 'smtp-check test server (Postmark-like)',
        logger: false,
        disableReverseLookup: true,
        size: 10 * 1024 * 1024,
        authMethods: ['PLAIN', 'LOGIN'],
        // Like Postmark: AUTH only after STARTTLS (the no-STARTTLS scenario
        // allows it, so that --insecure-plaintext-auth can be observed).
        allowInsecureAuth: spec.kind === 'nostarttls',
        hideSTARTTLS: spec.kind === 'nostarttls',
        secure: spec.kind === 'implicit',
        ...tlsFiles(spec.cert || 'good'),
        onAuth(auth, session, callback) {
            const ok = auth.username === config.token && auth.password === config.token;
            event({ server: spec.name, event: 'auth', ok, method: auth.method, secure: session.secure });
            if (ok) return callback(null, { user: 'server-token' });
            return callback(smtpError('5.7.8 Authentication failed: the Server API token is not valid', 535));
        },
        onMailFrom(address, session, callback) {
            const addr = (address.address || '').toLowerCase();
            const domain = addr.split('@').pop();
            const ok = verified.includes(addr) || verified.includes(domain);
            event({ server: spec.name, event: 'mail_from', ok, address: addr });
            if (ok) return callback();
            return callback(smtpError(
                `5.7.1 Sender signature not found: the From address ${addr} is not a confirmed Sender Signature or Domain on this server`, 550));
        },
        onRcptTo(address, session, callback) {
            callback();
        },
        onData(stream, session, callback) {
            let bytes = 0;
            stream.on('data', chunk => { bytes += chunk.length; });
            stream.on('end', () => {
                event({ server: spec.name, event: 'message', bytes });
                callback(null, 'Ok: queued as test');
            });
        },
    };
    if (spec.kind === 'tls10') {
        // Only TLS 1.0, as old servers (and old clients) speak it. OpenSSL 3
        // refuses TLS 1.0 at its default security level: level 0 allows it.
        Object.assign(options, { minVersion: 'TLSv1', maxVersion: 'TLSv1', ciphers: 'DEFAULT@SECLEVEL=0' });
    }
    const server = new SMTPServer(options);
    server.on('error', err => event({ server: spec.name, event: 'error', message: String(err && err.message) }));
    return server;
}

// Accepts connections and never says a word (a filtered or hung port).
function silent() {
    const sockets = new Set();
    const server = net.createServer(socket => {
        sockets.add(socket);
        socket.on('error', () => {});
        socket.on('close', () => sockets.delete(socket));
    });
    return server;
}

async function main() {
    const ready = {};
    for (const spec of config.servers) {
        const server = spec.kind === 'silent' ? silent() : smtp(spec);
        await new Promise((resolve, reject) => {
            server.once('error', reject);
            server.listen(spec.port || 0, host, () => resolve());
        });
        const addr = (server.server || server).address();
        ready[spec.name] = addr.port;
    }
    event({ ready });
}

process.stdin.on('end', () => process.exit(0));
process.stdin.on('close', () => process.exit(0));
process.stdin.resume();
main().catch(err => {
    process.stderr.write(`harness: ${err && err.stack || err}\n`);
    process.exit(1);
});
