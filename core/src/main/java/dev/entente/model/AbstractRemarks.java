package dev.entente.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Words spoken by a person, in an office, at an engagement or to the press: a quote, opening
 * remarks, a hope expressed during a courtesy call.
 *
 * <p>A quote that a news source attributes but primary sources do not bear out is kept, with
 * {@link #confirmation()} {@link Confirmation#UNCONFIRMED} and a note in its evidence.
 *
 * <pre>{@code
 * Remarks g7 = Remarks.builder()
 *     .id("cho-on-g7")
 *     .speaker(Attribution.of(Ref.of("cho-tae-yul"), Ref.of("rok-foreign-minister")))
 *     .quote("We will strengthen cooperation with the G7.")
 *     .confirmation(Confirmation.UNCONFIRMED)
 *     .build();
 * }</pre>
 */
@Value.Immutable
@EntenteStyle
abstract sealed class AbstractRemarks implements Statement permits Remarks {

  /**
   * Implemented by the generated {@code Remarks.Builder}: the builder is a
   * {@link StatementBuilder}.
   */
  interface Builder extends StatementBuilder<Remarks, Remarks.Builder> {}

  /** {@value}: the name of {@link #speaker()}, in pointers and written forms. */
  public static final String SPEAKER = "speaker";

  /** {@value}: the name of {@link #side()}, in pointers and written forms. */
  public static final String SIDE = "side";

  /** {@value}: the name of {@link #quote()}, in pointers and written forms. */
  public static final String QUOTE = "quote";

  /** Who spoke, as which office. */
  public abstract Attribution speaker();

  /** The side the speaker spoke for. */
  public abstract Ref<Actor> side();

  /** The words, verbatim, when a source gives them. */
  public abstract Optional<String> quote();

  /** The side the speaker spoke for. */
  @Override
  public final List<Ref<Actor>> issuers() {
    return List.of(side());
  }

  @Value.Check
  final void check() {
    Statements.check("Remarks", this);
    Checks.notBlank("Remarks", "quote", quote());
  }
}
