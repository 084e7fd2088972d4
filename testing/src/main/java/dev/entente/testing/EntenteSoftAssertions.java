package dev.entente.testing;

import java.util.function.Consumer;
import org.assertj.core.api.AbstractSoftAssertions;
import org.assertj.core.api.SoftAssertionsProvider;
import org.assertj.core.api.StandardSoftAssertionsProvider;

/**
 * AssertJ's soft assertions with Entente's added: every failure is collected, and all are
 * reported together by {@link #assertAll()}.
 *
 * <pre>{@code
 * EntenteSoftAssertions.assertEntenteSoftly(softly -> {
 *   softly.assertThat(dossier).isValid();
 *   softly.assertThat(dossier).dialogue("strategic-dialogue-9").hasOrdinal(9).isHeldIn("Seoul");
 *   softly.assertThat(dossier.title()).hasValue("The 9th ROK-UK Strategic Dialogue");
 * });
 * }</pre>
 *
 * <p>With JUnit 5, AssertJ's {@code SoftAssertionsExtension} injects it into a field or parameter
 * annotated {@code @InjectSoftAssertions} and calls {@code assertAll()} after the test. With
 * plain {@code SoftAssertions}, wrap an Entente assertion in
 * {@code softly.check(() -> assertThat(dossier).isValid())}.
 */
public class EntenteSoftAssertions extends AbstractSoftAssertions
    implements StandardSoftAssertionsProvider, EntenteSoftAssertionsProvider {

  /** Creates soft assertions with no failure collected yet. */
  public EntenteSoftAssertions() {}

  /**
   * Runs the checks softly and then fails with every failure they collected, if any.
   *
   * @param softly the checks
   */
  public static void assertEntenteSoftly(Consumer<EntenteSoftAssertions> softly) {
    SoftAssertionsProvider.assertSoftly(EntenteSoftAssertions.class, softly);
  }
}
