package app.wingspan.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Every character outside the unreserved set is encoded, and decoding gives the value back. */
class PathSegmentTest {

  @Test
  void everyAsciiCharacterRoundTripsAndNeverBreaksTheSegment() {
    for (char c = 0; c < 128; c++) {
      String value = "a" + c + "b";
      String encoded = PathSegment.percentEncode(value);

      assertThat(encoded).as("encoding of U+%04X", (int) c).matches("[A-Za-z0-9._~%-]+");
      assertThat(URI.create("http://h/x/" + encoded).getPath()).isEqualTo("/x/" + value);
      if ("-._~".indexOf(c) < 0 && !Character.isLetterOrDigit(c)) {
        assertThat(encoded).isEqualTo(String.format("a%%%02Xb", (int) c));
      }
    }
  }

  @Test
  void spaceIsPercent20NotPlus() {
    assertThat(PathSegment.percentEncode("a b+c")).isEqualTo("a%20b%2Bc");
    assertThat(URLDecoder.decode("a%20b%2Bc", StandardCharsets.UTF_8)).isEqualTo("a b+c");
  }
}
