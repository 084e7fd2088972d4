package dev.entente.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PointersTest {

  @Test
  void escapesTildeAndSlashAsRfc6901Requires() {
    assertThat(Pointers.member(Pointers.ROOT, "a/b~c")).isEqualTo("/a~1b~0c");
    assertThat(Pointers.member(Pointers.ROOT, "~1")).isEqualTo("/~01");
  }

  @Test
  void appendsNamesAndIndexes() {
    assertThat(Pointers.index(Pointers.member(Pointers.ROOT, "actors"), 3)).isEqualTo("/actors/3");
  }
}
