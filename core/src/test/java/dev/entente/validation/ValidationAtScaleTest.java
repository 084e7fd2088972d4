package dev.entente.validation;

import static dev.entente.fixtures.Fixture.actor;
import static dev.entente.fixtures.Fixture.dossier;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.entente.fixtures.Fixture;
import dev.entente.model.Dialogue;
import dev.entente.model.Dossier;
import dev.entente.model.Engagement;
import dev.entente.model.Evidence;
import dev.entente.model.Meeting;
import dev.entente.model.MeetingKind;
import dev.entente.model.Ref;
import dev.entente.model.Topic;
import dev.entente.time.FuzzyDate;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Validation whose work grows with the dossier, not with its square: the first violations are
 * described and the rest counted, and the rules that compare records (ordinals, rounds, holdings,
 * references of the wrong kind) look them up in indexes.
 */
class ValidationAtScaleTest {

  private static final Dossier VALID = dossier();

  /** A meeting of kor and usa that names {@code topics} topics that the dossier lacks. */
  private static Dossier withDanglingTopics(int topics) {
    Meeting.Builder meeting = Meeting.builder().id("many").kind(MeetingKind.MEETING)
        .addSide(actor("kor")).addSide(actor("usa"));
    for (int i = 0; i < topics; i++) {
      meeting.addTopic(Ref.<Topic>of("missing-" + i));
    }
    List<Engagement> engagements = new ArrayList<>(VALID.engagements());
    engagements.add(meeting.build());
    return VALID.withEngagements(engagements);
  }

  @Test
  void aLimitedReportDescribesTheFirstViolationsAndCountsTheOthers() {
    Dossier dossier = withDanglingTopics(1_000);
    List<Violation> all = DossierValidator.validate(dossier);

    ValidationReport report = DossierValidator.validate(dossier, 10);

    assertThat(all).hasSize(1_000);
    assertThat(report.violations()).containsExactlyElementsOf(all.subList(0, 10));
    assertThat(report.notReported()).isEqualTo(990);
    assertThat(report.isValid()).isFalse();
    assertThat(DossierValidator.validate(VALID, 1).isValid()).isTrue();
    assertThatThrownBy(() -> DossierValidator.validate(VALID, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("limit: 0");
  }

  @Test
  void ignoredRulesAreNeitherDescribedNorCountedAndTheOthersStillAre() {
    // 1,000 dangling topics, and one reference of the wrong kind (an office as a source).
    Dossier dangling = withDanglingTopics(1_000);
    List<Engagement> engagements = new ArrayList<>(dangling.engagements());
    engagements.add(Fixture.call().withId("wrong-kind")
        .withEvidence(Evidence.of(Ref.of("kor-fm"))));
    Dossier dossier = dangling.withEngagements(engagements);

    ValidationReport report = DossierValidator.validate(
        dossier, 10, java.util.Set.of(ViolationCode.DANGLING_REFERENCE));

    assertThat(report.violations()).extracting(Violation::code)
        .containsExactly(ViolationCode.WRONG_REFERENCE_KIND);
    assertThat(report.notReported()).isZero();
    assertThat(DossierValidator.validate(dossier, 10, java.util.Set.of()).notReported())
        .isEqualTo(991);
    assertThatThrownBy(() -> DossierValidator.validate(dossier, 10, null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("ignoring");
  }

  @Test
  void aReferenceToAVocabularyTopicAsAnActorIsDanglingNotOfTheWrongKind() {
    Dossier dossier = VALID.withEngagements(
        List.of(Fixture.call().withEvidence(Evidence.of(Ref.of("security")))));
    assertThat(DossierValidator.validate(dossier))
        .filteredOn(v -> v.pointer().equals("/engagements/0/evidence/0/source"))
        .extracting(Violation::code).containsExactly(ViolationCode.DANGLING_REFERENCE);
    Dossier ofAnOffice = VALID.withEngagements(
        List.of(Fixture.call().withEvidence(Evidence.of(Ref.of("kor-fm")))));
    assertThat(DossierValidator.validate(ofAnOffice))
        .filteredOn(v -> v.pointer().equals("/engagements/0/evidence/0/source"))
        .extracting(Violation::code).containsExactly(ViolationCode.WRONG_REFERENCE_KIND);
  }

  /**
   * The indexed ordinal rules find what comparing every pair of sessions finds: for random series
   * of dated, undated and repeated ordinals, the same pointers and codes, and a named session
   * that really is out of order with the one reported.
   */
  @Test
  void ordinalsAreCheckedAsComparingEveryPairWould() {
    Random random = new Random(20);
    for (int run = 0; run < 2_000; run++) {
      List<Dialogue> sessions = new ArrayList<>();
      int count = 1 + random.nextInt(8);
      for (int i = 0; i < count; i++) {
        Dialogue session = Fixture.fm2().withId("s-" + i).withOrdinal(1 + random.nextInt(6));
        sessions.add(random.nextInt(5) == 0 ? session.withDate(Optional.empty())
            : session.withDate(randomDate(random)));
      }
      Dossier dossier = VALID.withEngagements(new ArrayList<>(sessions))
          .withPlannedMeetings(List.of()).withStatements(List.of());
      List<Violation> found = DossierValidator.validate(dossier).stream()
          .filter(v -> v.pointer().endsWith("/ordinal")).toList();
      List<String> expected = pairwise(sessions);
      assertThat(found).extracting(v -> v.pointer() + " " + v.code().code())
          .as("sessions %s", sessions.stream().map(d -> d.ordinal().getAsInt() + "@"
              + d.date().map(FuzzyDate::toString).orElse("-")).toList())
          .containsExactlyElementsOf(expected);
      for (Violation v : found) {
        if (v.code() == ViolationCode.ORDINALS_OUT_OF_ORDER) {
          int index = Integer.parseInt(v.pointer().split("/")[2]);
          Dialogue reported = sessions.get(index);
          Dialogue named = sessions.stream().filter(d -> v.message().contains("\"" + d.id() + "\" dated"))
              .filter(d -> d != reported).findFirst().orElseThrow();
          assertThat(sessions.indexOf(named)).isLessThan(index);
          assertThat(outOfOrder(reported, named)).as(v.message()).isTrue();
        }
      }
    }
  }

  private static FuzzyDate randomDate(Random random) {
    LocalDate day = LocalDate.of(2024, 1, 1).plusDays(random.nextInt(60));
    return random.nextBoolean() ? FuzzyDate.of(day)
        : FuzzyDate.interval(FuzzyDate.of(day), FuzzyDate.of(day.plusDays(random.nextInt(20))));
  }

  /** The ordinal violations found by comparing each session with every one listed before it. */
  private static List<String> pairwise(List<Dialogue> sessions) {
    List<String> found = new ArrayList<>();
    for (int i = 0; i < sessions.size(); i++) {
      Dialogue session = sessions.get(i);
      String at = "/engagements/" + i + "/ordinal ";
      boolean duplicate = false;
      for (int j = 0; j < i; j++) {
        if (sessions.get(j).ordinal().getAsInt() == session.ordinal().getAsInt()) {
          duplicate = true;
        }
      }
      if (duplicate) {
        found.add(at + "duplicate-ordinal");
        continue;
      }
      for (int j = 0; j < i; j++) {
        if (outOfOrder(session, sessions.get(j))) {
          found.add(at + "ordinals-out-of-order");
          break;
        }
      }
    }
    return found;
  }

  private static boolean outOfOrder(Dialogue session, Dialogue other) {
    if (session.date().isEmpty() || other.date().isEmpty()) {
      return false;
    }
    FuzzyDate date = session.date().get();
    FuzzyDate otherDate = other.date().get();
    return other.ordinal().getAsInt() < session.ordinal().getAsInt()
        ? date.isCertainlyBefore(otherDate) : otherDate.isCertainlyBefore(date);
  }

  // ---------------------------------------------------------------- volume (slow tier)

  @Test
  @Tag("slow")
  void oneHundredThousandSessionsOfOneSeriesValidateInSeconds() {
    List<Engagement> sessions = new ArrayList<>();
    LocalDate day = LocalDate.of(1800, 1, 1);
    for (int i = 0; i < 100_000; i++) {
      sessions.add(Fixture.fm2().withId("s-" + i).withOrdinal(i + 1)
          .withDate(FuzzyDate.of(day.plusDays(i))));
    }
    Dossier dossier = VALID.withEngagements(sessions).withPlannedMeetings(List.of())
        .withStatements(List.of());
    List<Violation> violations = assertTimeoutPreemptively(Duration.ofSeconds(10),
        () -> DossierValidator.validate(dossier));
    assertThat(violations).isEmpty();
  }

  @Test
  @Tag("slow")
  void aMillionDanglingReferencesAreCountedNotDescribed() {
    Dossier dossier = withDanglingTopics(1_000_000);
    ValidationReport report = assertTimeoutPreemptively(Duration.ofSeconds(10),
        () -> DossierValidator.validate(dossier, 100));
    assertThat(report.violations()).hasSize(100);
    assertThat(report.notReported()).isEqualTo(999_900);
  }

  @Test
  @Tag("slow")
  void manyDanglingReferencesAmongManyRecordsAreFoundByIndex() {
    // 100,000 meetings, each citing a source the dossier lacks: whether a record of another kind
    // has the id was found by scanning every record of the dossier, for each reference.
    List<Engagement> meetings = new ArrayList<>();
    for (int i = 0; i < 100_000; i++) {
      meetings.add(Fixture.call().withId("call-" + i).withEvidence(Evidence.of(Ref.of("gone"))));
    }
    Dossier dossier = VALID.withEngagements(meetings).withPlannedMeetings(List.of())
        .withStatements(List.of());
    List<Violation> violations = assertTimeoutPreemptively(Duration.ofSeconds(10),
        () -> DossierValidator.validate(dossier));
    assertThat(violations).hasSize(100_000)
        .allMatch(v -> v.code() == ViolationCode.DANGLING_REFERENCE);
  }
}
