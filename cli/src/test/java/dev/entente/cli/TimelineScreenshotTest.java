package dev.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.entente.interop.timeline.Timeline;
import dev.entente.serialization.EntenteJson;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's picture of the article's timeline, {@code docs/timeline-korea-uk-2024.png}, is of
 * the page the timeline gives today: beside it, {@code .sha256} holds the hash of the HTML it was
 * taken from. When the page changes, this test fails until the picture is taken again, with
 * headless Chromium:
 *
 * <pre>
 * mvn -B -pl cli -am verify -Pfull -Dtest=TimelineBrowserTest -Dsurefire.failIfNoSpecifiedTests=false -Dentente.timeline.screenshot=write
 * </pre>
 */
class TimelineScreenshotTest {

  /** The repository's root. */
  static final Path REPOSITORY = Path.of(System.getProperty("entente.repository", ".."));
  /** The article's dossier, relative to the root. */
  static final String SOURCE = "examples/data/korea-uk-2024.json";
  static final Path PICTURE = REPOSITORY.resolve("docs/timeline-korea-uk-2024.png");
  static final Path HASH = REPOSITORY.resolve("docs/timeline-korea-uk-2024.png.sha256");

  static String articleHtml() throws IOException {
    return Timeline.of(EntenteJson.standard().readDossier(
        Files.readAllBytes(REPOSITORY.resolve(SOURCE)))).html();
  }

  static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void thePictureIsOfTheTimelineAsItIsDrawnToday() throws IOException {
    String html = articleHtml();
    assertThat(Files.readString(HASH, StandardCharsets.UTF_8))
        .as("%s is stale: the timeline of %s changed since it was taken; take it again (see"
            + " TimelineScreenshotTest)", PICTURE, SOURCE)
        .isEqualTo(sha256(html) + "  " + SOURCE + "\n");
    Matcher size = Pattern.compile("<svg [^>]*width=\"(\\d+)\" height=\"(\\d+)\"").matcher(html);
    assertThat(size.find()).isTrue();
    // A PNG starts with its signature and its IHDR chunk: width and height, 4 bytes each.
    ByteBuffer png = ByteBuffer.wrap(Files.readAllBytes(PICTURE));
    assertThat(png.getLong(0)).as("the PNG signature of %s", PICTURE).isEqualTo(0x89504e470d0a1a0aL);
    assertThat(png.getInt(12)).as("IHDR").isEqualTo(0x49484452);
    assertThat(png.getInt(16)).as("width").isEqualTo(Integer.parseInt(size.group(1)));
    assertThat(png.getInt(20)).as("height").isEqualTo(Integer.parseInt(size.group(2)));
  }
}
