// Drives wingspan-server with Wingspan's official TypeScript SDK (@wingspan/payments), used as its own
// README shows: `new Payments({ serverURL, bearerAuth })`, the invoiceManagement operations, and
// errors.SDKError / errors.SDKValidationError. CommonJS because the package is compiled CommonJS and its
// documented deep import ("@wingspan/payments/sdk/models/errors") has no file extension, which only
// require() resolves.
//
// Input (from ./run): WINGSPAN_URL, WINGSPAN_TOKEN (a client's token), WINGSPAN_MEMBER_ID.
// Prints one PASS/FAIL line per step, then "N passed, M failed"; exits 1 if anything failed.
"use strict";

const { Payments } = require("@wingspan/payments");
const { HTTPClient } = require("@wingspan/payments/lib/http");
const errors = require("@wingspan/payments/sdk/models/errors");

const serverURL = required("WINGSPAN_URL");
const token = required("WINGSPAN_TOKEN");
const memberId = required("WINGSPAN_MEMBER_ID");

// The SDK's documented custom HTTP client, only to remember the last request's method, URL and body,
// so a failure can say what actually went on the wire.
let lastRequest = null;
const httpClient = new HTTPClient({
  fetcher: async (request) => {
    const body = request.body ? await request.clone().text() : "";
    lastRequest = `${request.method} ${new URL(request.url).pathname} ${body}`.trim();
    return fetch(request);
  },
});

// retryConfig strategy "none": a failure must show the server's first answer, not a retried one.
const sdk = new Payments({ serverURL, bearerAuth: token, httpClient, retryConfig: { strategy: "none" } });

let passed = 0;
let failed = 0;

async function step(name, fn) {
  try {
    const detail = await fn();
    passed++;
    console.log(`PASS ${name}${detail ? ` (${detail})` : ""}`);
  } catch (err) {
    failed++;
    console.log(`FAIL ${name}: ${describe(err)}`);
    if (lastRequest) console.log(`     last request: ${lastRequest}`);
  }
}

function describe(err) {
  if (err instanceof errors.SDKValidationError) {
    // The SDK's zod schema rejected a value: exactly the deviation this check exists to find.
    return `SDKValidationError ${err.message}\n${indent(err.pretty())}\n     raw value: ${JSON.stringify(err.rawValue)}`;
  }
  if (err instanceof errors.SDKError) {
    return `SDKError status ${err.statusCode}, content-type ${err.rawResponse.headers.get("content-type")}, body ${err.body}`;
  }
  return err && err.stack ? err.stack.split("\n").slice(0, 3).join(" | ") : String(err);
}

function indent(text) {
  return String(text).split("\n").map((line) => `     ${line}`).join("\n");
}

function expect(condition, message) {
  if (!condition) throw new Error(message);
}

function expectOk(res, what) {
  expect(res.statusCode === 200, `${what}: status ${res.statusCode}, expected 200`);
  expect(/^application\/json/.test(res.contentType), `${what}: content-type ${res.contentType}`);
}

function required(name) {
  const value = process.env[name];
  if (!value) {
    console.error(`check.cjs: ${name} is not set (run it through ./run)`);
    process.exit(2);
  }
  return value;
}

function isoDate(daysFromNow) {
  return new Date(Date.now() + daysFromNow * 86_400_000).toISOString().slice(0, 10);
}

async function main() {
  let invoiceId = null;
  const needInvoice = () => expect(invoiceId, "no invoice: the create step failed");

  // Guards the check itself: a PASS below means something only if the SDK really validates what it reads.
  await step("the SDK validates responses (its ClientInvoice schema rejects {})", async () => {
    const shared = require("@wingspan/payments/sdk/models/shared");
    const verdict = shared.ClientInvoice$.inboundSchema.safeParse({});
    expect(!verdict.success, "an empty object passed the SDK's ClientInvoice schema");
    return `zod ${require("zod/package.json").version}, ${verdict.error.issues.length} issues`;
  });

  await step("create client invoice (createGenerated)", async () => {
    const res = await sdk.invoiceManagement.createGenerated({
      memberId,
      clientEmail: "client@example.com",
      dueDate: isoDate(30),
      lineItems: [
        { description: "Design work", quantity: 10, costPerUnit: 120.5 },
        { description: "Hosting", totalCost: 99.99 },
      ],
    });
    expectOk(res, "create");
    const inv = res.clientInvoice;
    expect(inv, "no clientInvoice in the response");
    expect(typeof inv.invoiceId === "string" && inv.invoiceId.length > 0, `invoiceId ${inv.invoiceId}`);
    expect(inv.status === "Draft", `status ${inv.status}, expected Draft`);
    expect(inv.amount === 1304.99, `amount ${inv.amount}, expected 1304.99`);
    expect(inv.lineItems.length === 2, `${inv.lineItems.length} line items, expected 2`);
    invoiceId = inv.invoiceId;
    return `invoiceId ${invoiceId}, amount ${inv.amount}, status ${inv.status}`;
  });

  await step("list client invoices (list)", async () => {
    needInvoice();
    const res = await sdk.invoiceManagement.list();
    expectOk(res, "list");
    // SDK quirk: the generator names an unnamed array response "classes" (see its .d.ts), not clientInvoices.
    const list = res.classes;
    expect(Array.isArray(list), `classes is ${typeof list}, expected an array`);
    expect(list.some((inv) => inv.invoiceId === invoiceId), `invoice ${invoiceId} not in the list`);
    return `${list.length} invoice(s), contains the new one`;
  });

  await step("get client invoice (getGenerated)", async () => {
    needInvoice();
    const res = await sdk.invoiceManagement.getGenerated({ id: invoiceId });
    expectOk(res, "get");
    const inv = res.clientInvoice;
    expect(inv && inv.invoiceId === invoiceId, `got invoice ${inv && inv.invoiceId}`);
    expect(inv.status === "Draft", `status ${inv.status}`);
    expect(inv.memberClient && inv.memberClient.memberId === memberId, "memberClient.memberId differs");
    return `status ${inv.status}, memberClient.memberId ${inv.memberClient.memberId}`;
  });

  await step("update status Draft -> Open (updateGenerated)", async () => {
    needInvoice();
    const res = await sdk.invoiceManagement.updateGenerated({
      id: invoiceId,
      clientInvoiceUpdateRequest: { status: "Open" },
    });
    expectOk(res, "update");
    const inv = res.clientInvoice;
    expect(inv.status === "Open", `status ${inv.status}, expected Open`);
    expect(inv.invoiceNumber, "no invoiceNumber after sending");
    // A sent invoice links its page and its PDF; the SDK decodes them.
    const att = inv.attachments;
    expect(att && att.invoiceLink && att.invoicePdf === att.invoiceLink + "/invoice.pdf",
      `attachments ${JSON.stringify(att)}: expected invoiceLink and invoicePdf once sent`);
    expect(att.receiptPdf == null, `receiptPdf ${att.receiptPdf} before paying`);
    return `status ${inv.status}, invoiceNumber ${inv.invoiceNumber}, attachments.invoiceLink set`;
  });

  await step("update creditFeeHandling {clientPays: 50}", async () => {
    needInvoice();
    const res = await sdk.invoiceManagement.updateGenerated({
      id: invoiceId,
      clientInvoiceUpdateRequest: { creditFeeHandling: { clientPays: 50 } },
    });
    expectOk(res, "update");
    const fee = res.clientInvoice.creditFeeHandling;
    expect(fee && fee.clientPays === 50, `creditFeeHandling ${JSON.stringify(fee)}, expected clientPays 50`);
    return `creditFeeHandling ${JSON.stringify(fee)}`;
  });

  await step("get fees (getFees) with clientPays 50", async () => {
    needInvoice();
    const res = await sdk.invoiceManagement.getFees({ invoiceId });
    expectOk(res, "fees");
    const calc = res.invoiceFeeCalculation;
    expect(calc && typeof calc.creditFeeTotal === "number", `invoiceFeeCalculation ${JSON.stringify(calc)}`);
    // 2.9% + 0.30 of 1304.99 = 38.14471; half of it, rounded to cents.
    expect(calc.creditFeeTotal === 19.07, `creditFeeTotal ${calc.creditFeeTotal}, expected 19.07`);
    return `creditFeeTotal ${calc.creditFeeTotal}`;
  });

  await step("update creditFeeHandling null: not given, the split stays", async () => {
    needInvoice();
    const res = await sdk.invoiceManagement.updateGenerated({
      id: invoiceId,
      clientInvoiceUpdateRequest: { creditFeeHandling: null },
    });
    expect(/"creditFeeHandling":null/.test(lastRequest), `the SDK did not send an explicit null: ${lastRequest}`);
    expectOk(res, "update");
    const fee = res.clientInvoice.creditFeeHandling;
    expect(fee && fee.clientPays === 50, `creditFeeHandling ${JSON.stringify(fee)}, expected clientPays 50 kept`);
    return `creditFeeHandling ${JSON.stringify(fee)}`;
  });

  await step("update creditFeeHandling with every share null (back to the default)", async () => {
    needInvoice();
    const res = await sdk.invoiceManagement.updateGenerated({
      id: invoiceId,
      clientInvoiceUpdateRequest: { creditFeeHandling: { clientPays: null, memberPays: null, clientAbsolutePercentage: null } },
    });
    expectOk(res, "update");
    const fee = res.clientInvoice.creditFeeHandling;
    expect(fee === undefined || fee === null, `creditFeeHandling ${JSON.stringify(fee)}, expected none`);
    return `creditFeeHandling ${JSON.stringify(fee)}`;
  });

  await step("get fees (getFees) after the default: client pays nothing", async () => {
    needInvoice();
    const res = await sdk.invoiceManagement.getFees({ invoiceId });
    expectOk(res, "fees");
    const calc = res.invoiceFeeCalculation;
    expect(calc && calc.creditFeeTotal === 0, `creditFeeTotal ${calc && calc.creditFeeTotal}, expected 0`);
    return `creditFeeTotal ${calc.creditFeeTotal}`;
  });

  await step("create with every optional field, past due, then send: reads Overdue", async () => {
    const created = await sdk.invoiceManagement.createGenerated({
      memberId,
      clientEmail: "client@example.com",
      clientEmailCC: ["accounts@example.com"],
      clientFirstName: "Charles",
      clientLastName: "Babbage",
      clientCompany: "Analytical Engines",
      currency: "CAD",
      creditFeeHandling: { clientAbsolutePercentage: 3 },
      dueDate: isoDate(-10),
      lineItems: [{
        description: "Consulting",
        detail: "October",
        unit: "hours",
        quantity: 2.5,
        costPerUnit: 80,
        reimbursableExpense: false,
        labels: { project: "engine" },
        integration: { quickbooks: { itemId: "qb-item-1", expenseAccountId: "qb-acct-9" } },
      }],
    });
    expectOk(created, "create");
    const draft = created.clientInvoice;
    expect(draft.currency === "CAD", `currency ${draft.currency}`);
    expect(draft.amount === 200, `amount ${draft.amount}, expected 200`);
    expect(draft.lineItems[0].labels.project === "engine", `labels ${JSON.stringify(draft.lineItems[0].labels)}`);
    const sent = await sdk.invoiceManagement.updateGenerated({
      id: draft.invoiceId,
      clientInvoiceUpdateRequest: { status: "Open" },
    });
    expectOk(sent, "update");
    expect(sent.clientInvoice.status === "Overdue", `status ${sent.clientInvoice.status}, expected Overdue`);
    const fees = await sdk.invoiceManagement.getFees({ invoiceId: draft.invoiceId });
    expect(fees.invoiceFeeCalculation.creditFeeTotal === 6, `creditFeeTotal ${fees.invoiceFeeCalculation.creditFeeTotal}, expected 6 (3% of 200)`);
    return `currency CAD, status ${sent.clientInvoice.status}, invoiceNumber ${sent.clientInvoice.invoiceNumber}, creditFeeTotal 6`;
  });

  await step("unknown id: getGenerated throws SDKError 404", async () => {
    try {
      const res = await sdk.invoiceManagement.getGenerated({ id: "no-such-invoice-0000000" });
      throw new Error(`no error; status ${res.statusCode}`);
    } catch (err) {
      if (!(err instanceof errors.SDKError)) throw err;
      expect(err.statusCode === 404, `SDKError status ${err.statusCode}, expected 404`);
      const body = JSON.parse(err.body);
      expect(typeof body.error === "string" && body.error.length > 0, `no Wingspan "error" text in ${err.body}`);
      return `SDKError ${err.statusCode}, error "${body.error}"`;
    }
  });

  await step("pay (execute) with a declined test card throws SDKError 402", async () => {
    needInvoice();
    try {
      const res = await sdk.invoiceManagement.execute({
        invoiceId,
        payRequest: { paymentMethodId: "pm_card_chargeDeclinedInsufficientFunds" },
      });
      throw new Error(`no error; status ${res.statusCode}`);
    } catch (err) {
      if (!(err instanceof errors.SDKError)) throw err;
      expect(err.statusCode === 402, `SDKError status ${err.statusCode}, expected 402`);
      const body = JSON.parse(err.body);
      expect(body.code === "PAYMENT_DECLINED", `code ${body.code}, expected PAYMENT_DECLINED`);
      return `SDKError ${err.statusCode}, ${body.code}: ${body.detail}`;
    }
  });

  await step("pay (execute) with a test card: Paid", async () => {
    needInvoice();
    const res = await sdk.invoiceManagement.execute({ invoiceId, payRequest: { paymentMethodId: "pm_card_visa" } });
    expectOk(res, "execute");
    const testMode = res.rawResponse.headers.get("wingspan-test-mode");
    expect(testMode === "true", `Wingspan-Test-Mode header ${testMode}, expected true`);
    const inv = res.clientInvoice;
    expect(inv.status === "Paid", `status ${inv.status}, expected Paid`);
    expect(inv.events.paidAt && inv.events.paymentInTransitAt, `events ${JSON.stringify(inv.events)}`);
    expect(inv.events.paymentFailedAt && inv.events.paymentFailedAt.length === 1,
      `paymentFailedAt ${JSON.stringify(inv.events.paymentFailedAt)}, expected the one decline`);
    expect(inv.paymentInfo && inv.paymentInfo.meansType === "Card" && inv.paymentInfo.meansLast4 === "4242",
      `paymentInfo ${JSON.stringify(inv.paymentInfo)}`);
    const fee = inv.chargedFees && inv.chargedFees.processingFee && inv.chargedFees.processingFee.amount;
    expect(typeof fee === "number" && fee > 0, `chargedFees ${JSON.stringify(inv.chargedFees)}`);
    return `status ${inv.status}, card fee ${fee}, ${inv.paymentInfo.meansDescription}`;
  });

  console.log(`${passed} passed, ${failed} failed`);
  process.exitCode = failed === 0 ? 0 : 1;
}

main().catch((err) => {
  console.error(`check.cjs: ${err && err.stack ? err.stack : err}`);
  process.exitCode = 1;
});
