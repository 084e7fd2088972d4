package dev.entente.validation;

import static dev.entente.fixtures.Fixture.actor;
import static dev.entente.fixtures.Fixture.append;
import static dev.entente.fixtures.Fixture.dossier;
import static dev.entente.fixtures.Fixture.replace;
import static org.assertj.core.api.Assertions.assertThat;

import dev.entente.fixtures.Fixture;
import dev.entente.model.Actor;
import dev.entente.model.Condemnation;
import dev.entente.model.Dialogue;
import dev.entente.model.Dossier;
import dev.entente.model.Evidence;
import dev.entente.model.GovernmentBody;
import dev.entente.model.Grouping;
import dev.entente.model.GroupingKind;
import dev.entente.model.JointStatement;
import dev.entente.model.Meeting;
import dev.entente.model.Participant;
import dev.entente.model.Person;
import dev.entente.model.PlannedMeeting;
import dev.entente.model.Ref;
import dev.entente.model.RelationKind;
import dev.entente.model.State;
import dev.entente.model.StatementRelation;
import dev.entente.model.Wording;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every place of every kind of record where the validator follows a reference or checks an id:
 * each dangling reference and each reused id is reported at its own pointer, in document order.
 */
class DossierValidatorEveryReferenceTest {

  private static final Dossier VALID = dossier();

  /** {@code code pointer} for each violation, in the order reported. */
  static List<String> found(Dossier dossier) {
    return DossierValidator.validate(dossier).stream()
        .map(v -> v.code().code() + " " + v.pointer())
        .collect(Collectors.toList());
  }

  /** The fixture with an optional reference or a piece of evidence added to every kind of record. */
  static Dossier everyOptionalReference() {
    Evidence evidence = Fixture.evidence();
    Person cho = ((Person) VALID.actors().get(4)).withAliases(Wording.of("FM Cho", evidence));
    Grouping alliance = Grouping.builder().id("kor-usa-alliance-group").name("Alliance")
        .kind(GroupingKind.ALLIANCE).addMember(actor("kor")).addMember(actor("usa"))
        .partOf(actor("kor-usa-alliance-group")).build();
    GovernmentBody mofa = GovernmentBody.builder().id("mofa").name("MOFA")
        .government(actor("kor")).partOf(actor("mofa")).build();
    Dialogue fm1 = (Dialogue) VALID.engagements().get(0);
    Participant first = fm1.participants().get(0)
        .withTitlesAsWritten(Wording.of("Foreign Minister Cho", evidence));
    fm1 = fm1.withParticipants(replace(fm1.participants(), 0, first))
        .withPartOf(Ref.of("kor-jpn-call"));
    PlannedMeeting plan = VALID.plannedMeetings().get(0)
        .withHost(actor("usa"))
        .withTopics(Ref.of("kor-usa-alliance"))
        .withEvidence(evidence);
    JointStatement statement = (JointStatement) VALID.statements().get(0);
    Condemnation condemnation = (Condemnation) statement.positions().get(0);
    statement = statement
        .withRelations(StatementRelation.of(RelationKind.FOLLOWS_UP, Ref.of("js-0")))
        .withPositions(replace(statement.positions(), 0,
            condemnation.withTopics(Ref.of("kor-usa-alliance"))));
    List<Actor> actors = append(append(replace(VALID.actors(), 4, cho), alliance), mofa);
    // fm-1, part of the call, lies within the call's days: the call is dated by its month.
    Meeting call = Fixture.call().withDate(Fixture.day("2024-01"));
    return VALID.withActors(actors)
        .withOffices(replace(VALID.offices(), 0, VALID.offices().get(0).withBody(actor("mofa"))))
        .withEngagements(replace(replace(VALID.engagements(), 0, fm1), 2, call))
        .withPlannedMeetings(plan)
        .withStatements(statement);
  }

  @Test
  void theFixtureWithEveryOptionalReferenceIsValidButForItsPlantedFaults() {
    assertThat(found(everyOptionalReference())).containsExactly(
        "self-reference /actors/6/partOf",
        "self-reference /actors/7/partOf",
        "dangling-reference /statements/0/relations/0/target");
  }

  @Test
  void withoutItsSourceEveryPieceOfEvidenceIsReported() {
    assertThat(found(everyOptionalReference().withSources())).containsExactly(
        "dangling-reference /actors/4/aliases/0/evidence/0/source",
        "dangling-reference /actors/4/tenures/0/evidence/0/source",
        "dangling-reference /actors/5/tenures/0/evidence/0/source",
        "self-reference /actors/6/partOf",
        "self-reference /actors/7/partOf",
        "dangling-reference /series/0/evidence/0/source",
        "dangling-reference /engagements/0/dateClaims/0/evidence/0/source",
        "dangling-reference /engagements/0/participants/0/titlesAsWritten/0/evidence/0/source",
        "dangling-reference /engagements/0/evidence/0/source",
        "dangling-reference /engagements/1/evidence/0/source",
        "dangling-reference /plannedMeetings/0/lifecycle/0/windows/0/evidence/0/source",
        "dangling-reference /plannedMeetings/0/lifecycle/0/evidence/0/source",
        "dangling-reference /plannedMeetings/0/lifecycle/1/evidence/0/source",
        "dangling-reference /plannedMeetings/0/evidence/0/source",
        "dangling-reference /statements/0/relations/0/target",
        "dangling-reference /statements/0/positions/0/evidence/0/source",
        "dangling-reference /statements/0/evidence/0/source",
        "dangling-reference /topics/0/evidence/0/source");
  }

  @Test
  void aSecondRecordOfEveryKindWithAnIdInUseIsReported() {
    Dossier all = everyOptionalReference();
    Dossier doubled = all
        .withActors(append(all.actors(), all.actors().get(0)))
        .withOffices(append(all.offices(), all.offices().get(0)))
        .withSeries(append(all.series(), all.series().get(0)))
        .withEngagements(append(all.engagements(), all.engagements().get(2)))
        .withPlannedMeetings(append(all.plannedMeetings(), all.plannedMeetings().get(0)))
        .withStatements(append(all.statements(), all.statements().get(0)))
        .withTopics(append(all.topics(), all.topics().get(0)))
        .withSources(append(all.sources(), all.sources().get(0)));

    assertThat(found(doubled)).containsExactly(
        "self-reference /actors/6/partOf",
        "self-reference /actors/7/partOf",
        "duplicate-id /actors/8/id",
        "duplicate-id /offices/2/id",
        "duplicate-id /series/1/id",
        "duplicate-id /engagements/3/id",
        "duplicate-id /plannedMeetings/1/id",
        "dangling-reference /statements/0/relations/0/target",
        "duplicate-id /statements/1/id",
        "dangling-reference /statements/1/relations/0/target",
        "duplicate-id /topics/1/id",
        "duplicate-id /sources/1/id");
  }

  @Test
  void withoutOneOfTheTwoStatesEveryReferenceToItIsReported() {
    Dossier all = everyOptionalReference();
    Dossier noUsa = all.withActors(
        replace(all.actors(), 1, ((State) all.actors().get(1)).withId("usa-9")));

    assertThat(found(noUsa)).containsExactly(
        "dangling-reference /actors/6/members/1",
        "self-reference /actors/6/partOf",
        "self-reference /actors/7/partOf",
        "dangling-reference /offices/1/jurisdiction",
        "dangling-reference /series/0/sides/1",
        "dangling-reference /engagements/0/sides/1",
        "dangling-reference /engagements/0/participants/1/side",
        "dangling-reference /engagements/1/sides/0",
        "dangling-reference /plannedMeetings/0/sides/1",
        "dangling-reference /plannedMeetings/0/host",
        "dangling-reference /statements/0/relations/0/target",
        "dangling-reference /statements/0/positions/0/holders/1",
        "dangling-reference /statements/0/positions/1/holders/1",
        "dangling-reference /statements/0/issuers/1");
  }

  @Test
  void withoutTheCustomTopicAndTheCallEveryReferenceToThemIsReported() {
    Dossier all = everyOptionalReference();
    Dossier without = all.withTopics()
        .withEngagements(all.engagements().get(0), all.engagements().get(1));

    assertThat(found(without)).containsExactly(
        "self-reference /actors/6/partOf",
        "self-reference /actors/7/partOf",
        "dangling-reference /engagements/0/partOf",
        "dangling-reference /plannedMeetings/0/topics/0",
        "dangling-reference /statements/0/relations/0/target",
        "dangling-reference /statements/0/positions/0/topics/0");
  }

  @Test
  void anOfficeWhoseBodyIsMissingIsReported() {
    Dossier all = everyOptionalReference();
    Dossier noBody = all.withOffices(
        replace(all.offices(), 0, all.offices().get(0).withBody(actor("mofa-9"))));

    assertThat(found(noBody)).contains("dangling-reference /offices/0/body");
  }
}
