// Checks our webhook signatures with a verifier that is not ours: the Standard Webhooks reference package
// for JavaScript (npm standardwebhooks), both ways.
//  1. A receiver here verifies, with standardwebhooks, real deliveries that Interop.java makes through the
//     server's DeliveryClient and with the SDK's Webhooks.sign: the right secret (plain, whsec_, rotating)
//     verifies; a wrong secret or a byte changed after signing does not.
//  2. standardwebhooks signs payloads, and Interop.java verifies them with the SDK's Webhooks.constructEvent.
// Input (from ./run): JAVA_CP, the class path of the built server and SDK jars.
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

(async () => {
  try {
    await javaSignsNpmVerifies();
    await npmSignsJavaVerifies();
  } catch (e) {
    check("the check ran to the end", false, e.message);
  }
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed === 0 ? 0 : 1);
})();
