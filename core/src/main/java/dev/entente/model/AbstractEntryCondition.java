package dev.entente.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What an {@link Instrument}'s entry into force waits for, in the instrument's or the sources' own
 * words ("shall enter into force on the thirtieth day after the date of the later note").
 *
 * <pre>{@code
 * EntryCondition.builder()
 *     .kind(ConditionKind.NOTIFICATION)
 *     .wording("enters into force after ratification by both legislatures")
 *     .addEvidence(Evidence.of(Ref.of("mofa")))
 *     .build();
 * }</pre>
 */
@Value.Immutable
@EntenteStyle
abstract sealed class AbstractEntryCondition implements Extensible permits EntryCondition {

  /**
   * Implemented by the generated {@code EntryCondition.Builder}: the builder is an
   * {@link ExtensibleBuilder}.
   */
  interface Builder extends ExtensibleBuilder<EntryCondition, EntryCondition.Builder> {}

  /** {@value}: the name of {@link #kind()}, in pointers and written forms. */
  public static final String KIND = "kind";

  /** {@value}: the name of {@link #wording()}, in pointers and written forms. */
  public static final String WORDING = "wording";

  /** {@value}: the name of {@link #evidence()}, in pointers and written forms. */
  public static final String EVIDENCE = "evidence";

  /** What kind of condition it is. */
  public abstract ConditionKind kind();

  /** The condition in the instrument's or the sources' words; required for {@link ConditionKind#OTHER}. */
  public abstract Optional<String> wording();

  /** The sources that state the condition. */
  public abstract List<Evidence> evidence();

  @Value.Check
  final void check() {
    Checks.notBlank("EntryCondition", WORDING, wording());
    if (kind() == ConditionKind.OTHER && wording().isEmpty()) {
      throw new InvalidValueException("EntryCondition", KIND, kind(),
          "a condition of kind OTHER says what it is in its wording");
    }
  }
}
