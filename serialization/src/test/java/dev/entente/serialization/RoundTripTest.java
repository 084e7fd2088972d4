package dev.entente.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import dev.entente.model.Actor;
import dev.entente.model.ActorClaim;
import dev.entente.model.ChangeReason;
import dev.entente.model.CountryCode;
import dev.entente.model.Dossier;
import dev.entente.model.Engagement;
import dev.entente.model.EntryCondition;
import dev.entente.model.ExternalId;
import dev.entente.model.Accusation;
import dev.entente.model.Appeal;
import dev.entente.model.Appreciation;
import dev.entente.model.Denial;
import dev.entente.model.Intention;
import dev.entente.model.Interest;
import dev.entente.model.Mutuality;
import dev.entente.model.MutualityKind;
import dev.entente.model.ObjectActor;
import dev.entente.model.ObjectRole;
import dev.entente.model.PositionObject;
import dev.entente.model.Reiteration;
import dev.entente.model.Attribution;
import dev.entente.model.Commitment;
import dev.entente.model.GovernmentBody;
import dev.entente.model.Hope;
import dev.entente.model.Instrument;
import dev.entente.model.InstrumentStep;
import dev.entente.model.JointStatement;
import dev.entente.model.Meeting;
import dev.entente.model.MeetingChange;
import dev.entente.model.MeetingKind;
import dev.entente.model.Monitoring;
import dev.entente.model.Office;
import dev.entente.model.PlannedMeeting;
import dev.entente.model.Opposition;
import dev.entente.model.Recognition;
import dev.entente.model.Signatory;
import dev.entente.model.Support;
import dev.entente.model.Welcome;
import dev.entente.model.Position;
import dev.entente.model.Ref;
import dev.entente.model.State;
import dev.entente.model.Statement;
import dev.entente.model.StatementKind;
import dev.entente.model.StatementRelation;
import dev.entente.model.UnilateralStatement;
import dev.entente.model.Venue;
import dev.entente.model.VenueClaim;
import dev.entente.serialization.internal.Codecs;
import dev.entente.time.FuzzyDate;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class RoundTripTest {

  private static final EntenteJson JSON = EntenteJson.standard();
  private static final JsonMapper TREES = JsonMapper.builder().build();

  @Test
  void theFixtureIsValidSoEveryTestStartsFromAValidDossier() {
    ReadResult<Dossier> result = JSON.readDossierWithViolations(JSON.write(SampleDossiers.dossier()));

    assertThat(result.violations()).isEmpty();
  }

  @Test
  void aDossierWrittenAndReadBackIsEqual() {
    Dossier dossier = SampleDossiers.dossier();

    assertThat(JSON.readDossier(JSON.write(dossier))).isEqualTo(dossier);
    assertThat(JSON.readDossier(JSON.writeBytes(dossier))).isEqualTo(dossier);
    assertThat(JSON.readDossier(new ByteArrayInputStream(JSON.writeBytes(dossier))))
        .isEqualTo(dossier);
  }

  @Test
  void aDossierWrittenToAFileIsReadBackFromIt(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("dossier.json");
    JSON.write(SampleDossiers.dossier(), file);

    assertThat(JSON.readDossier(file)).isEqualTo(SampleDossiers.dossier());
    assertThat(Files.readString(file)).isEqualTo(JSON.write(SampleDossiers.dossier()));
  }

  static Stream<Arguments> parts() {
    Dossier d = SampleDossiers.dossier();
    List<Arguments> parts = new ArrayList<>();
    for (Actor actor : d.actors()) {
      parts.add(Arguments.of(actor.getClass(), actor));
      parts.add(Arguments.of(Actor.class, actor));
    }
    parts.add(Arguments.of(Office.class, d.offices().get(0)));
    parts.add(Arguments.of(d.series().get(0).getClass(), d.series().get(0)));
    parts.add(Arguments.of(Engagement.class, SampleDossiers.dialogue()));
    parts.add(Arguments.of(SampleDossiers.dialogue().getClass(), SampleDossiers.dialogue()));
    parts.add(Arguments.of(d.plannedMeetings().get(0).getClass(), d.plannedMeetings().get(0)));
    parts.add(Arguments.of(SampleDossiers.agreed().getClass(), SampleDossiers.agreed()));
    for (Statement statement : d.statements()) {
      parts.add(Arguments.of(statement.getClass(), statement));
      parts.add(Arguments.of(Statement.class, statement));
      for (Position position : statement.positions()) {
        parts.add(Arguments.of(position.getClass(), position));
        parts.add(Arguments.of(Position.class, position));
      }
    }
    parts.add(Arguments.of(SampleDossiers.positionObject().getClass(),
        SampleDossiers.positionObject()));
    parts.add(Arguments.of(SampleDossiers.hedging().getClass(), SampleDossiers.hedging()));
    ObjectActor mentioned = ObjectActor.of(Ref.of("un"), ObjectRole.MENTIONED);
    parts.add(Arguments.of(ObjectActor.class, mentioned));
    parts.add(Arguments.of(Reiteration.class, Reiteration.of("reaffirmed")));
    parts.add(Arguments.of(Mutuality.class, Mutuality.of(MutualityKind.JOINT, Optional.empty())));
    parts.add(Arguments.of(SampleDossiers.intensity().getClass(), SampleDossiers.intensity()));
    parts.add(Arguments.of(SampleDossiers.relation().getClass(), SampleDossiers.relation()));
    parts.add(Arguments.of(SampleDossiers.choAsMinister().getClass(),
        SampleDossiers.choAsMinister()));
    parts.add(Arguments.of(SampleDossiers.participant().getClass(), SampleDossiers.participant()));
    parts.add(Arguments.of(SampleDossiers.venue().getClass(), SampleDossiers.venue()));
    parts.add(Arguments.of(SampleDossiers.dateClaim().getClass(), SampleDossiers.dateClaim()));
    parts.add(Arguments.of(SampleDossiers.choTenure().getClass(), SampleDossiers.choTenure()));
    parts.add(Arguments.of(SampleDossiers.choTenure().term().getClass(),
        SampleDossiers.choTenure().term()));
    parts.add(Arguments.of(SampleDossiers.cho().names().get(0).getClass(),
        SampleDossiers.cho().names().get(0)));
    parts.add(Arguments.of(SampleDossiers.cho().aliases().get(0).getClass(),
        SampleDossiers.cho().aliases().get(0)));
    parts.add(Arguments.of(SampleDossiers.evidence().getClass(), SampleDossiers.evidence()));
    parts.add(Arguments.of(SampleDossiers.topic().getClass(), SampleDossiers.topic()));
    parts.add(Arguments.of(SampleDossiers.pressRelease().getClass(),
        SampleDossiers.pressRelease()));
    parts.add(Arguments.of(SampleDossiers.newsArticle().getClass(),
        SampleDossiers.newsArticle()));
    parts.add(Arguments.of(FuzzyDate.class, FuzzyDate.parse("2024-10-22/2024-10-31")));
    parts.add(Arguments.of(FuzzyDate.class, FuzzyDate.parse("201X?")));
    parts.add(Arguments.of(CountryCode.class, CountryCode.of("KOR")));
    parts.add(Arguments.of(ExternalId.class, ExternalId.parse("wikidata:Q884")));
    parts.add(Arguments.of(Ref.class, Ref.of("kor-jpn-fm-1")));
    parts.add(Arguments.of(Dossier.class, d));
    Meeting call = Meeting.builder().id("call").kind(MeetingKind.PHONE_CALL)
        .addSide(Ref.of("kor")).addSide(Ref.of("jpn")).date(FuzzyDate.parse("2024-05")).build();
    parts.add(Arguments.of(Meeting.class, call));
    parts.add(Arguments.of(GovernmentBody.class, GovernmentBody.builder().id("mofa")
        .name("Ministry of Foreign Affairs").government(Ref.of("kor")).build()));
    for (Position position : List.of(Welcome.builder().wording("welcomed").build(),
        Support.builder().addHolder(Ref.of("kor")).build(),
        Recognition.builder().build(), Commitment.builder().build(),
        Monitoring.builder().build(), Hope.builder().addGround("peace").build(),
        Opposition.builder().build(), Appeal.builder().build(), Interest.builder().build(),
        Appreciation.builder().build(), Intention.builder().build(),
        Accusation.builder().addObjects(PositionObject.builder()
            .phenomenon(Ref.of("terrorism")).build()).build(),
        Denial.builder().addObjects(PositionObject.builder().conduct("it").build()).build())) {
      parts.add(Arguments.of(position.getClass(), position));
    }
    UnilateralStatement readout = UnilateralStatement.builder().id("readout-1")
        .kind(StatementKind.SPOKESPERSON).issuer(Ref.of("prk"))
        .by(Attribution.builder().person(Ref.of("kim")).build())
        .date(FuzzyDate.parse("2024-03-21?")).build();
    parts.add(Arguments.of(UnilateralStatement.class, readout));
    PlannedMeeting summit = SampleDossiers.disputedSummit();
    MeetingChange postponed = summit.lifecycle().get(1);
    parts.add(Arguments.of(ChangeReason.class, postponed.reason().orElseThrow()));
    parts.add(Arguments.of(ActorClaim.class, ActorClaim.of(Ref.of("kor"))));
    parts.add(Arguments.of(VenueClaim.class, VenueClaim.builder()
        .value(Venue.builder().city("Hiroshima").build()).wording("on the margins of the G7")
        .build()));
    parts.add(Arguments.of(Statement.class, readout));
    JointStatement factSheet = SampleDossiers.factSheet();
    parts.add(Arguments.of(JointStatement.class, factSheet));
    parts.add(Arguments.of(Statement.class, factSheet));
    parts.add(Arguments.of(StatementRelation.class, factSheet.relations().get(0)));
    parts.add(Arguments.of(Instrument.class, SampleDossiers.memorandum()));
    parts.add(Arguments.of(InstrumentStep.class, SampleDossiers.disputedRatification()));
    parts.add(Arguments.of(InstrumentStep.class,
        SampleDossiers.disputedRatification().alternatives().get(0)));
    parts.add(Arguments.of(Signatory.class, SampleDossiers.choSigning()));
    parts.add(Arguments.of(EntryCondition.class, SampleDossiers.notification()));
    parts.add(Arguments.of(Dossier.class, SampleDossiers.everyType()));
    return parts.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("parts")
  <T> void everyPartWrittenAndReadAsItsTypeIsEqual(Class<T> type, T value) {
    String text = JSON.write(value);

    assertThat(JSON.read(text, type)).isEqualTo(value);
  }

  @Test
  void everyClassWithAWireFormIsCoveredByThePartsAbove() {
    List<Object> covered = parts().map(a -> a.get()[0]).collect(Collectors.toList());

    assertThat(covered).containsAll(Codecs.all().keySet());
  }

  @Test
  void jsonToYamlAndBackToJsonGivesTheSameDocument() {
    EntenteJson yaml = EntenteJson.builder().format(EntenteJson.Format.YAML).build();
    String json = JSON.write(SampleDossiers.dossier());

    String asYaml = yaml.write(JSON.readDossier(json));
    String back = JSON.write(yaml.readDossier(asYaml));

    assertThat(asYaml).doesNotStartWith("{").contains("entente: ");
    assertThat(back).isEqualTo(json);
  }

  @Test
  void prettyAndCompactDocumentsReadBackToTheSameValue() {
    EntenteJson pretty = EntenteJson.builder().pretty(true).build();
    Dossier dossier = SampleDossiers.dossier();

    String indented = pretty.write(dossier);
    String compact = JSON.write(dossier);

    assertThat(indented).contains("\n  \"id\" : \"kor-jpn-2024\"");
    assertThat(compact).doesNotContain("\n").startsWith("{\"entente\":\"" + Codecs.FORMAT_VERSION + "\",\"id\":");
    assertThat(JSON.readDossier(indented)).isEqualTo(dossier).isEqualTo(JSON.readDossier(compact));
    assertThat(TREES.readTree(indented)).isEqualTo(TREES.readTree(compact));
  }

  @Test
  void aDossiersMembersComeInTheirFixedOrderWithTheFormatVersionFirst() {
    JsonNode tree = TREES.readTree(JSON.write(SampleDossiers.dossier()));

    assertThat(tree.propertyNames()).containsExactly("entente", "id", "title", "description",
        "actors", "offices", "series", "engagements", "plannedMeetings", "statements", "topics",
        "sources");
    assertThat(tree.get("entente").asString()).isEqualTo(Codecs.FORMAT_VERSION);
  }

  @Test
  void theTypeMemberComesFirstInEveryUnionObject() {
    JsonNode tree = TREES.readTree(JSON.write(SampleDossiers.dossier()));
    List<JsonNode> unions = new ArrayList<>();
    tree.get("actors").forEach(unions::add);
    tree.get("engagements").forEach(unions::add);
    tree.get("statements").forEach(s -> {
      unions.add(s);
      s.get("positions").forEach(unions::add);
    });

    assertThat(unions).hasSize(12).allSatisfy(node ->
        assertThat(node.propertyNames().iterator().next()).isEqualTo("type"));
    assertThat(unions).extracting(n -> n.get("type").asString()).containsExactly(
        "state", "state", "state", "grouping", "person", "person", "dialogue",
        "joint-statement", "condemnation", "agreement", "remarks", "concern");
  }

  @Test
  void membersOfARecordFollowTheModelsOrderNotTheAlphabet() {
    JsonNode dialogue = TREES.readTree(JSON.write(SampleDossiers.dialogue()));
    JsonNode source = TREES.readTree(JSON.write(SampleDossiers.pressRelease()));

    assertThat(dialogue.propertyNames()).containsExactly("type", "id", "series", "ordinal",
        "title", "sides", "host", "date", "dateClaims", "venue", "participants", "topics",
        "evidence");
    assertThat(source.propertyNames()).containsExactly("id", "kind", "title", "publisher",
        "published", "publishedAt", "url", "language", "originalLanguage", "note");
  }

  @Test
  void absentOptionalsAndEmptyListsAreLeftOut() {
    State japan = State.of("jpn", CountryCode.of("JPN"), "Japan");

    assertThat(JSON.write(japan))
        .isEqualTo("{\"type\":\"state\",\"id\":\"jpn\",\"country\":\"JP\",\"name\":\"Japan\"}");
    assertThat(JSON.write(Dossier.builder().id("empty").build()))
        .isEqualTo("{\"entente\":\"" + Codecs.FORMAT_VERSION + "\",\"id\":\"empty\"}");
    assertThat(JSON.readDossier("{\"entente\":\"1.1\",\"id\":\"empty\",\"actors\":[]}"))
        .isEqualTo(Dossier.builder().id("empty").build());
  }

  @Test
  void textIsWrittenAsUtf8WithoutEscapingNonAsciiLetters() {
    byte[] bytes = JSON.writeBytes(SampleDossiers.cho());

    assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("\"text\":\"조태열\"");
  }
}
