package dev.entente.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.entente.model.Dialogue;
import dev.entente.model.Dossier;
import dev.entente.model.Participant;
import dev.entente.model.ParticipantRole;
import dev.entente.model.Ref;
import dev.entente.model.Topics;
import dev.entente.serialization.JsonProblem.Kind;
import dev.entente.validation.ViolationCode;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValidationTest {

  private static final EntenteJson PRETTY = EntenteJson.builder().pretty(true).build();

  /** The fixture with two violations: a participant for a third side, a topic that is nowhere. */
  static Dossier invalid() {
    Dossier valid = SampleDossiers.dossier();
    Dialogue dialogue = SampleDossiers.dialogue()
        .withParticipants(SampleDossiers.participant(), Participant.builder()
            .person(Ref.of("kamikawa"))
            .side(Ref.of("prk"))
            .addRole(ParticipantRole.DELEGATE)
            .build())
        .withTopics(Topics.SECURITY.ref(), Ref.of("nowhere"));
    return valid.withEngagements(dialogue);
  }

  /** The 1-based line of the only line containing {@code text}. */
  static int lineOf(String document, String text) {
    List<String> lines = Arrays.asList(document.split("\n", -1));
    List<Integer> found = new java.util.ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(text)) {
        found.add(i + 1);
      }
    }
    assertThat(found).as("lines containing %s", text).hasSize(1);
    return found.get(0);
  }

  static int columnOf(String document, String text) {
    String line = document.split("\n", -1)[lineOf(document, text) - 1];
    return line.indexOf(text) + 1;
  }

  @Test
  void aDossierWithTwoViolationsIsRefusedWithBothLocatedInTheSource() {
    String text = PRETTY.write(invalid());

    EntenteJsonException e = catchThrowableOfType(EntenteJsonException.class,
        () -> PRETTY.readDossier(text));

    assertThat(e.problems()).hasSize(2).allSatisfy(p ->
        assertThat(p.kind()).isEqualTo(Kind.VIOLATION));
    JsonProblem side = e.problems().get(0);
    JsonProblem topic = e.problems().get(1);
    assertThat(side.pointer()).isEqualTo("/engagements/0/participants/1/side");
    assertThat(side.violation()).hasValue(ViolationCode.PARTICIPANT_NOT_ON_SIDE);
    assertThat(side.message()).contains("prk");
    assertThat(side.line()).isEqualTo(lineOf(text, "\"side\" : \"prk\""));
    assertThat(side.column()).isEqualTo(columnOf(text, "\"side\" : \"prk\"") + 9);
    assertThat(topic.pointer()).isEqualTo("/engagements/0/topics/1");
    assertThat(topic.violation()).hasValue(ViolationCode.DANGLING_REFERENCE);
    assertThat(topic.message()).contains("\"nowhere\"");
    assertThat(topic.line()).isEqualTo(lineOf(text, "\"nowhere\""));
    assertThat(topic.column()).isEqualTo(columnOf(text, "\"nowhere\""));
    assertThat(e.getMessage()).startsWith("2 problems:").contains(side.toString(),
        topic.toString());
  }

  @Test
  void compactDocumentsLocateViolationsOnTheirOneLineByColumn() {
    String text = EntenteJson.standard().write(invalid());

    EntenteJsonException e = catchThrowableOfType(EntenteJsonException.class,
        () -> EntenteJson.standard().readDossier(text));

    assertThat(e.problems()).extracting(JsonProblem::line).containsExactly(1, 1);
    assertThat(e.problems()).extracting(JsonProblem::column).allMatch(c -> c > 1);
  }

  @Test
  void readDossierWithViolationsReturnsTheDossierAndItsViolations() {
    String text = PRETTY.write(invalid());

    ReadResult<Dossier> result = PRETTY.readDossierWithViolations(text);

    assertThat(result.value()).isEqualTo(invalid());
    assertThat(result.isValid()).isFalse();
    assertThat(result.violations()).extracting(JsonProblem::pointer)
        .containsExactly("/engagements/0/participants/1/side", "/engagements/0/topics/1");
    assertThat(catchThrowableOfType(EntenteJsonException.class, result::orElseThrow).problems())
        .isEqualTo(result.violations());
  }

  @Test
  void withoutValidationTheInvalidDossierIsReturned() {
    EntenteJson trusting = EntenteJson.builder().validate(false).build();

    Dossier dossier = trusting.readDossier(trusting.write(invalid()));

    assertThat(trusting.isValidating()).isFalse();
    assertThat(dossier).isEqualTo(invalid());
  }

  @Test
  void aValidDossierHasNoViolations() {
    ReadResult<Dossier> result =
        PRETTY.readDossierWithViolations(PRETTY.write(SampleDossiers.dossier()));

    assertThat(result.isValid()).isTrue();
    assertThat(result.orElseThrow()).isEqualTo(SampleDossiers.dossier());
  }
}
