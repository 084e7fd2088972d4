package dev.entente.interop;

import static org.assertj.core.api.Assertions.assertThat;

import dev.entente.model.Confirmation;
import dev.entente.model.Dossier;
import dev.entente.model.JointStatement;
import dev.entente.model.Statement;
import dev.entente.testing.SampleDossiers;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

class PloverExportTest {

  private static final ObjectMapper JSON = JsonMapper.builder().build();
  private final Dossier dossier = SampleDossiers.franceJapan();

  static List<JsonNode> records(String jsonl) {
    List<JsonNode> records = new ArrayList<>();
    for (String line : jsonl.split("\n")) {
      records.add(JSON.readTree(line));
    }
    return records;
  }

  @Test
  void everyRecordIsValidAgainstTheSchemaWrittenFromTheManual() {
    String text = PloverExport.toString(dossier);
    assertThat(text).endsWith("\n");
    for (JsonNode record : records(text)) {
      assertThat(PloverSchema.errors(record)).as(record.toString()).isEmpty();
    }
  }

  @Test
  void theFormerExportIsRejectedByTheSchema() throws IOException {
    String saved;
    try (InputStream in = getClass().getResourceAsStream("plover-export-0.1.jsonl")) {
      saved = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    List<JsonNode> records = records(saved);
    assertThat(records).hasSize(6);
    for (JsonNode record : records) {
      assertThat(PloverSchema.errors(record)).as(record.toString()).isNotEmpty();
    }
  }

  @Test
  void fieldShapesFollowTheManual() {
    List<JsonNode> records = records(PloverExport.toString(dossier));
    assertThat(records).extracting(r -> r.get("id").asString()).containsExactly(
        "fra-jpn:talks", "fra-jpn:joint/positions/0", "fra-jpn:quote/positions/0",
        "fra-jpn:next/lifecycle/0", "fra-jpn:next/lifecycle/1");
    JsonNode talks = records.get(0);
    assertThat(talks.get("mode").isArray()).isTrue();
    assertThat(talks.get("mode").get(0).asString()).isEqualTo("visit");
    assertThat(talks.get("event_text").isArray()).isTrue();
    assertThat(talks.get("cite_info").isObject()).isTrue();
    assertThat(talks.get("cite_info").get("codebook").asString()).contains("PLOVER");
    assertThat(talks.get("event_loc").get("country").asString()).isEqualTo("France");
    assertThat(talks.get("event_loc").get("country_code").asString()).isEqualTo("FRA");
    assertThat(talks.get("event_loc").has("name")).isFalse();
    // one entity per side: the minister is an attendee of her side, not a second actor
    assertThat(talks.get("actor")).hasSize(1);
    assertThat(talks.get("recipient")).hasSize(1);
    assertThat(talks.get("entente_attendees").get(0).get("entity_text").asString()).isEqualTo("Jeanne Martin");
    assertThat(talks.get("entente_attendees").get(0).get("entente_side").asString()).isEqualTo("FRA");
    // identifier_text is a canonical Wikidata name, which Entente does not have: not a copy
    assertThat(talks.get("actor").get(0).has("identifier_text")).isFalse();

    JsonNode cancelled = records.get(4);
    assertThat(cancelled.get("has_event").asBoolean()).isFalse();
    assertThat(cancelled.get("event")).isEmpty();
  }

  @Test
  void quadCodeFollowsThePloverCategoryAndDatesKeepTheirPrecision() {
    List<JsonNode> records = records(PloverExport.toString(dossier));
    JsonNode condemn = records.get(1);
    assertThat(condemn.get("event").get(0).asString()).isEqualTo("ACCUSE");
    assertThat(condemn.get("quad_code").asInt()).isEqualTo(3);
    // a month: its first day, marked, and no enddate (which is the end of a multi-day event)
    assertThat(condemn.get("date").asString()).isEqualTo("2024-03-01");
    assertThat(condemn.get("entente_date_precision").asString()).isEqualTo("month");
    assertThat(condemn.get("entente_date_edtf").asString()).isEqualTo("2024-03");
    assertThat(condemn.has("enddate")).isFalse();
    assertThat(condemn.get("recipient")).hasSize(1);
    assertThat(condemn.get("recipient").get(0).get("code").asString()).isEqualTo("PRK");
    assertThat(records.get(2).get("quad_code").asInt()).isEqualTo(1);
    assertThat(records.get(2).get("recipient").get(0).get("entente_id").asString()).isEqualTo("g7");
    assertThat(records.get(2).get("recipient").get(0).has("identifier_id")).isFalse();
  }

  @Test
  void aConcernHasNoRecordAndTheLossSaysWhy() {
    List<JsonNode> records = records(PloverExport.toString(dossier));
    assertThat(records).extracting(r -> r.get("id").asString())
        .doesNotContain("fra-jpn:joint/positions/1");
    assertThat(records).allSatisfy(r -> assertThat(r.get("comment").asString()).doesNotContain("nearest"));
    List<Loss> losses = PloverExport.losses(dossier);
    assertThat(losses).anySatisfy(loss -> {
      assertThat(loss.pointer()).isEqualTo("/statements/0/positions/1");
      assertThat(loss.reason()).contains("PLOVER has no category");
    });
  }

  @Test
  void doubtfulClaimsAreLeftOutOrMarkedByAnOption() {
    List<Statement> statements = new ArrayList<>(dossier.statements());
    statements.set(0, ((JointStatement) statements.get(0)).withConfirmation(Confirmation.UNCONFIRMED));
    Dossier doubtful = dossier.withStatements(statements);

    assertThat(records(PloverExport.toString(doubtful))).extracting(r -> r.get("id").asString())
        .doesNotContain("fra-jpn:joint/positions/0");
    assertThat(PloverExport.losses(doubtful)).anySatisfy(loss -> {
      assertThat(loss.pointer()).isEqualTo("/statements/0/positions/0");
      assertThat(loss.reason()).contains("unconfirmed");
    });

    StringBuilder marked = new StringBuilder();
    PloverExport.write(doubtful, marked, EventExportOptions.defaults()
        .withDoubtfulClaims(EventExportOptions.DoubtfulClaims.MARK));
    JsonNode condemn = records(marked.toString()).stream()
        .filter(r -> r.get("id").asString().equals("fra-jpn:joint/positions/0")).findFirst().orElseThrow();
    assertThat(condemn.get("entente_confirmation").asString()).isEqualTo("unconfirmed");
    assertThat(condemn.get("comment").asString()).doesNotContain("unconfirmed");
    assertThat(PloverSchema.errors(condemn)).isEmpty();
  }
}
