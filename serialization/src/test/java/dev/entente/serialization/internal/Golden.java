package dev.entente.serialization.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A committed file that a generator produces: the test compares, or, with {@code
 * -Dentente.regenerateSchema=true}, rewrites the file.
 */
final class Golden {

  static final String SWITCH = "entente.regenerateSchema";

  private Golden() {}

  /** Paths are relative to the serialization module, where Maven runs its tests. */
  static void check(Path file, String expected) throws IOException {
    if (Boolean.getBoolean(SWITCH)) {
      Files.writeString(file, expected, StandardCharsets.UTF_8);
      return;
    }
    String actual = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    assertThat(actual)
        .as(file + " is out of date with the codecs; regenerate it with"
            + " `mvn -pl serialization verify -D" + SWITCH + "=true` and commit the result")
        .isEqualTo(expected);
  }
}
