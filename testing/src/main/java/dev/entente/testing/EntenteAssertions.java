package dev.entente.testing;

import dev.entente.model.Dialogue;
import dev.entente.model.Dossier;
import dev.entente.model.Engagement;
import dev.entente.model.Instrument;
import dev.entente.model.PlannedMeeting;
import dev.entente.model.Position;
import dev.entente.model.Statement;
import dev.entente.time.FuzzyDate;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The one entry point to Entente's AssertJ assertions.
 *
 * <pre>{@code
 * import static dev.entente.testing.EntenteAssertions.assertThat;
 * import static dev.entente.testing.EntenteAssertions.assertThatJson;
 *
 * assertThat(dossier).isValid();
 * assertThat(dossier).dialogue("strategic-dialogue-9").hasOrdinal(9).isHeldIn("Seoul");
 * assertThat(FuzzyDate.parse("2025-40")).isWithin(FuzzyDate.parse("2025"));
 * assertThatJson(Path.of("story.json")).isValidDossier().roundTripsLosslessly();
 * }</pre>
 *
 * <p>The {@code assertThat} methods overload AssertJ's {@code Assertions.assertThat}: both can be
 * imported statically side by side. For soft assertions, use {@link EntenteSoftAssertions}.
 */
public class EntenteAssertions {

  /** For subclasses that add their own assertions to this entry point. */
  protected EntenteAssertions() {}

  /**
   * Assertions on a dossier: validity, violations, and its statements and engagements.
   *
   * @param actual the dossier
   * @return the assertion
   */
  public static DossierAssert assertThat(Dossier actual) {
    return new DossierAssert(actual);
  }

  /**
   * Assertions on an engagement of either kind.
   *
   * @param actual the engagement
   * @return the assertion
   */
  public static EngagementAssert assertThat(Engagement actual) {
    return new EngagementAssert(actual);
  }

  /**
   * Assertions on a planned meeting: its lifecycle, and its status, host and existence as its
   * sources settle or dispute them.
   *
   * @param actual the planned meeting
   * @return the assertion
   */
  public static PlannedMeetingAssert assertThat(PlannedMeeting actual) {
    return new PlannedMeetingAssert(actual);
  }

  /**
   * Assertions on an instrument: its kind, parties, signatories and witnesses, conditions of entry
   * into force, and its history and status, disputes included.
   *
   * @param actual the instrument
   * @return the assertion
   */
  public static InstrumentAssert assertThat(Instrument actual) {
    return new InstrumentAssert(actual);
  }

  /**
   * Assertions on a dialogue.
   *
   * @param actual the dialogue
   * @return the assertion
   */
  public static DialogueAssert assertThat(Dialogue actual) {
    return new DialogueAssert(actual);
  }

  /**
   * Assertions on a statement of any kind.
   *
   * @param actual the statement
   * @return the assertion
   */
  public static StatementAssert assertThat(Statement actual) {
    return new StatementAssert(actual);
  }

  /**
   * Assertions on a position of any kind.
   *
   * @param actual the position
   * @return the assertion
   */
  public static PositionAssert assertThat(Position actual) {
    return new PositionAssert(actual);
  }

  /**
   * Assertions on a fuzzy date.
   *
   * @param actual the date
   * @return the assertion
   */
  public static FuzzyDateAssert assertThat(FuzzyDate actual) {
    return new FuzzyDateAssert(actual);
  }

  /**
   * Assertions on a JSON document given as text.
   *
   * @param json the document
   * @return the assertion
   */
  public static JsonAssert assertThatJson(String json) {
    return new JsonAssert(json == null ? null : json.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Assertions on a JSON document given as UTF-8 bytes.
   *
   * @param utf8 the document
   * @return the assertion
   */
  public static JsonAssert assertThatJson(byte[] utf8) {
    return new JsonAssert(utf8);
  }

  /**
   * Assertions on a JSON file; failures name the file.
   *
   * @param file the file, in UTF-8
   * @return the assertion
   * @throws UncheckedIOException if the file cannot be read
   */
  public static JsonAssert assertThatJson(Path file) {
    JsonAssert assertion = new JsonAssert(read(file));
    assertion.name = file.toString();
    return assertion;
  }

  static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }
}
