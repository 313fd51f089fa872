// Checks our webhook signatures with a verifier that is not ours: the Standard Webhooks reference package
// for JavaScript (npm standardwebhooks), both ways.
//  1. A receiver here verifies, with standardwebhooks, real deliveries that Interop.java makes through the
//     server's DeliveryClient and with the SDK's Webhooks.sign: the right secret (plain, whsec_, rotating)
//     verifies; a wrong secret or a byte changed after signing does not.
//  2. standardwebhooks signs payloads, and Interop.java verifies them with the SDK's Webhooks.constructEvent.
//  3. A running server (the built jar, embedded PostgreSQL in a temporary directory) delivers real invoice
//     events to endpoints made through its API; the receiver here verifies each with standardwebhooks: the
//     endpoint's secret verifies, the same delivery with one byte changed does not, and an endpoint whose
//     preference holds another secret than the receiver's is rejected.
// Input (from ./run): JAVA_CP, the class path of the built server and SDK jars; SERVER_JAR, the server jar.
// Prints one PASS/FAIL line per check, then "N passed, M failed"; exits 1 if anything failed.
"use strict";

const { Webhook } = require("standardwebhooks");
const crypto = require("node:crypto");
const fs = require("node:fs");
const http = require("node:http");
const os = require("node:os");
const path = require("node:path");
const { execFile } = require("node:child_process");

const javaCp = process.env.JAVA_CP;
if (!javaCp) {
  console.error("JAVA_CP is required");
  process.exit(2);
}

// A Wingspan preference's sharedSecret keys the HMAC by its UTF-8 bytes ("raw" to this package), unless it
// is written as Standard Webhooks' own whsec_<base64>, which both sides decode.
const secrets = {
  PLAIN_SECRET: `wingspan-interop-${crypto.randomBytes(12).toString("hex")}`,
  WHSEC_SECRET: `whsec_${crypto.randomBytes(32).toString("base64")}`,
  OLD_SECRET: `old-${crypto.randomBytes(12).toString("hex")}`,
  WRONG_SECRET: `wrong-${crypto.randomBytes(12).toString("hex")}`,
};
const plainVerifier = new Webhook(new TextEncoder().encode(secrets.PLAIN_SECRET), { format: "raw" });
const whsecVerifier = new Webhook(secrets.WHSEC_SECRET);

let passed = 0;
let failed = 0;
function check(name, ok, detail) {
  if (ok) passed++;
  else failed++;
  console.log(`${ok ? "PASS" : "FAIL"} ${name}${detail ? ` (${detail})` : ""}`);
}

function java(args, env) {
  return new Promise((resolve, reject) => {
    execFile("java", ["-cp", javaCp, path.join(__dirname, "Interop.java"), ...args],
      { env: { ...process.env, ...env }, maxBuffer: 1 << 20 },
      (err, stdout, stderr) => {
        process.stderr.write(stderr);
        if (err) reject(new Error(`java ${args[0]} failed: ${err.message}`));
        else resolve(stdout);
      });
  });
}

async function javaSignsNpmVerifies() {
  const seen = new Map();
  const server = http.createServer((req, res) => {
    const chunks = [];
    req.on("data", (c) => chunks.push(c));
    req.on("end", () => {
      const name = req.url.slice(1);
      const body = Buffer.concat(chunks);
      const verifier = name.endsWith("-whsec") ? whsecVerifier : plainVerifier;
      try {
        const event = verifier.verify(body, req.headers); // the raw bytes, as received
        seen.set(name, { verified: true, event });
        res.writeHead(204).end();
      } catch (e) {
        seen.set(name, { verified: false, error: e.message });
        res.writeHead(400).end();
      }
    });
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${server.address().port}`;
  try {
    await java(["deliver", url], secrets);
  } finally {
    server.close();
  }
  const expected = {
    "server-plain": true,
    "server-whsec": true,
    "server-rotation": true,
    "server-wrong-secret": false,
    "server-changed-byte": false,
    "sdk-plain": true,
    "sdk-whsec": true,
    "sdk-wrong-secret": false,
    "sdk-changed-byte": false,
  };
  for (const [name, verifies] of Object.entries(expected)) {
    const got = seen.get(name);
    const label = `standardwebhooks ${verifies ? "verifies" : "rejects"} a ${name} delivery`;
    if (!got) {
      check(label, false, "no delivery arrived");
    } else if (got.verified !== verifies) {
      check(label, false, got.verified ? "it verified" : `it rejected: ${got.error}`);
    } else if (verifies && name.startsWith("server-")) {
      const e = got.event;
      const ok = e.eventName === "Invoice.Paid" && e.data && e.data.invoiceId === "inv-interop-1"
        && e.objectVersion === 3 && e.eventId === "evt_interop_1";
      check(label, ok, ok ? e.eventName : `unexpected payload ${JSON.stringify(e)}`);
    } else {
      check(label, true, verifies ? undefined : got.error);
    }
  }
}

async function npmSignsJavaVerifies() {
  const body = Buffer.from(JSON.stringify({
    eventId: "evt_npm_1", eventName: "Invoice.Sent", entityName: "Invoice", objectId: "inv-npm-1",
    timestamp: new Date().toISOString(), objectVersion: 1, data: { invoiceId: "inv-npm-1", amount: 10.5 },
  }));
  const now = new Date();
  const signer = (secret) => secret.startsWith("whsec_")
    ? new Webhook(secret)
    : new Webhook(new TextEncoder().encode(secret), { format: "raw" });
  const sign = (name, secretSigned, secretVerifying, { at = now, bytes = body } = {}) => ({
    name, id: `msg_${name}`, timestamp: String(Math.floor(at.getTime() / 1000)),
    signature: signer(secretSigned).sign(`msg_${name}`, at, body),
    body: bytes.toString("base64"), secret: secretVerifying,
  });
  const changed = Buffer.from(body);
  changed[changed.indexOf("10.5")] = "9".charCodeAt(0);
  const cases = [
    [sign("npm-plain", secrets.PLAIN_SECRET, secrets.PLAIN_SECRET), "OK Invoice.Sent inv-npm-1"],
    [sign("npm-whsec", secrets.WHSEC_SECRET, secrets.WHSEC_SECRET), "OK Invoice.Sent inv-npm-1"],
    [sign("npm-wrong-secret", secrets.PLAIN_SECRET, secrets.WRONG_SECRET), "REJECTED SIGNATURE_MISMATCH"],
    [sign("npm-changed-byte", secrets.PLAIN_SECRET, secrets.PLAIN_SECRET, { bytes: changed }), "REJECTED SIGNATURE_MISMATCH"],
    [sign("npm-ten-minutes-old", secrets.PLAIN_SECRET, secrets.PLAIN_SECRET, { at: new Date(now - 600_000) }), "REJECTED TIMESTAMP_TOO_OLD"],
  ];
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "wingspan-swh-"));
  try {
    const file = path.join(dir, "cases.json");
    fs.writeFileSync(file, JSON.stringify(cases.map(([c]) => c)));
    const lines = new Map((await java(["verify", file], {})).trim().split("\n")
      .map((line) => [line.slice(0, line.indexOf(" ")), line.slice(line.indexOf(" ") + 1)]));
    for (const [c, want] of cases) {
      const got = lines.get(c.name);
      const verb = want.startsWith("OK") ? "verifies" : "rejects";
      check(`the SDK ${verb} a payload standardwebhooks signed: ${c.name}`, got === want,
        got === want ? want : `got ${got}, wanted ${want}`);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

// Starts the server jar on a fresh embedded database; resolves with its port, the demo client's token and the
// demo invoice's id once it says it is ready.
function startServer(dataDir) {
  const { spawn } = require("node:child_process");
  const child = spawn("java", ["-jar", process.env.SERVER_JAR, "--data-dir", dataDir, "--port", "0",
    "--log-level", "WARN"], { stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server not ready in 180 s:\n${out}`)), 180_000);
    const look = (chunk) => {
      out += chunk.toString();
      const port = /ready on port (\d+)/.exec(out);
      const token = /client API token\s+(wsk_\S+)/.exec(out);
      const invoice = /sample invoice id\s+(\S+)/.exec(out);
      if (port && token && invoice) {
        clearTimeout(timer);
        resolve({ child, base: `http://127.0.0.1:${port[1]}`, token: token[1], demo: invoice[1] });
      }
    };
    child.stdout.on("data", look);
    child.stderr.on("data", look);
    child.on("exit", (code) => reject(new Error(`server exited with ${code}:\n${out}`)));
  });
}

async function runningServerDeliversNpmVerifies() {
  const received = []; // {name, verified, error, event, changedByteVerified}
  const receiver = http.createServer((req, res) => {
    const chunks = [];
    req.on("data", (c) => chunks.push(c));
    req.on("end", () => {
      const name = req.url.slice(1);
      const body = Buffer.concat(chunks);
      const verifier = name.endsWith("-whsec") ? whsecVerifier : plainVerifier;
      const entry = { name };
      try {
        entry.event = verifier.verify(body, req.headers);
        entry.verified = true;
      } catch (e) {
        entry.verified = false;
        entry.error = e.message;
      }
      const changed = Buffer.from(body);
      changed[changed.indexOf("\"eventName\":\"") + 14] ^= 0x01; // one byte of the event name
      try {
        verifier.verify(changed, req.headers);
        entry.changedByteVerified = true;
      } catch (e) {
        entry.changedByteVerified = false;
      }
      received.push(entry);
      res.writeHead(entry.verified ? 204 : 400).end();
    });
  });
  await new Promise((resolve) => receiver.listen(0, "127.0.0.1", resolve));
  const hooks = `http://127.0.0.1:${receiver.address().port}`;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "wingspan-swh-server-"));
  let server;
  try {
    server = await startServer(dataDir);
    const api = async (method, p, body) => {
      const r = await fetch(server.base + p, {
        method, headers: { Authorization: `Bearer ${server.token}`, "Content-Type": "application/json" },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await r.text();
      if (r.status >= 300) throw new Error(`${method} ${p}: ${r.status} ${text}`);
      return text ? JSON.parse(text) : null;
    };
    const events = ["Invoice.Sent", "Invoice.Paid"];
    const endpoints = { "running-plain": secrets.PLAIN_SECRET, "running-whsec": secrets.WHSEC_SECRET,
      "running-wrong-secret": secrets.WRONG_SECRET };
    for (const [name, secret] of Object.entries(endpoints)) {
      await api("POST", "/integrations/webhooks/preference",
        { url: `${hooks}/${name}`, sharedSecret: secret, subscribedEvents: events });
    }
    const demo = await api("GET", `/payments/client/invoice/${server.demo}`);
    const due = new Date(Date.now() + 30 * 86400_000).toISOString().slice(0, 10);
    const created = await api("POST", "/payments/client/invoice", {
      memberId: demo.memberClient.memberId, clientEmail: "payer@example.test", dueDate: due,
      lineItems: [{ description: "Interop", costPerUnit: 120.0, quantity: 1 }] });
    await api("PATCH", `/payments/client/invoice/${created.invoiceId}`, { status: "Open" });
    await api("POST", `/payments/client/invoice/${created.invoiceId}/pay`, { paymentMethodId: "pm_card_visa" });
    const deadline = Date.now() + 60_000;
    const arrived = (name, eventName) => received.find((r) => r.name === name && r.event
      && r.event.eventName === eventName && r.event.objectId === created.invoiceId);
    while (Date.now() < deadline
      && !(["running-plain", "running-whsec"].every((n) => events.every((e) => arrived(n, e)))
        && received.some((r) => r.name === "running-wrong-secret"))) {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    for (const name of ["running-plain", "running-whsec"]) {
      for (const eventName of events) {
        const got = arrived(name, eventName);
        check(`standardwebhooks verifies the running server's ${eventName} delivery to ${name}`, !!got,
          got ? `eventId ${got.event.eventId}, objectVersion ${got.event.objectVersion}`
            : `got ${JSON.stringify(received.filter((r) => r.name === name))}`);
      }
      const ofName = received.filter((r) => r.name === name);
      check(`standardwebhooks rejects every ${name} delivery with one byte changed`,
        ofName.length > 0 && ofName.every((r) => r.changedByteVerified === false), `${ofName.length} deliveries`);
    }
    const wrong = received.filter((r) => r.name === "running-wrong-secret");
    check("standardwebhooks rejects the running server's deliveries signed with another secret",
      wrong.length > 0 && wrong.every((r) => !r.verified), wrong.length ? wrong[0].error : "none arrived");
  } finally {
    if (server) server.child.kill("SIGTERM");
    receiver.close();
    if (server) await new Promise((resolve) => server.child.once("exit", resolve));
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

(async () => {
  try {
    await javaSignsNpmVerifies();
    await npmSignsJavaVerifies();
    await runningServerDeliversNpmVerifies();
  } catch (e) {
    check("the check ran to the end", false, e.message);
  }
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed === 0 ? 0 : 1);
})();
