package dev.entente.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.entente.examples.japanuk2023.JapanUk2023;
import dev.entente.model.Dossier;
import dev.entente.model.Evidence;
import dev.entente.model.Ref;
import dev.entente.model.Topic;
import dev.entente.model.TopicKind;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The checker behind {@link FactsTest} finds what is wrong, and says where. */
class QuoteCheckTest {

  private static final Dossier DOSSIER = JapanUk2023.dossier();
  private static final String NOTES = JapanUk2023.MOFA_NOTES.id();

  /** The stored excerpts, but the one of the ministry's release of 15 September 2023 replaced. */
  private static Function<String, Optional<String>> replacing(String text) {
    return id -> id.equals(NOTES) ? Optional.of(text) : QuoteCheck.storedExcerpt(id);
  }

  @Test
  void findsEveryEvidenceOfTheDossierWithItsPointer() {
    List<QuoteCheck.Quoted> evidence = QuoteCheck.evidence(DOSSIER);
    assertThat(evidence).hasSizeGreaterThan(20);
    assertThat(evidence).extracting(QuoteCheck.Quoted::pointer)
        .contains("/instruments/0/conditions/0/evidence/0", "/actors/2/tenures/0/evidence/0");
    assertThat(evidence).allSatisfy(quoted -> assertThat(quoted.quote()).isPresent());
  }

  @Test
  void acceptsTheStoredExcerpts() {
    assertThat(QuoteCheck.problems(DOSSIER, QuoteCheck::storedExcerpt)).isEmpty();
  }

  @Test
  void namesTheSourceAndTheQuoteThatAnExcerptLacks() {
    String excerpt = "URL: https://www.mofa.go.jp/press/release/press4e_003298.html\n\n"
        + "On September 15, in London, UK, Japan and the United Kingdom exchanged diplomatic"
        + " notes for the entry into force of the\n";
    List<String> problems = QuoteCheck.problems(DOSSIER, replacing(excerpt));
    assertThat(problems).isNotEmpty().allSatisfy(problem -> assertThat(problem)
        .contains("source " + NOTES).contains("is not in the excerpt"));
    assertThat(problems).anySatisfy(problem -> assertThat(problem)
        .startsWith("/instruments/0/history/4/evidence/0")
        .contains("\"With this exchange of notes, the Agreement will enter into force on October"
            + " 15, 2023.\""));
    assertThat(problems).noneSatisfy(problem -> assertThat(problem)
        .startsWith("/instruments/0/conditions/0/evidence/0"));
  }

  @Test
  void reportsAMissingExcerptAndAMissingQuote() {
    Dossier withBareEvidence = DOSSIER.withTopics(Topic.builder().id("raa").label("RAA")
        .kind(TopicKind.INITIATIVE).addEvidence(Evidence.of(Ref.of(NOTES))).build());
    List<String> problems = QuoteCheck.problems(withBareEvidence,
        id -> id.equals(NOTES) ? Optional.empty() : QuoteCheck.storedExcerpt(id));
    assertThat(problems).contains("/topics/0/evidence/0: source " + NOTES
        + ": the evidence has no quote");
    assertThat(problems).anySatisfy(problem -> assertThat(problem)
        .startsWith("/instruments/0/history/4/evidence/0: source " + NOTES + ": no excerpt "
            + QuoteCheck.EXCERPTS + NOTES + ".txt"));
  }

  @Test
  void searchesThePassagesOnlyNotTheAddressOrTheRemarks() {
    String quote = "With this exchange of notes, the Agreement will enter into force on October 15,"
        + " 2023.";
    String inARemark = "URL: https://www.mofa.go.jp/press/release/press4e_003298.html\n# " + quote
        + "\n";
    assertThat(QuoteCheck.problems(DOSSIER, replacing(inARemark)))
        .anySatisfy(problem -> assertThat(problem).contains(quote).contains("is not in"));
    String wrongAddress = "URL: https://example.org/\n" + QuoteCheck.storedExcerpt(NOTES)
        .orElseThrow().lines().skip(1).reduce("", (a, b) -> a + b + "\n");
    assertThat(QuoteCheck.problems(DOSSIER, replacing(wrongAddress))).containsExactly(
        "excerpt of source " + NOTES + ": first line is \"URL: https://example.org/\", expected"
            + " it to start with \"URL: https://www.mofa.go.jp/press/release/press4e_003298.html\"");
  }

  @Test
  void normalisesWhiteSpaceAndTypographicQuotesAndNothingElse() {
    assertThat(QuoteCheck.normalise("“Japan-UK RAA”,\n  the  Agreement’s"))
        .isEqualTo("\"Japan-UK RAA\", the Agreement's");
    assertThat(QuoteCheck.normalise("Agreement")).isNotEqualTo(QuoteCheck.normalise("agreement"));
    assertThat(QuoteCheck.normalise("U.\n\nS. airspace")).isEqualTo("U. S. airspace")
        .isNotEqualTo(QuoteCheck.normalise("U.S. airspace"));
  }
}
