package dev.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.entente.examples.koreauk2024.KoreaUkDialogue2024;
import dev.entente.model.Dossier;
import dev.entente.model.Source;
import dev.entente.model.SourceKind;
import dev.entente.time.FuzzyDate;
import java.net.URI;
import org.junit.jupiter.api.Test;

class BriefingTest {

  private final String briefing = Briefing.of(KoreaUkDialogue2024.dossier());

  @Test
  void opensWithTheDossiersTitleUnderlined() {
    String[] lines = briefing.split("\n");
    assertThat(lines[0]).isEqualTo(
        "The 9th ROK-UK Foreign Ministerial Strategic Dialogue, Seoul, 21 October 2024");
    assertThat(lines[1]).matches("=+").hasSameSizeAs(lines[0]);
  }

  @Test
  void namesTheMinistersInTheirOfficesAndTheArticlesSpellings() {
    assertThat(briefing)
        .contains("- Cho Tae-yul (조태열, Jo Tae-yeol)")
        .contains("41st Minister of Foreign Affairs, Republic of Korea, 2024-01")
        .contains("also written \"Cho Tae-yong\" (per herald-economy-article)")
        .contains("styled \"British Foreign Minister\" (per herald-economy-article)");
  }

  @Test
  void showsTheDialogueWithItsVenueHostAndBothDateClaims() {
    assertThat(briefing)
        .contains("- 21 October 2024: 9th ROK-UK Foreign Ministerial Strategic Dialogue,"
            + " Ministry of Foreign Affairs, Jongno-gu, Seoul, KR")
        .contains("sides: Republic of Korea (host) and United Kingdom")
        .contains("date \"the 21st\" (from 2024-10-22/2024-10-31 (22 October 2024 to 31 October"
            + " 2024)) = 21 October 2024 (per herald-economy-article)");
  }

  @Test
  void spellsOutEachPositionWithItsIntensityAndHedging() {
    assertThat(briefing)
        .contains("* Republic of Korea and United Kingdom condemn (in the strongest terms):")
        .contains("Democratic People's Republic of Korea: [reported: \"reported\"] deployment of"
            + " its troops")
        .contains("* Republic of Korea and United Kingdom express concern (deeply):")
        .contains("* David Lammy hope:");
  }

  @Test
  void namesEachActorsRoleAndTheMarksOfAPosition() {
    assertThat(briefing)
        .contains("Democratic People's Republic of Korea: [reported: \"reported\"] deployment of"
            + " its troops to the Russian Federation to support Russia's unlawful war of aggression"
            + " in Ukraine (mentions Russian Federation)")
        .contains("Democratic People's Republic of Korea (subject), Russian Federation (subject):"
            + " closely monitor the situation")
        .contains("* Cho Tae-yul intend:")
        .contains("restates an earlier position, held since 2023");
  }

  @Test
  void showsBothWindowsOfThePlannedTwoPlusTwo() {
    assertThat(briefing)
        .contains("- Inaugural ROK-UK Foreign and Defence Ministerial 2+2 Meeting: agreed")
        .contains("to be held \"first half of next year\"")
        .contains("= 2025-40 (1 January 2025 to 30 June 2025) (per herald-economy-article)")
        .contains("to be held \"early 2025\" (from 21 October 2024) = 2025-37 (1 January 2025 to"
            + " 30 April 2025) (per s4-korea-herald)");
  }

  @Test
  void marksTheUnconfirmedQuoteAndSaysWhy() {
    assertThat(briefing)
        .contains("remarks of Cho Tae-yul (Minister of Foreign Affairs, Republic of Korea)"
            + " [unconfirmed]")
        .contains("\"We will strengthen cooperation with the G7.\"")
        .contains("Not found verbatim in the primary sources");
  }

  @Test
  void leavesOutSectionsThatADossierDoesNotHave() {
    Dossier onlySources = Dossier.builder()
        .id("only-sources")
        .addSources(Source.builder()
            .id("s")
            .kind(SourceKind.PRESS_RELEASE)
            .url(URI.create("https://example.org/release"))
            .published(FuzzyDate.parse("2024-10"))
            .build())
        .build();

    String text = Briefing.of(onlySources);

    assertThat(text).startsWith("only-sources\n============\n")
        .contains("Sources", "- [s] published 2024-10 (1 October 2024 to 31 October 2024)")
        .doesNotContain("People", "Engagements", "Statements", "Planned meetings");
  }
}
