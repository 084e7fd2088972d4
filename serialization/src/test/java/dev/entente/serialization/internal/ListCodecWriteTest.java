package dev.entente.serialization.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

class ListCodecWriteTest {

  private static String written(List<String> values) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = new JsonFactory().createGenerator(ObjectWriteContext.empty(), out)) {
      new ListCodec<>(ScalarCodecs.TEXT).write(g, values);
    }
    return out.toString();
  }

  @Test
  void everyKindOfListIsWrittenInOrder() {
    List<String> values = List.of("a", "b\"c", "d");
    String expected = "[\"a\",\"b\\\"c\",\"d\"]";

    assertThat(written(values)).isEqualTo(expected);
    assertThat(written(Collections.unmodifiableList(new ArrayList<>(values))))
        .isEqualTo(expected);
    // A linked list: written through its iterator, not by index.
    assertThat(written(new LinkedList<>(values))).isEqualTo(expected);
    assertThat(written(List.of())).isEqualTo("[]");
    assertThat(written(List.of("x"))).isEqualTo("[\"x\"]");
  }
}
