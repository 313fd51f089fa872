package app.wingspan.server.page;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Supplier;

/**
 * The invoice and receipt PDFs: the page's own templates rendered by openhtmltopdf on PDFBox,
 * DejaVu Sans embedded (subset), Letter size (the style sheet's {@code @page}). A PDF is rendered
 * once per invoice version and kept: the version is in the key, so a changed invoice gets a new PDF
 * and an unchanged one the same bytes.
 */
final class Pdfs {
  /** What kind of PDF. */
  enum Kind {
    INVOICE,
    RECEIPT
  }

  private record Key(String invoiceId, String version, Kind kind) {}

  private final byte[] regular = Templates.resource("fonts/DejaVuSans.ttf");
  private final byte[] bold = Templates.resource("fonts/DejaVuSans-Bold.ttf");

  /** About 40 KB each: a few thousand PDFs fit in a few tens of MB. */
  private final Cache<Key, byte[]> rendered =
      Caffeine.newBuilder()
          .maximumWeight(64L * 1024 * 1024)
          .<Key, byte[]>weigher((key, pdf) -> pdf.length)
          .build();

  /** The PDF of this invoice version, rendered from {@code html} only when not cached. */
  byte[] pdf(String invoiceId, String version, Kind kind, Supplier<String> html) {
    return rendered.get(new Key(invoiceId, version, kind), key -> render(html.get()));
  }

  void forget() {
    rendered.invalidateAll();
  }

  byte[] render(String html) {
    try (ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024)) {
      PdfRendererBuilder builder = new PdfRendererBuilder();
      builder.useFastMode();
      builder.useFont(
          () -> new ByteArrayInputStream(regular), "DejaVu Sans", 400, FontStyle.NORMAL, true);
      builder.useFont(
          () -> new ByteArrayInputStream(bold), "DejaVu Sans", 700, FontStyle.NORMAL, true);
      builder.withHtmlContent(html, null);
      builder.toStream(out);
      builder.run();
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("could not render a PDF", e);
    }
  }
}
