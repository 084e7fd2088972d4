package dev.entente.interop;

import static org.assertj.core.api.Assertions.assertThat;

import dev.entente.model.MeetingKind;
import dev.entente.model.PlannedStatus;
import dev.entente.model.PositionKind;
import dev.entente.model.Topic;
import dev.entente.model.Topics;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class MappingTest {

  private static final Path MAPPING = Path.of("MAPPING.md");
  private static final String BEGIN = "<!-- BEGIN GENERATED TABLES: MappingTest writes them -->\n";
  private static final String END = "<!-- END GENERATED TABLES -->\n";

  @Test
  void codesTheIssueExamples() {
    assertThat(EventMapping.position(PositionKind.CONDEMN).cameo().get().code()).isEqualTo("111");
    assertThat(EventMapping.position(PositionKind.CONDEMN).plover().get().event()).isEqualTo("ACCUSE");
    assertThat(EventMapping.position(PositionKind.CONDEMN).plover().get().mode()).contains("disapprove");
    assertThat(EventMapping.position(PositionKind.WELCOME).cameo().get().code()).isEqualTo("051");
    assertThat(EventMapping.position(PositionKind.WELCOME).plover().get().event()).isEqualTo("SUPPORT");
    assertThat(EventMapping.agreementToMeet().cameo().get().code()).isEqualTo("036");
    assertThat(EventMapping.agreementToMeet().plover().get().event()).isEqualTo("AGREE");
    assertThat(EventMapping.dialogue(EngagementRole.HOST).cameo().get().code()).isEqualTo("043");
    assertThat(EventMapping.dialogue(EngagementRole.VISITOR).cameo().get().code()).isEqualTo("042");
    assertThat(EventMapping.dialogue(EngagementRole.NO_HOST).cameo().get().code()).isEqualTo("046");
    assertThat(EventMapping.meeting(MeetingKind.PHONE_CALL, EngagementRole.NO_HOST).plover().get().mode())
        .contains("phone");
  }

  @Test
  void kindsPloverHasNoCategoryForGetNoNearestCategory() {
    Coding concern = EventMapping.position(PositionKind.EXPRESS_CONCERN);
    assertThat(concern.cameo().get().code()).isEqualTo("012");
    assertThat(concern.plover()).isEmpty();
    assertThat(concern.comment().get()).contains("PLOVER dropped CAMEO's 01x public statements");
    for (PositionKind kind : List.of(PositionKind.HOPE, PositionKind.RECOGNISE,
        PositionKind.EXPRESS_INTEREST, PositionKind.AGREE)) {
      assertThat(EventMapping.position(kind).plover()).as(kind.name()).isEmpty();
    }
    // an agreed assessment is 019 express accord, not 030 intent to cooperate
    assertThat(EventMapping.position(PositionKind.AGREE).cameo().get().code()).isEqualTo("019");
    // the manual's REQUEST covers "all requests, demands, and orders"
    assertThat(EventMapping.position(PositionKind.CALL_ON).plover().get().event()).isEqualTo("REQUEST");
  }

  @Test
  void ploverQuadCodeFollowsTheCategorySectionsOfTheManual() {
    assertThat(PloverTables.quadCode("ACCUSE")).isEqualTo(3);
    assertThat(PloverTables.quadCode("REQUEST")).isEqualTo(3);
    assertThat(PloverTables.quadCode("AGREE")).isEqualTo(1);
    assertThat(PloverTables.quadCode("CONCEDE")).isEqualTo(1);
    assertThat(PloverTables.quadCode("SANCTION")).isEqualTo(4);
    assertThat(PloverTables.modes("CONSULT")).contains("visit", "third-party", "phone");
    assertThat(PloverTables.isContext("humanitarian")).isFalse();
  }

  @Test
  void everyKindIsCodedAndTheNearestOnesSaySo() {
    for (PositionKind kind : PositionKind.values()) {
      Coding coding = EventMapping.position(kind);
      assertThat(coding.cameo()).as(kind.name()).isPresent();
      // no PLOVER category is said in the comment, never replaced by the nearest one
      assertThat(coding.plover().isEmpty()).as(kind.name()).isEqualTo(coding.comment().isPresent());
    }
    for (MeetingKind kind : MeetingKind.values()) {
      for (EngagementRole role : EngagementRole.values()) {
        assertThat(EventMapping.meeting(kind, role).cameo()).isPresent();
      }
    }
    for (PlannedStatus status : PlannedStatus.values()) {
      EventMapping.plannedMeeting(status).ifPresent(c -> assertThat(c.cameo().isPresent() || c.comment().isPresent()).isTrue());
    }
    for (Topic topic : Topics.all()) {
      assertThat(PloverContexts.ofBuiltIn(topic.id())).as(topic.id()).isNotEmpty();
    }
  }

  @Test
  void mappingDocumentHasTheGeneratedTablesAndNamesEveryKind() throws IOException {
    String doc = Files.readString(MAPPING, StandardCharsets.UTF_8);
    String tables = tables();
    int begin = doc.indexOf(BEGIN);
    int end = doc.indexOf(END);
    assertThat(begin).as("markers in MAPPING.md").isNotNegative();
    String current = doc.substring(begin + BEGIN.length(), end);
    if (!current.equals(tables) && Boolean.getBoolean("entente.writeMapping")) {
      Files.writeString(MAPPING, doc.substring(0, begin + BEGIN.length()) + tables + doc.substring(end),
          StandardCharsets.UTF_8);
      current = tables;
      doc = Files.readString(MAPPING, StandardCharsets.UTF_8);
    }
    assertThat(current).as("MAPPING.md is stale: run the test with -Dentente.writeMapping=true").isEqualTo(tables);
    for (PositionKind kind : PositionKind.values()) {
      assertThat(doc).contains("| " + kind.name() + " |");
    }
    for (MeetingKind kind : MeetingKind.values()) {
      assertThat(doc).contains("| " + kind.name() + " |");
    }
    for (Topic topic : Topics.all()) {
      assertThat(doc).contains("| `" + topic.id() + "` |");
    }
  }

  /** The tables of MAPPING.md, from the mapping and the reference tables. */
  static String tables() {
    StringBuilder b = new StringBuilder();
    b.append("\n### Positions\n\n")
        .append("| position kind | CAMEO | description | Goldstein | quad | PLOVER event | mode | contexts | note |\n")
        .append("|---|---|---|---|---|---|---|---|---|\n");
    for (PositionKind kind : PositionKind.values()) {
      row(b, kind.name(), EventMapping.position(kind));
    }
    row(b, "AGREE to meet (`plannedMeeting`)", EventMapping.agreementToMeet());
    b.append("\n### Engagements\n\n")
        .append("| engagement | side | CAMEO | description | Goldstein | quad | PLOVER event | mode | contexts | note |\n")
        .append("|---|---|---|---|---|---|---|---|---|---|\n");
    for (EngagementRole role : EngagementRole.values()) {
      b.append("| Dialogue | ").append(role.name()).append(' ');
      row(b, "", EventMapping.dialogue(role));
    }
    for (MeetingKind kind : MeetingKind.values()) {
      for (EngagementRole role : EngagementRole.values()) {
        b.append("| ").append(kind.name()).append(" | ").append(role.name()).append(' ');
        row(b, "", EventMapping.meeting(kind, role));
      }
    }
    b.append("\n### Planned meetings\n\n")
        .append("| lifecycle status | CAMEO | description | Goldstein | quad | PLOVER event | mode | contexts | note |\n")
        .append("|---|---|---|---|---|---|---|---|---|\n");
    for (PlannedStatus status : PlannedStatus.values()) {
      if (EventMapping.plannedMeeting(status).isPresent()) {
        row(b, status.name(), EventMapping.plannedMeeting(status).get());
      } else {
        b.append("| ").append(status.name())
            .append(" | — | | | | | | | no record: the engagement held is the record |\n");
      }
    }
    b.append("\n### Topics → PLOVER contexts\n\n| built-in topic | label | PLOVER contexts |\n|---|---|---|\n");
    for (Topic topic : Topics.all()) {
      b.append("| `").append(topic.id()).append("` | ").append(topic.label()).append(" | ")
          .append(String.join(", ", PloverContexts.ofBuiltIn(topic.id()))).append(" |\n");
    }
    b.append('\n');
    return b.toString();
  }

  private static void row(StringBuilder b, String first, Coding c) {
    if (!first.isEmpty()) {
      b.append("| ").append(first).append(' ');
    }
    b.append("| ").append(c.cameo().map(CameoCode::code).orElse("—"))
        .append(" | ").append(c.cameo().map(CameoCode::description).orElse(""))
        .append(" | ").append(c.cameo().map(x -> String.format(Locale.ROOT, "%+.1f", x.goldstein())).orElse(""))
        .append(" | ").append(c.cameo().map(x -> Integer.toString(x.quadClass())).orElse(""))
        .append(" | ").append(c.plover().map(PloverEvent::event).orElse("—"))
        .append(" | ").append(c.plover().flatMap(PloverEvent::mode).orElse(""))
        .append(" | ").append(c.plover().map(p -> String.join(", ", p.contexts())).orElse(""))
        .append(" | ").append(c.comment().orElse("").replace("|", "\\|"))
        .append(" |\n");
  }
}
