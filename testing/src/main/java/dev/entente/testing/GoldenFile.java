package dev.entente.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A committed file that a test compares with what the code produces now (a dossier's JSON, a
 * readout), or rewrites when the system property {@value #REGENERATE} is {@code true}, so that an
 * intended change is one command and a reviewed diff.
 *
 * <pre>{@code
 * GoldenFile.check(Path.of("data", "korea-uk-2024.json"), Main.json(dossier));
 * }</pre>
 */
public final class GoldenFile {

  /** The system property that makes {@link #check} rewrite the files instead of comparing. */
  public static final String REGENERATE = "entente.regenerateGolden";

  private GoldenFile() {}

  /**
   * Compares the file's text with {@code actual}, or writes {@code actual} to it (creating its
   * directory) when {@value #REGENERATE} is set.
   *
   * @param file the golden file, relative to the directory the tests run in (Maven: the module's)
   * @param actual the text produced now
   * @throws AssertionError if the file is missing or differs; the message says how to regenerate
   * @throws UncheckedIOException if the file cannot be read or written
   */
  public static void check(Path file, String actual) {
    try {
      if (Boolean.getBoolean(REGENERATE)) {
        if (file.getParent() != null) {
          Files.createDirectories(file.getParent());
        }
        Files.writeString(file, actual, StandardCharsets.UTF_8);
        return;
      }
      assertThat(file).as("the golden file %s (relative to %s)", file,
          Path.of("").toAbsolutePath()).isRegularFile();
      assertThat(actual)
          .as("the text differs from %s; if the change is intended, rewrite the golden files with"
              + " -D%s=true and review the diff", file, REGENERATE)
          .isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Whether golden files are being rewritten rather than compared.
   *
   * @return the value of {@value #REGENERATE}
   */
  public static boolean regenerating() {
    return Boolean.getBoolean(REGENERATE);
  }
}
