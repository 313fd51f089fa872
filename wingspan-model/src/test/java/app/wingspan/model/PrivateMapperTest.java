package app.wingspan.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The mapper the SDK reads with is nobody else's to reconfigure. */
class PrivateMapperTest {

  private static final String NEWER_SERVER = "{\"invoiceId\":\"inv-1\",\"fieldFromTheFuture\":1}";

  @Test
  void reconfiguringWhatTheModelHandsOutLeavesTheSdksReadingAlone() throws Exception {
    ObjectMapper mine = WingspanJson.newMapper();
    mine.configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
    WingspanJson.reader().with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    assertThatThrownBy(() -> mine.readValue(NEWER_SERVER, ClientInvoice.class))
        .isInstanceOf(UnrecognizedPropertyException.class);
    ClientInvoice read = WingspanJson.readerFor(ClientInvoice.class).readValue(NEWER_SERVER);
    assertThat(read.invoiceId()).isEqualTo("inv-1");
    assertThat(WingspanJson.newMapper()).isNotSameAs(WingspanJson.newMapper());
  }

  @Test
  void theExportedApiHandsOutNoSharedMapper() {
    assertThat(
            Arrays.stream(WingspanJson.class.getMethods())
                .filter(method -> method.getDeclaringClass() == WingspanJson.class)
                .filter(method -> Modifier.isPublic(method.getModifiers()))
                .filter(method -> ObjectMapper.class.isAssignableFrom(method.getReturnType()))
                .map(Method::getName))
        .containsExactlyInAnyOrder("newMapper", "newStrictMapper");
  }

  @Test
  void theStrictMapperIsACopyConfiguredLikeTheServersOwn() throws Exception {
    ObjectMapper strict = WingspanJson.newStrictMapper();

    assertThat(strict).isNotSameAs(WingspanJson.strictMapper());
    assertThat(strict).isNotSameAs(WingspanJson.newStrictMapper());
    assertThatThrownBy(() -> strict.readValue(NEWER_SERVER, ClientInvoice.class))
        .isInstanceOf(UnrecognizedPropertyException.class);
  }

  @Test
  void theModelJarCarriesNoServerInternals() {
    assertThat(WingspanJson.class.getResource("/app/wingspan/model/internal/ServerJson.class"))
        .isNull();
  }
}
