package dev.entente.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import dev.entente.model.CountryCode;
import dev.entente.model.Dialogue;
import dev.entente.model.Dossier;
import dev.entente.model.Source;
import dev.entente.model.State;
import dev.entente.time.FuzzyDate;
import org.junit.jupiter.api.Test;

class YamlTest {

  private static final EntenteJson YAML =
      EntenteJson.builder().format(EntenteJson.Format.YAML).build();

  @Test
  void theFixtureWrittenAsYamlReadsBackEqual() {
    String yaml = YAML.write(SampleDossiers.dossier());

    assertThat(yaml).contains("entente:", "type: dialogue", "- kor");
    assertThat(YAML.readDossier(yaml)).isEqualTo(SampleDossiers.dossier());
  }

  @Test
  void aHandWrittenDossierWithUnquotedDatesAndVersionReads() {
    String yaml = String.join("\n",
        "entente: 1.1",
        "id: kor-jpn",
        "actors:",
        "  - type: state",
        "    id: kor",
        "    country: KR",
        "    name: Republic of Korea",
        "  - type: state",
        "    id: nor",
        "    country: NO",
        "    name: Norway",
        "series:",
        "  - id: s",
        "    name: Foreign ministers",
        "    sides: [kor, nor]",
        "    level: ministerial",
        "    established: 2015",
        "engagements:",
        "  - type: dialogue",
        "    id: fm-1",
        "    series: s",
        "    ordinal: 1",
        "    sides: [kor, nor]",
        "    date: 2024-10-21",
        "sources:",
        "  - id: src-1",
        "    kind: news-article",
        "    title: Ministers meet",
        "    published: 2024",
        "");

    Dossier dossier = YAML.readDossier(yaml);

    Dialogue dialogue = (Dialogue) dossier.engagements().get(0);
    assertThat(dialogue.date()).contains(FuzzyDate.parse("2024-10-21"));
    assertThat(dialogue.ordinal()).hasValue(1);
    assertThat(dossier.series().get(0).established()).hasValue(FuzzyDate.parse("2015"));
    Source source = dossier.sources().get(0);
    assertThat(source.published()).hasValue(FuzzyDate.parse("2024"));
    assertThat(((State) dossier.actors().get(1)).country()).isEqualTo(CountryCode.of("NO"));
    assertThat(EntenteJson.standard().readDossier(EntenteJson.standard().write(dossier)))
        .isEqualTo(dossier);
  }

  @Test
  void yamlProblemsAreLocatedByLineInTheYamlText() {
    String yaml = "entente: 1.1\nid: d\nengagements:\n  - type: dialogue\n    id: fm-1\n"
        + "    series: s\n    sides: [a, b]\n    date: 2024-02-30\n";

    EntenteJsonException e = org.assertj.core.api.Assertions.catchThrowableOfType(
        EntenteJsonException.class, () -> YAML.readDossier(yaml));

    assertThat(e.firstProblem().kind()).isEqualTo(JsonProblem.Kind.INVALID_VALUE);
    assertThat(e.firstProblem().pointer()).isEqualTo("/engagements/0/date");
    assertThat(e.firstProblem().line()).isEqualTo(8);
    assertThat(e.firstProblem().message()).contains("day 30 is not in February 2024");
  }
}
