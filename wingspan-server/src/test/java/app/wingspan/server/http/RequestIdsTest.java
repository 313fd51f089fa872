package app.wingspan.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RequestIdsTest {
  @Test
  void aFreshIdIsARandomVersion4UuidInItsCanonicalSpelling() {
    for (int i = 0; i < 1_000; i++) {
      String id = RequestIds.fresh();
      UUID parsed = UUID.fromString(id);
      assertThat(parsed.version()).isEqualTo(4);
      assertThat(parsed.variant()).isEqualTo(2);
      assertThat(parsed.toString()).isEqualTo(id);
      assertThat(id).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
    }
  }

  @Test
  void freshIdsDoNotRepeat() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 100_000; i++) {
      assertThat(seen.add(RequestIds.fresh())).isTrue();
    }
  }

  @Test
  void aSaneOfferedIdIsKeptAndAnyOtherIsReplaced() {
    assertThat(RequestIds.idFor("abc-123_x.y:z")).isEqualTo("abc-123_x.y:z");
    for (String refused : new String[] {null, "", "has space", "x".repeat(101), "é"}) {
      assertThat(RequestIds.idFor(refused)).isNotEqualTo(refused).matches("[0-9a-f-]{36}");
    }
  }
}
