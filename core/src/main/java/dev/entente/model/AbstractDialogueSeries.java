package dev.entente.model;

import dev.entente.time.FuzzyDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A recurring bilateral format, such as the Korea-UK Foreign Ministers' Strategic Dialogue or a
 * Foreign and Defence Ministerial "2+2".
 *
 * <p>A "2+2" is a series with two principals on each side, named by their kinds of office:
 *
 * <pre>{@code
 * DialogueSeries twoPlusTwo = DialogueSeries.builder()
 *     .id("rok-uk-2plus2")
 *     .name("ROK-UK Foreign and Defence Ministerial 2+2 Meeting")
 *     .addSides(Ref.of("rok"), Ref.of("uk"))
 *     .level(Level.MINISTERIAL)
 *     .addPrincipalKinds(OfficeKind.FOREIGN_MINISTER, OfficeKind.DEFENCE_MINISTER)
 *     .build();
 * twoPlusTwo.principalsPerSide();   // 2
 * }</pre>
 */
@Value.Immutable
@EntenteStyle
abstract sealed class AbstractDialogueSeries implements Identified, Extensible permits DialogueSeries {

  /**
   * Implemented by the generated {@code DialogueSeries.Builder}: the builder is an
   * {@link ExtensibleBuilder}.
   */
  interface Builder extends ExtensibleBuilder<DialogueSeries, DialogueSeries.Builder> {}

  /** {@value}: the name of {@link #name()}, in pointers and written forms. */
  public static final String NAME = "name";

  /** {@value}: the name of {@link #sides()}, in pointers and written forms. */
  public static final String SIDES = "sides";

  /** {@value}: the name of {@link #level()}, in pointers and written forms. */
  public static final String LEVEL = "level";

  /** {@value}: the name of {@link #principalKinds()}, in pointers and written forms. */
  public static final String PRINCIPAL_KINDS = "principalKinds";

  /** {@value}: the name of {@link #established()}, in pointers and written forms. */
  public static final String ESTABLISHED = "established";

  /** {@value}: the name of {@link #evidence()}, in pointers and written forms. */
  public static final String EVIDENCE = "evidence";

  @Override
  public abstract String id();

  /** The name of the format, in English. */
  public abstract String name();

  /** The two sides. */
  public abstract List<Ref<Actor>> sides();

  /** The level at which it meets. */
  public abstract Level level();

  /** The kinds of office of each side's principals; empty when unspecified. */
  public abstract List<OfficeKind> principalKinds();

  /** When the format was established, when known. */
  public abstract Optional<FuzzyDate> established();

  /** The sources for the series. */
  public abstract List<Evidence> evidence();

  /** How many principals each side has: 2 for a "2+2", otherwise 1. */
  public final int principalsPerSide() {
    return Math.max(1, principalKinds().size());
  }

  @Value.Check
  final void check() {
    Checks.id("DialogueSeries", this);
    Checks.notBlank("DialogueSeries", "name", name());
    Checks.twoSides("DialogueSeries", "sides", sides());
    Checks.distinct("DialogueSeries", "principalKinds", principalKinds());
  }
}
