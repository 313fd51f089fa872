package app.wingspan.server.mail;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheFactory;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders a {@link MailKind} with a {@link MailView} into subject, plain text and HTML. One layout
 * per part ({@code message.txt.mustache}, {@code message.html.mustache}); each kind brings its
 * subject, headline and sentence, themselves small templates over the view. The HTML part escapes
 * every value; the text part and the subject carry no markup, and control characters never reach a
 * header.
 */
public final class MailTemplates {
  private static final String ROOT = "app/wingspan/server/mail/";

  private final Mustache html;
  private final Mustache text;
  private final Map<MailKind, Mustache[]> phrases = new EnumMap<>(MailKind.class);

  /** Compiles every template once; they are thread-safe afterwards. */
  public MailTemplates() {
    MustacheFactory escaping = new DefaultMustacheFactory(ROOT);
    MustacheFactory plain = new PlainTextFactory(ROOT);
    html = escaping.compile("message.html.mustache");
    text = plain.compile("message.txt.mustache");
    for (MailKind kind : MailKind.values()) {
      phrases.put(
          kind,
          new Mustache[] {
            phrase(plain, kind, "subject", kind.subject),
            phrase(plain, kind, "headline", kind.headline),
            phrase(plain, kind, "body", kind.body)
          });
    }
  }

  /**
   * The message's three parts.
   *
   * @param subject one line, no control characters
   * @param text the plain-text part
   * @param html the HTML part
   */
  public record Rendered(String subject, String text, String html) {}

  /** Renders {@code kind} with {@code view}. */
  public Rendered render(MailKind kind, MailView view) {
    Mustache[] parts = phrases.get(kind);
    String subject = oneLine(run(parts[0], view));
    Map<String, Object> scope = new HashMap<>();
    scope.put("view", view);
    scope.put("headline", oneLine(run(parts[1], view)));
    scope.put("body", run(parts[2], view).strip());
    scope.put("action", kind.action);
    scope.put("hasAction", kind.action != null && view.link() != null);
    scope.put("lineItems", view.lineItems());
    scope.put("hasLineItems", !view.lineItems().isEmpty() && !kind.isReminder());
    return new Rendered(subject, run(text, scope), run(html, scope));
  }

  private static Mustache phrase(MustacheFactory factory, MailKind kind, String part, String src) {
    return factory.compile(new StringReader(src), kind.name().toLowerCase() + "." + part);
  }

  private static String run(Mustache template, Object scope) {
    StringWriter out = new StringWriter();
    template.execute(out, List.of(scope));
    return out.toString();
  }

  /** Control characters (CR and LF above all) become spaces: a subject is one header line. */
  static String oneLine(String value) {
    StringBuilder out = new StringBuilder(value.length());
    value.codePoints().forEach(c -> out.appendCodePoint(Character.isISOControl(c) ? ' ' : c));
    return out.toString().strip().replaceAll(" {2,}", " ");
  }

  /** The text part and the subject are not HTML: values go in as they are. */
  private static final class PlainTextFactory extends DefaultMustacheFactory {
    PlainTextFactory(String root) {
      super(root);
    }

    @Override
    public void encode(String value, Writer writer) {
      try {
        writer.write(value);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
  }
}
