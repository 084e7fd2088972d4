package dev.entente.interop;

import static org.assertj.core.api.Assertions.assertThat;

import dev.entente.model.Dossier;
import dev.entente.testing.SampleDossiers;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GdeltExportTest {

  private final Dossier dossier = SampleDossiers.franceJapan();

  /** GDELT's published column list (a test resource): name → type, in order. */
  static Map<String, String> gdeltColumns() throws IOException {
    Map<String, String> columns = new LinkedHashMap<>();
    try (InputStream in = GdeltExportTest.class.getResourceAsStream("GDELT2.events.columns.tsv")) {
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      reader.readLine();
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String[] cells = line.split("\t", -1);
        columns.put(cells[1], cells[2]);
      }
    }
    return columns;
  }

  /** Reads the table with GDELT's column list, checking every column's type. */
  static List<Map<String, String>> read(String table) throws IOException {
    Map<String, String> columns = gdeltColumns();
    List<String> names = new ArrayList<>(columns.keySet());
    List<Map<String, String>> rows = new ArrayList<>();
    for (String line : table.split("\n")) {
      String[] cells = line.split("\t", -1);
      assertThat(cells).as(line).hasSize(61);
      Map<String, String> row = new LinkedHashMap<>();
      for (int i = 0; i < cells.length; i++) {
        String type = columns.get(names.get(i));
        String value = cells[i];
        if (type.equals("INTEGER")) {
          assertThat(value).as(names.get(i)).matches("|-?[0-9]+");
        } else if (type.equals("FLOAT")) {
          assertThat(value).as(names.get(i)).matches("|-?[0-9]+(\\.[0-9]+)?");
        } else {
          assertThat(type).isEqualTo("STRING");
        }
        row.put(names.get(i), value);
      }
      rows.add(row);
    }
    return rows;
  }

  @Test
  void sixtyOneColumnsInGdeltsOrderWithoutAHeaderAndTypedAsGdeltTypesThem() throws IOException {
    String table = GdeltExport.toString(dossier);
    assertThat(gdeltColumns()).hasSize(61);
    assertThat(table.split("\n")[0]).doesNotStartWith("GLOBALEVENTID");
    List<Map<String, String>> rows = read(table);
    // talks: 2 directions; condemn and concern: 2 issuers x 1 target; support: 1; agreed: 2;
    // the cancellation has no CAMEO code and is a loss, not a row
    assertThat(rows).hasSize(2 + 2 + 2 + 1 + 2);
    Map<String, String> visit = rows.get(0);
    assertThat(visit.get("GLOBALEVENTID")).isEqualTo(Long.toString(GdeltExport.globalEventId("fra-jpn:talks#1")));
    assertThat(visit).containsEntry("SQLDATE", "20240301").containsEntry("MonthYear", "202403")
        .containsEntry("Year", "2024").containsEntry("FractionDate", "2024.1671")
        .containsEntry("Actor1Code", "JPNGOV").containsEntry("Actor1CountryCode", "JPN")
        .containsEntry("Actor2Code", "FRAGOV").containsEntry("EventCode", "042")
        .containsEntry("QuadClass", "1").containsEntry("GoldsteinScale", "1.9")
        .containsEntry("ActionGeo_Type", "4").containsEntry("ActionGeo_FullName", "Paris, France")
        .containsEntry("ActionGeo_CountryCode", "FR")
        .containsEntry("SOURCEURL", "https://example.org/news/1");
    assertThat(rows.get(1)).containsEntry("EventCode", "043").containsEntry("Actor1Code", "FRAGOV");
    // a month-precision date: no invented day
    Map<String, String> condemn = rows.get(2);
    assertThat(condemn).containsEntry("SQLDATE", "").containsEntry("FractionDate", "")
        .containsEntry("MonthYear", "202403").containsEntry("Year", "2024")
        .containsEntry("EventCode", "111").containsEntry("QuadClass", "3");
    Map<String, String> support = rows.get(6);
    assertThat(support).containsEntry("Actor2Code", "IGO").containsEntry("Actor2Type1Code", "IGO")
        .containsEntry("Actor2CountryCode", "");
  }

  @Test
  void anOptionAddsGdeltsColumnNamesAsAHeader() throws IOException {
    StringBuilder out = new StringBuilder();
    GdeltExport.write(dossier, out, EventExportOptions.defaults().withHeader(true));
    String[] lines = out.toString().split("\n");
    assertThat(List.of(lines[0].split("\t", -1))).containsExactlyElementsOf(gdeltColumns().keySet());
  }

  @Test
  void quadClassesAreGdeltsByRoot() {
    CameoCodebook book = CameoCodebook.standard();
    assertThat(book.get("090").quadClass()).isEqualTo(3);
    assertThat(book.get("057").quadClass()).isEqualTo(1);
    assertThat(book.get("0874").quadClass()).isEqualTo(2);
    assertThat(book.get("130").quadClass()).isEqualTo(3);
    assertThat(book.get("140").quadClass()).isEqualTo(4);
  }

  @Test
  void idsAreStableIntegers() {
    long id = GdeltExport.globalEventId("fra-jpn:talks#1");
    assertThat(id).isNotNegative().isEqualTo(GdeltExport.globalEventId("fra-jpn:talks#1"));
    assertThat(GdeltExport.globalEventId("fra-jpn:talks#2")).isNotEqualTo(id);
  }

  @Test
  void fipsCodesComeFromTheShippedTable() {
    assertThat(Fips104.of(dev.entente.model.CountryCode.of("KOR"))).contains("KS");
    assertThat(Fips104.of(dev.entente.model.CountryCode.of("GBR"))).contains("UK");
    assertThat(Fips104.of(dev.entente.model.CountryCode.of("JPN"))).contains("JA");
    assertThat(Fips104.of(dev.entente.model.CountryCode.of("AUS"))).contains("AS");
    assertThat(Fips104.of(dev.entente.model.CountryCode.of("DEU"))).contains("GM");
  }

  @Test
  void theSideFileIsKeyedByTheEventIdAndTextNormalisationIsReported() {
    StringBuilder extras = new StringBuilder();
    GdeltExport.writeExtras(dossier, extras, EventExportOptions.defaults());
    String[] lines = extras.toString().split("\n");
    assertThat(List.of(lines[0].split("\t", -1))).containsExactlyElementsOf(GdeltExport.EXTRA_COLUMNS);
    String[] first = lines[1].split("\t", -1);
    assertThat(first).hasSize(GdeltExport.EXTRA_COLUMNS.size());
    assertThat(first[0]).isEqualTo(Long.toString(GdeltExport.globalEventId("fra-jpn:talks#1")));
    assertThat(first[1]).isEqualTo("fra-jpn:/engagements/0");
    String condemn = lines[3];
    assertThat(condemn.split("\t", -1)[2]).isEqualTo("2024-03");
    assertThat(condemn.split("\t", -1)[3]).isEqualTo("month");
    // the source title has a tab: written as a space, and reported
    assertThat(extras.toString()).contains("Ministers \"meet\" in Paris");
    assertThat(GdeltExport.losses(dossier)).anySatisfy(loss -> {
      assertThat(loss.pointer()).isEqualTo("/engagements/0");
      assertThat(loss.what()).contains("SourceCitation");
      assertThat(loss.reason()).contains("no quoting");
    });
    assertThat(GdeltExport.losses(dossier)).anySatisfy(loss -> {
      assertThat(loss.pointer()).isEqualTo("/plannedMeetings/0/lifecycle/1");
      assertThat(loss.reason()).contains("CAMEO has no code");
    });
  }
}
