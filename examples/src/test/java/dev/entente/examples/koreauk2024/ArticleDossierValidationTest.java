package dev.entente.examples.koreauk2024;

import static dev.entente.examples.koreauk2024.KoreaUkDialogue2024.CHO;
import static dev.entente.examples.koreauk2024.KoreaUkDialogue2024.UK_FOREIGN_SECRETARY;
import static dev.entente.testing.EntenteAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.entente.model.Dialogue;
import dev.entente.model.Dossier;
import dev.entente.model.Engagement;
import dev.entente.model.Participant;
import dev.entente.validation.DossierValidator;
import dev.entente.validation.ViolationCode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleDossierValidationTest {

  private final Dossier dossier = KoreaUkDialogue2024.dossier();

  @Test
  void theArticlesDossierHasNoViolation() {
    assertThat(dossier).isValid();
  }

  @Test
  void aMinisterActingAsTheOtherSidesOfficeIsReportedWhereItHappens() {
    List<Engagement> engagements = new ArrayList<>(dossier.engagements());
    int ninth = engagements.indexOf(dossier.get(KoreaUkDialogue2024.NINTH_DIALOGUE, Engagement.class));
    Dialogue dialogue = (Dialogue) engagements.get(ninth);
    List<Participant> participants = new ArrayList<>(dialogue.participants());
    participants.set(0, participants.get(0).withOffices(List.of(UK_FOREIGN_SECRETARY)));
    engagements.set(ninth, dialogue.withParticipants(participants));
    Dossier broken = dossier.withEngagements(engagements);

    assertThat(broken)
        .hasViolationCount(1)
        .hasViolation(ViolationCode.OFFICE_OF_OTHER_SIDE,
            "/engagements/" + ninth + "/participants/0/office");
    assertThat(DossierValidator.validate(broken).get(0).message())
        .contains(CHO.id(), UK_FOREIGN_SECRETARY.id());
  }
}
