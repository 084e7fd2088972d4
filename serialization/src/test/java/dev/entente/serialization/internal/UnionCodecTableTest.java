package dev.entente.serialization.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The table in which a union finds the codec of a value's class by one identity comparison. */
class UnionCodecTableTest {

  /** Every class that Entente has a codec for, its enumerations, and a few hundred JDK classes. */
  private static Set<Class<?>> manyClasses() {
    Set<Class<?>> classes = new LinkedHashSet<>(Codecs.all().keySet());
    classes.addAll(Codecs.enumerations().keySet());
    for (Class<?> type : new Class<?>[] {String.class, Integer.class, java.util.List.class,
        java.util.Map.class, java.time.Year.class, java.net.URI.class}) {
      for (Class<?> c = type; c != null; c = c.getSuperclass()) {
        classes.add(c);
        classes.addAll(java.util.List.of(c.getInterfaces()));
        classes.addAll(java.util.List.of(c.getDeclaredClasses()));
      }
    }
    return classes;
  }

  @Test
  void everyClassHasASlotOfItsOwnInATableAtLeastFourTimesTheirNumber() {
    Set<Class<?>> classes = manyClasses();
    assertThat(classes).hasSizeGreaterThan(100);

    int[] fit = UnionCodec.perfectFit(classes);
    int size = fit[0];
    int shift = fit[1];

    assertThat(Integer.bitCount(size)).isEqualTo(1);
    assertThat(size).isGreaterThanOrEqualTo(4 * classes.size());
    Set<Integer> slots = new HashSet<>();
    for (Class<?> type : classes) {
      assertThat(slots.add(UnionCodec.slot(type, shift, size - 1)))
          .as("slot of %s", type).isTrue();
    }
  }
}
