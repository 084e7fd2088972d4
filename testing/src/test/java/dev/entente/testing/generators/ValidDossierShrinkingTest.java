package dev.entente.testing.generators;

import static org.assertj.core.api.Assertions.assertThat;

import dev.entente.model.Actor;
import dev.entente.model.Dossier;
import dev.entente.model.Engagement;
import dev.entente.model.Position;
import dev.entente.model.Statement;
import dev.entente.validation.DossierValidator;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.Tag;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * Generated valid dossiers shrink: a property that fails for every dossier with a statement is
 * reported with a dossier of one bare statement and the few records every valid dossier has; and
 * every kind of each union (actors, engagements, statements, positions) has a generator.
 */
class ValidDossierShrinkingTest {

  /**
   * Fails for any dossier with a statement; {@link ExpectSmallShrunkDossier} checks what jqwik
   * reports and turns the expected failure into a success.
   */
  // Full shrinking, so that the result does not depend on the machine's speed; some seconds.
  @Property(seed = "20260501", tries = 200, edgeCases = EdgeCasesMode.NONE,
      shrinking = ShrinkingMode.FULL)
  @Tag("slow")
  @AddLifecycleHook(ExpectSmallShrunkDossier.class)
  void failsForAnyDossierWithAStatement(@ForAll("validDossiers") Dossier dossier) {
    assertThat(dossier.statements()).isEmpty();
  }

  /** Up to three records of each kind, so that shrinking ends within jqwik's time bound. */
  @Provide
  Arbitrary<Dossier> validDossiers() {
    return ModelArbitraries.validDossiers(3);
  }

  /** Runs the property and checks that it failed and that its shrunk sample is small. */
  static final class ExpectSmallShrunkDossier implements AroundPropertyHook {
    @Override
    public PropertyExecutionResult aroundProperty(
        PropertyLifecycleContext context, PropertyExecutor property) {
      PropertyExecutionResult result = property.execute();
      if (result.status() != PropertyExecutionResult.Status.FAILED) {
        return result.mapToFailed("expected a dossier with a statement to falsify the property,"
            + " status " + result.status());
      }
      try {
        Dossier original = (Dossier) result.originalSample().orElseThrow().parameters().get(0);
        Dossier shrunk = (Dossier) result.shrunkSample().orElseThrow().parameters().get(0);
        assertThat(DossierValidator.validate(shrunk)).as("violations of %s", shrunk).isEmpty();
        assertThat(shrunk.statements()).as("statements of %s", shrunk).hasSize(1);
        Statement statement = shrunk.statements().get(0);
        assertThat(statement.positions()).as("positions of %s", statement).isEmpty();
        assertThat(statement.dateClaims()).as("date claims of %s", statement).isEmpty();
        assertThat(statement.relations()).as("relations of %s", statement).isEmpty();
        // two states, one office, one person (which every valid dossier has) and the statement
        assertThat(shrunk.records().count()).as("records of %s", shrunk).isLessThanOrEqualTo(5);
        assertThat(shrunk.records().count())
            .as("records of the shrunk dossier, against the %d of the one first found",
                original.records().count())
            .isLessThan(original.records().count());
      } catch (AssertionError e) {
        return result.mapToFailed(e);
      }
      return result.mapToSuccessful();
    }
  }

  // ------------------------------------------------------------------ a generator for every kind

  /**
   * Each kind permitted by the sealed interfaces occurs among the values of the union's
   * arbitrary: a kind added to the model without a generator fails here. (Valid dossiers are
   * checked likewise by {@code ModelArbitrariesTest#validDossiersHaveNoViolation}.)
   */
  @Example
  void everyPermittedKindOfEachUnionIsGenerated() {
    assertEveryKindOccurs(Actor.class, sample(ModelArbitraries.actors(), 100));
    assertEveryKindOccurs(Engagement.class, sample(ModelArbitraries.engagements(), 50));
    assertEveryKindOccurs(Statement.class, sample(ModelArbitraries.statements(), 50));
    assertEveryKindOccurs(Position.class, sample(ModelArbitraries.positions(), 300));
  }

  /** The simple names of the kinds a sealed interface permits, without "Abstract". */
  static List<String> kindsOf(Class<?> union) {
    return Arrays.stream(union.getPermittedSubclasses())
        .map(c -> c.getSimpleName().replaceFirst("^Abstract", ""))
        .collect(Collectors.toList());
  }

  private static void assertEveryKindOccurs(Class<?> union, List<?> values) {
    Set<String> seen = values.stream().map(v -> v.getClass().getSimpleName())
        .collect(Collectors.toSet());
    assertThat(kindsOf(union)).isNotEmpty();
    assertThat(seen).as("kinds of %s generated", union.getSimpleName())
        .containsAll(kindsOf(union));
  }

  private static <T> List<T> sample(Arbitrary<T> arbitrary, int n) {
    return arbitrary.sampleStream().limit(n).collect(Collectors.toList());
  }
}
