package dev.entente.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Why a {@link MeetingChange} was made, as sources give it: a kind, whose circumstances it was,
 * the sources' own words and the sources.
 *
 * <pre>{@code
 * ChangeReason.builder()
 *     .kind(ReasonKind.SECURITY_INCIDENT)
 *     .wording("the presence of a PRC surveillance balloon in U.S. airspace")
 *     .addEvidence(Evidence.of(Ref.of("state-2023-02-03")))
 *     .build();
 * }</pre>
 */
@Value.Immutable
@EntenteStyle
abstract sealed class AbstractChangeReason implements Extensible permits ChangeReason {

  /**
   * Implemented by the generated {@code ChangeReason.Builder}: the builder is an
   * {@link ExtensibleBuilder}.
   */
  interface Builder extends ExtensibleBuilder<ChangeReason, ChangeReason.Builder> {}

  /** {@value}: the name of {@link #kind()}, in pointers and written forms. */
  public static final String KIND = "kind";

  /** {@value}: the name of {@link #side()}, in pointers and written forms. */
  public static final String SIDE = "side";

  /** {@value}: the name of {@link #wording()}, in pointers and written forms. */
  public static final String WORDING = "wording";

  /** {@value}: the name of {@link #evidence()}, in pointers and written forms. */
  public static final String EVIDENCE = "evidence";

  /** The kind of reason. */
  public abstract ReasonKind kind();

  /** The side whose circumstances or conduct the reason is, if sources say. */
  public abstract Optional<Ref<Actor>> side();

  /** The sources' own words for the reason, verbatim. */
  public abstract Optional<String> wording();

  /** The sources that give the reason. */
  public abstract List<Evidence> evidence();

  /** A reason of a kind, with its sources. */
  public static ChangeReason of(ReasonKind kind, Evidence... evidence) {
    return ChangeReason.builder().kind(kind).addEvidence(evidence).build();
  }

  @Value.Check
  final void check() {
    Checks.notBlank("ChangeReason", WORDING, wording());
  }
}
