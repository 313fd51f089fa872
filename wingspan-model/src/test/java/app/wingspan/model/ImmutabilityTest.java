package app.wingspan.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Model values are immutable: changing what went in, or what came out, never changes the value. */
class ImmutabilityTest {

  @Test
  void listsAreCopiedKeepingNullItemsAndCannotBeChanged() {
    List<PaymentMethod> methods = new ArrayList<>(Arrays.asList(PaymentMethod.ACH, null));
    ClientInvoice invoice = ClientInvoice.builder().acceptedPaymentMethods(methods).build();
    methods.clear();

    assertThat(invoice.acceptedPaymentMethods()).containsExactly(PaymentMethod.ACH, null);
    assertThatThrownBy(() -> invoice.acceptedPaymentMethods().add(PaymentMethod.CREDIT))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void mapsAreCopiedAndCannotBeChanged() {
    Map<String, String> labels = new HashMap<>(Map.of("project", "Website"));
    InvoiceLineItem item = InvoiceLineItem.builder().labels(labels).build();
    labels.put("project", "Other");

    assertThat(item.labels()).containsExactly(Map.entry("project", "Website"));
    assertThatThrownBy(() -> item.labels().put("x", "y"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void freeFormTreesAreCopiedInAndOut() {
    ObjectNode address = WingspanJson.mapper().createObjectNode().put("line", "3 Old Rd");
    Form1099Correction correction =
        new Form1099Correction(address, null, null, null, null, null, null, null);
    address.put("line", "changed");
    ((ObjectNode) correction.address()).put("line", "changed too");

    assertThat(correction.address().get("line").asText()).isEqualTo("3 Old Rd");
  }

  @Test
  void triStateListsAreCopiedToo() {
    List<String> cc = new ArrayList<>(List.of("cc@acme.example"));
    ClientInvoiceCreateRequest request =
        ClientInvoiceCreateRequest.builder().clientEmailCC(cc).build();
    cc.add("late@acme.example");

    assertThat(request.clientEmailCC().get()).containsExactly("cc@acme.example");
  }
}
