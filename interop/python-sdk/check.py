"""Drives wingspan-server with Wingspan's Python SDK (`wingspan` 2.0.0), used as its own docs show:
`wingspan.Wingspan(server_url=..., client=...)`, the operations of the client_invoice page
(`client_invoice.get` / `update`) and their siblings (`invoice_as_client.create`,
`created_invoices_by_client.list`, `client_invoice_fees.list`, `pay_client_invoice.post`).

Every 200 answer is decoded by the SDK's own dataclasses (dataclasses-json), which raise on a required key the
server left out; an answer of another status is returned undecoded, so the checks read its status and body.
The SDK's spec declares no authentication, so the bearer token rides on the requests.Session handed to it.

Input (from ./run): WINGSPAN_URL, WINGSPAN_TOKEN (a client's token), WINGSPAN_MEMBER_ID.
Prints one PASS/FAIL line per step, then "N passed, M failed"; exits 1 if anything failed.
"""
import datetime
import json
import os
import sys
import traceback

import requests
import wingspan
from wingspan.models import shared


def required(name):
    value = os.environ.get(name)
    if not value:
        print(f"check.py: {name} is not set (run it through ./run)", file=sys.stderr)
        sys.exit(2)
    return value


SERVER_URL = required("WINGSPAN_URL")
TOKEN = required("WINGSPAN_TOKEN")
MEMBER_ID = required("WINGSPAN_MEMBER_ID")

last_request = None


def remember(response, *args, **kwargs):
    """A requests response hook: keeps what went on the wire, so a failure can say it."""
    global last_request
    request = response.request
    body = request.body.decode() if isinstance(request.body, bytes) else (request.body or "")
    last_request = f"{request.method} {request.path_url} {body}".strip()


def session(token):
    http = requests.Session()
    http.headers["Authorization"] = f"Bearer {token}"
    http.hooks["response"].append(remember)
    return http


sdk = wingspan.Wingspan(server_url=SERVER_URL, client=session(TOKEN))
passed = 0
failed = 0


def step(name, fn):
    global passed, failed
    try:
        detail = fn()
        passed += 1
        print(f"PASS {name}" + (f" ({detail})" if detail else ""))
    except Exception as err:  # noqa: BLE001 - every failure is reported the same way
        failed += 1
        kind = "" if isinstance(err, AssertionError) else f"{type(err).__name__}: "
        print(f"FAIL {name}: {kind}{err}")
        if not isinstance(err, AssertionError):
            frames = traceback.extract_tb(err.__traceback__)[-2:]
            for frame in frames:
                print(f"     at {frame.filename}:{frame.lineno} {frame.line}")
        if last_request:
            print(f"     last request: {last_request}")


def expect(condition, message):
    if not condition:
        raise AssertionError(message)


def expect_invoice(res, what):
    expect(res.status_code == 200, f"{what}: status {res.status_code}, expected 200; body {res.raw_response.text}")
    expect(res.client_invoice is not None, f"{what}: the SDK decoded no client_invoice")
    return res.client_invoice


def fee_handling(invoice):
    fees = invoice.credit_fee_handling
    if fees is None:
        return None
    return {k: v for k, v in (("clientPays", fees.client_pays), ("memberPays", fees.member_pays),
                              ("clientAbsolutePercentage", fees.client_absolute_percentage)) if v is not None}


def iso_date(days_from_now):
    return (datetime.date.today() + datetime.timedelta(days=days_from_now)).isoformat()


state = {}


def invoice_id():
    expect("id" in state, "no invoice: the create step failed")
    return state["id"]


def create():
    res = sdk.invoice_as_client.create(shared.ClientInvoiceCreateRequest(
        member_id=MEMBER_ID,
        client_email="client@example.com",
        due_date=iso_date(30),
        line_items=[
            shared.InvoiceLineItemsCreateRequest(description="Design work", quantity=10, cost_per_unit=120.5),
            shared.InvoiceLineItemsCreateRequest(description="Hosting", total_cost=99.99),
        ],
    ))
    invoice = expect_invoice(res, "create")
    expect(invoice.status.value == "Draft", f"status {invoice.status}, expected Draft")
    expect(invoice.amount == 1304.99, f"amount {invoice.amount}, expected 1304.99")
    expect(len(invoice.line_items) == 2, f"{len(invoice.line_items)} line items, expected 2")
    expect(invoice.line_items[0].user_roles is not None, "lineItems[0].userRoles missing")
    state["id"] = invoice.invoice_id
    return f"invoiceId {invoice.invoice_id}, amount {invoice.amount}, status {invoice.status.value}"


def get():
    invoice = expect_invoice(sdk.client_invoice.get(invoice_id()), "get")
    expect(invoice.invoice_id == invoice_id(), f"got invoice {invoice.invoice_id}")
    expect(invoice.member_client.member_id == MEMBER_ID, "memberClient.memberId differs")
    return f"status {invoice.status.value}, memberClient.memberId {invoice.member_client.member_id}"


def list_invoices():
    res = sdk.created_invoices_by_client.list()
    expect(res.status_code == 200, f"status {res.status_code}; body {res.raw_response.text}")
    invoices = res.client_invoices
    expect(isinstance(invoices, list), f"client_invoices is {type(invoices).__name__}, expected a list")
    expect(any(i.invoice_id == invoice_id() for i in invoices), f"invoice {invoice_id()} not in the list")
    return f"{len(invoices)} invoice(s), contains the new one"


def update_fee_handling():
    request = shared.ClientInvoiceUpdateRequest(credit_fee_handling=shared.FeeHandlingConfig(client_pays=50))
    invoice = expect_invoice(sdk.client_invoice.update(invoice_id(), request), "update")
    expect(fee_handling(invoice) == {"clientPays": 50, "memberPays": 50},
           f"creditFeeHandling {fee_handling(invoice)}, expected clientPays 50, memberPays 50")
    return f"creditFeeHandling {fee_handling(invoice)}"


def update_status_keeps_fee_handling():
    # The SDK writes the unset creditFeeHandling as null: "not given", so the 50/50 split must stay.
    request = shared.ClientInvoiceUpdateRequest(status=shared.StatusClientInvoiceUpdateRequest.OPEN)
    invoice = expect_invoice(sdk.client_invoice.update(invoice_id(), request), "update")
    expect('"creditFeeHandling": null' in last_request, f"the SDK did not send creditFeeHandling null: {last_request}")
    expect(invoice.status.value == "Open", f"status {invoice.status}, expected Open")
    expect(invoice.invoice_number, "no invoiceNumber after sending")
    expect(fee_handling(invoice) == {"clientPays": 50, "memberPays": 50},
           f"creditFeeHandling {fee_handling(invoice)}: the status-only update changed it")
    # A sent invoice links its page and its PDF; the SDK decodes them.
    attachments = invoice.attachments
    expect(attachments is not None and attachments.invoice_link and attachments.invoice_pdf,
           f"attachments {attachments}: expected invoiceLink and invoicePdf once sent")
    expect(attachments.invoice_pdf == attachments.invoice_link + "/invoice.pdf",
           f"invoicePdf {attachments.invoice_pdf} is not the page's PDF")
    expect(attachments.receipt_pdf is None, f"receiptPdf {attachments.receipt_pdf} before paying")
    return (f"status {invoice.status.value}, invoiceNumber {invoice.invoice_number}, creditFeeHandling kept,"
            f" attachments.invoiceLink set")


def fees(expected):
    def check():
        res = sdk.client_invoice_fees.list(invoice_id())
        expect(res.status_code == 200, f"status {res.status_code}; body {res.raw_response.text}")
        calculation = res.invoice_fee_calculation
        expect(calculation is not None, "the SDK decoded no invoice_fee_calculation")
        expect(calculation.credit_fee_total == expected,
               f"creditFeeTotal {calculation.credit_fee_total}, expected {expected}")
        return f"creditFeeTotal {calculation.credit_fee_total}"
    return check


def update_without_request():
    before = expect_invoice(sdk.client_invoice.get(invoice_id()), "get")
    invoice = expect_invoice(sdk.client_invoice.update(invoice_id()), "update")
    expect(last_request.startswith("PATCH") and last_request.endswith(invoice_id()),
           f"the SDK sent a body: {last_request}")
    expect(invoice.status == before.status and fee_handling(invoice) == fee_handling(before),
           "an update without a request changed the invoice")
    return f"empty PATCH answered 200, status {invoice.status.value}, unchanged"


def update_back_to_default():
    # The seed's own example: FeeHandlingConfig() is sent as three explicit nulls.
    request = shared.ClientInvoiceUpdateRequest(credit_fee_handling=shared.FeeHandlingConfig())
    invoice = expect_invoice(sdk.client_invoice.update(invoice_id(), request), "update")
    expect(fee_handling(invoice) in (None, {}), f"creditFeeHandling {fee_handling(invoice)}, expected the default")
    return f"creditFeeHandling {fee_handling(invoice)}"


def pay():
    # pm_card_visa is the built-in test processor's card that always succeeds.
    res = sdk.pay_client_invoice.post(invoice_id(), shared.PayRequest(payment_method_id="pm_card_visa"))
    invoice = expect_invoice(res, "pay")
    expect(invoice.status.value == "Paid", f"status {invoice.status}, expected Paid")
    expect(invoice.payment_info is not None, "no paymentInfo after paying")
    expect(res.raw_response.headers.get("Wingspan-Test-Mode") == "true", "the test-mode header is missing")
    expect(invoice.attachments is not None and invoice.attachments.receipt_pdf,
           f"attachments {invoice.attachments}: expected receiptPdf once Paid")
    return f"status {invoice.status.value}, paid at {invoice.events.paid_at}, attachments.receiptPdf set"


def unknown_id():
    res = sdk.client_invoice.get("no-such-invoice-0000000")
    expect(res.status_code == 404, f"status {res.status_code}, expected 404")
    expect(res.client_invoice is None, "a client_invoice decoded from a 404")
    body = json.loads(res.raw_response.text)
    expect(isinstance(body.get("error"), str) and body["error"], f'no Wingspan "error" text in {body}')
    return f'status 404, error "{body["error"]}"'


def bad_token():
    other = wingspan.Wingspan(server_url=SERVER_URL, client=session("not-a-token"))
    res = other.client_invoice.get("any-invoice")
    expect(res.status_code == 401, f"status {res.status_code}, expected 401")
    expect(TOKEN not in res.raw_response.text, "the answer echoes a token")
    return f"status 401, code {json.loads(res.raw_response.text)['code']}"


def main():
    step("create client invoice (invoice_as_client.create)", create)
    step("get client invoice (client_invoice.get)", get)
    step("list client invoices (created_invoices_by_client.list)", list_invoices)
    step("update creditFeeHandling clientPays 50 (client_invoice.update)", update_fee_handling)
    step("update status Draft -> Open only: creditFeeHandling stays", update_status_keeps_fee_handling)
    step("fees with clientPays 50 (client_invoice_fees.list)", fees(19.07))
    step("update without a request (client_invoice.update(id))", update_without_request)
    step("update creditFeeHandling=FeeHandlingConfig(): back to the default", update_back_to_default)
    step("fees after the default: the client pays nothing", fees(0))
    step("pay with a card (pay_client_invoice.post)", pay)
    step("unknown id: 404", unknown_id)
    step("bad token: 401", bad_token)
    print(f"{passed} passed, {failed} failed")
    sys.exit(0 if failed == 0 else 1)


if __name__ == "__main__":
    main()
