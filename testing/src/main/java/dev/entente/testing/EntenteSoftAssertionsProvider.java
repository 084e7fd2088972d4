package dev.entente.testing;

import dev.entente.model.Dialogue;
import dev.entente.model.Dossier;
import dev.entente.model.Engagement;
import dev.entente.model.Instrument;
import dev.entente.model.PlannedMeeting;
import dev.entente.model.Position;
import dev.entente.model.Statement;
import dev.entente.time.FuzzyDate;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.function.Function;
import org.assertj.core.api.SoftAssertionsProvider;

/**
 * Entente's assertions as soft assertions, for any AssertJ {@link SoftAssertionsProvider}: a
 * failed check is collected, not thrown, and so are the failures of the narrower assertions
 * reached from it ({@code statement(id)}, {@code position(kind)}, {@code asDossier()}).
 *
 * <p>{@link EntenteSoftAssertions} is the ready-made one. To add Entente's assertions to soft
 * assertions of one's own, implement this interface:
 *
 * <pre>{@code
 * class MySoftAssertions extends SoftAssertions implements EntenteSoftAssertionsProvider {}
 * }</pre>
 */
public interface EntenteSoftAssertionsProvider extends SoftAssertionsProvider {

  /**
   * Soft assertions on a dossier.
   *
   * @param actual the dossier
   * @return the assertion
   */
  default DossierAssert assertThat(Dossier actual) {
    return SoftChildren.of(this).create(DossierAssert.class, Dossier.class, actual, null);
  }

  /**
   * Soft assertions on an engagement.
   *
   * @param actual the engagement
   * @return the assertion
   */
  default EngagementAssert assertThat(Engagement actual) {
    return SoftChildren.of(this).create(EngagementAssert.class, Engagement.class, actual, null);
  }

  /**
   * Soft assertions on a planned meeting.
   *
   * @param actual the planned meeting
   * @return the assertion
   */
  default PlannedMeetingAssert assertThat(PlannedMeeting actual) {
    return SoftChildren.of(this).create(PlannedMeetingAssert.class, PlannedMeeting.class, actual,
        null);
  }

  /**
   * Soft assertions on an instrument.
   *
   * @param actual the instrument
   * @return the assertion
   */
  default InstrumentAssert assertThat(Instrument actual) {
    return SoftChildren.of(this).create(InstrumentAssert.class, Instrument.class, actual, null);
  }

  /**
   * Soft assertions on a dialogue.
   *
   * @param actual the dialogue
   * @return the assertion
   */
  default DialogueAssert assertThat(Dialogue actual) {
    return SoftChildren.of(this).create(DialogueAssert.class, Dialogue.class, actual, null);
  }

  /**
   * Soft assertions on a statement.
   *
   * @param actual the statement
   * @return the assertion
   */
  default StatementAssert assertThat(Statement actual) {
    return SoftChildren.of(this).create(StatementAssert.class, Statement.class, actual, null);
  }

  /**
   * Soft assertions on a position.
   *
   * @param actual the position
   * @return the assertion
   */
  default PositionAssert assertThat(Position actual) {
    return SoftChildren.of(this).create(PositionAssert.class, Position.class, actual, null);
  }

  /**
   * Soft assertions on a fuzzy date.
   *
   * @param actual the date
   * @return the assertion
   */
  default FuzzyDateAssert assertThat(FuzzyDate actual) {
    return SoftChildren.of(this).create(FuzzyDateAssert.class, FuzzyDate.class, actual, null);
  }

  /**
   * Soft assertions on a JSON document given as text.
   *
   * @param json the document
   * @return the assertion
   */
  default JsonAssert assertThatJson(String json) {
    return assertThatJson(json == null ? null : json.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Soft assertions on a JSON document given as UTF-8 bytes.
   *
   * @param utf8 the document
   * @return the assertion
   */
  default JsonAssert assertThatJson(byte[] utf8) {
    return SoftChildren.of(this).create(JsonAssert.class, byte[].class, utf8, null);
  }

  /**
   * Soft assertions on a JSON file; failures name the file.
   *
   * @param file the file, in UTF-8
   * @return the assertion
   */
  default JsonAssert assertThatJson(Path file) {
    JsonAssert assertion = assertThatJson(EntenteAssertions.read(file));
    assertion.name = file.toString();
    return assertion;
  }
}

/** Narrower assertions made as soft proxies of one provider. */
final class SoftChildren extends AbstractEntenteAssert.Children {

  private final SoftAssertionsProvider provider;

  private SoftChildren(SoftAssertionsProvider provider) {
    this.provider = provider;
  }

  static SoftChildren of(SoftAssertionsProvider provider) {
    return new SoftChildren(provider);
  }

  @Override
  <A extends AbstractEntenteAssert<A, T>, T> A create(
      Class<A> type, Class<T> actualType, T actual, Function<T, A> direct) {
    A proxy = provider.proxy(type, actualType, actual);
    proxy.children = this;
    return proxy;
  }

  @Override
  void failed(AssertionError error) {
    provider.collectAssertionError(error);
  }
}
