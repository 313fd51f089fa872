package app.wingspan.server.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class MailTemplatesTest {
  private static final MailTemplates TEMPLATES = new MailTemplates();

  static MailView view(String memberName, String clientName) {
    return new MailView(
        memberName,
        clientName,
        "INV-0042",
        "$1,234.50",
        "$1,270.60",
        "December 31, 2026",
        "December 6, 2026",
        "Your card was declined.",
        "https://pay.example.com/i/abc",
        List.of(
            new MailView.Line("Design work", "$1,000.00"),
            new MailView.Line("Hosting", "$234.50")));
  }

  @ParameterizedTest
  @EnumSource(MailKind.class)
  void everyKindNamesTheInvoiceInAllThreeParts(MailKind kind) {
    MailTemplates.Rendered rendered = TEMPLATES.render(kind, view("Ada Designs", "Acme Corp"));
    assertThat(rendered.subject()).contains("INV-0042").doesNotContain("{{").doesNotContain("\n");
    assertThat(rendered.text()).contains("INV-0042").doesNotContain("{{");
    assertThat(rendered.html())
        .contains("INV-0042")
        .doesNotContain("{{")
        .startsWith("<!DOCTYPE html>");
  }

  @Test
  void theInvoiceEmailCarriesTheAmountTheDueDateTheLinesAndTheLink() {
    MailTemplates.Rendered rendered =
        TEMPLATES.render(MailKind.INVOICE, view("Ada Designs", "Acme Corp"));
    assertThat(rendered.subject())
        .isEqualTo("Invoice INV-0042 from Ada Designs: $1,234.50 due December 31, 2026");
    assertThat(rendered.text())
        .contains("$1,234.50", "December 31, 2026", "Design work: $1,000.00", "Total: $1,234.50")
        .contains("View and pay the invoice: https://pay.example.com/i/abc");
    assertThat(rendered.html()).contains("href=\"https://pay.example.com/i/abc\"", "Hosting");
  }

  @Test
  void everyValueIsEscapedInTheHtmlPartAndLeftAsWrittenInTheText() {
    MailTemplates.Rendered rendered =
        TEMPLATES.render(
            MailKind.INVOICE, view("<script>alert(1)</script> & Co", "O'Brien \"Ltd\""));
    assertThat(rendered.html())
        .doesNotContain("<script>")
        .contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co");
    assertThat(rendered.text()).contains("<script>alert(1)</script> & Co", "O'Brien \"Ltd\"");
  }

  @Test
  void lineBreaksInAValueNeverReachTheSubject() {
    MailTemplates.Rendered rendered =
        TEMPLATES.render(MailKind.DUE_TODAY, view("Evil\r\nBcc: victim@example.com", "Acme"));
    assertThat(rendered.subject())
        .doesNotContain("\r")
        .doesNotContain("\n")
        .isEqualTo("Invoice INV-0042 from Evil Bcc: victim@example.com is due today");
  }

  @Test
  void aMessageWithoutALinkHasNoButton() {
    MailView noLink =
        new MailView("M", "C", "INV-1", "$1.00", "$1.00", "d", null, null, null, List.of());
    assertThat(TEMPLATES.render(MailKind.INVOICE, noLink).html()).doesNotContain("<a ");
  }
}
