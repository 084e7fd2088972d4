package dev.entente.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.entente.time.FuzzyDate;
import org.assertj.core.api.AbstractThrowableAssert;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Valid values to start from, and the one assertion every rejection test makes. */
final class Fixtures {

  static final Ref<Actor> ROK = Ref.of("rok");
  static final Ref<Actor> UK = Ref.of("uk");
  static final Ref<Actor> CHINA = Ref.of("china");
  static final FuzzyDate DAY = FuzzyDate.parse("2024-10-21");
  static final Evidence ARTICLE = Evidence.of(Ref.of("herald-economy"));

  private Fixtures() {}

  /**
   * Asserts that building fails with an {@link InvalidValueException} whose message starts with
   * {@code Type.attribute: } and contains the bad value, and whose parts say the same.
   */
  static AbstractThrowableAssert<?, ? extends Throwable> assertRejected(
      ThrowingCallable build, String typeAndAttribute, Object badValue) {
    String[] parts = typeAndAttribute.split("\\.", 2);
    return assertThatThrownBy(build)
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith(typeAndAttribute + ": ")
        .hasMessageContaining(String.valueOf(badValue))
        .satisfies(e -> {
          InvalidValueException invalid = (InvalidValueException) e;
          assertThat(invalid.type()).isEqualTo(parts[0]);
          assertThat(invalid.attribute()).isEqualTo(parts[1]);
          assertThat(invalid.value()).isEqualTo(String.valueOf(badValue));
        });
  }

  static PositionObject conduct(String conduct) {
    return PositionObject.builder().conduct(conduct).build();
  }

  static Dialogue.Builder dialogue() {
    return Dialogue.builder()
        .id("strategic-dialogue-9")
        .series(Ref.of("rok-uk-strategic-dialogue"))
        .addSides(ROK, UK)
        .date(DAY);
  }

  static Meeting.Builder meeting() {
    return Meeting.builder()
        .id("courtesy-call")
        .kind(MeetingKind.COURTESY_CALL)
        .addSides(ROK, UK)
        .date(DAY);
  }

  static DialogueSeries.Builder series() {
    return DialogueSeries.builder()
        .id("rok-uk-strategic-dialogue")
        .name("ROK-UK Foreign Ministers' Strategic Dialogue")
        .addSides(ROK, UK)
        .level(Level.MINISTERIAL);
  }

  static MeetingChange change(PlannedStatus status, String date) {
    return MeetingChange.builder().status(status).date(FuzzyDate.parse(date)).build();
  }

  static PlannedMeeting.Builder plannedMeeting() {
    return PlannedMeeting.builder()
        .id("first-2plus2")
        .addSides(ROK, UK)
        .addLifecycle(change(PlannedStatus.AGREED, "2024-10-21"));
  }

  static JointStatement.Builder jointStatement() {
    return JointStatement.builder().id("outcome-statement").addIssuers(ROK, UK);
  }

  static UnilateralStatement.Builder unilateralStatement() {
    return UnilateralStatement.builder()
        .id("china-opposes-aukus")
        .kind(StatementKind.REPORTED_POSITION)
        .issuer(CHINA);
  }

  static Remarks.Builder remarks() {
    return Remarks.builder()
        .id("cho-on-g7")
        .speaker(Attribution.of(Ref.of("cho-tae-yul"), Ref.of("rok-foreign-minister")))
        .side(ROK);
  }

  static Source.Builder source() {
    return Source.builder()
        .id("herald-economy")
        .kind(SourceKind.NEWS_ARTICLE)
        .title("Foreign Ministers of Korea and the UK Issue Separate Statement");
  }
}
