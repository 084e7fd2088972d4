package dev.entente.serialization.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How a union finds the codec of a value's class: by the class itself, for every kind. */
class UnionCodecTableTest {

  /** Every union codec, by the name its kinds give as their family. */
  private static Map<String, UnionCodec<?>> unions() {
    Map<String, UnionCodec<?>> unions = new HashMap<>();
    for (Codec<?> codec : Codecs.all().values()) {
      if (codec instanceof UnionCodec) {
        unions.put(codec.label(), (UnionCodec<?>) codec);
      }
    }
    return unions;
  }

  @Test
  void everyKindsClassFindsItsOwnCodecInItsUnion() {
    Map<String, UnionCodec<?>> unions = unions();
    assertThat(unions).hasSizeGreaterThanOrEqualTo(4);
    int kinds = 0;
    for (UnionCodec<?> union : unions.values()) {
      for (Class<?> type : union.kindClasses()) {
        ObjectCodec<?, ?> codec = union.codecFor(type);
        assertThat(codec.className()).as("codec of %s", type).isEqualTo(type.getSimpleName());
        assertThat(codec.family()).contains(union.label());
        assertThat(List.<Object>copyOf(union.kinds().values())).as("kinds of %s", union.label())
            .containsOnlyOnce(codec);
        kinds++;
      }
    }
    assertThat(kinds).isGreaterThan(20);
  }

  @Test
  void aClassThatIsNoKindIsRefusedByName() {
    for (UnionCodec<?> union : unions().values()) {
      assertThatThrownBy(() -> union.codecFor(String.class))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("no codec for java.lang.String");
    }
  }
}
