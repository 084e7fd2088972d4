package dev.entente.serialization.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.entente.serialization.EntenteJson;
import dev.entente.serialization.EntenteJsonException;
import dev.entente.serialization.JsonProblem.Kind;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The stack of array elements being read is one per thread: it must not keep the slots of the
 * longest array a thread ever read, or a pool thread holds them for good.
 */
class ElementStackTest {

  private static String actors(int count) {
    return IntStream.range(0, count)
        .mapToObj(i -> "{\"type\":\"person\",\"id\":\"p" + i + "\",\"name\":\"P\"}")
        .collect(Collectors.joining(","));
  }

  @Test
  void aRefusedLongArrayLeavesNoLargeStackOnTheThread() {
    String truncated = "{\"entente\":\"1.1\",\"id\":\"d\",\"actors\":[" + actors(50_000);

    EntenteJsonException e = catchThrowableOfType(EntenteJsonException.class,
        () -> EntenteJson.standard().readDossier(truncated));

    assertThat(e.firstProblem().kind()).isEqualTo(Kind.SYNTAX);
    assertThat(ListCodec.Elements.STACK.get().capacity())
        .isLessThanOrEqualTo(ListCodec.Elements.KEPT);
  }

  @Test
  void aReadLongArrayLeavesNoLargeStackOnTheThread() {
    String dossier = "{\"entente\":\"1.1\",\"id\":\"d\",\"actors\":[" + actors(20_000) + "]}";

    assertThat(EntenteJson.standard().readDossier(dossier).actors()).hasSize(20_000);

    assertThat(ListCodec.Elements.STACK.get().capacity())
        .isLessThanOrEqualTo(ListCodec.Elements.KEPT);
  }
}
