package dev.entente.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An office that people hold in turn: the Minister of Foreign Affairs of the Republic of Korea,
 * the UK's Secretary of State for Foreign, Commonwealth and Development Affairs.
 *
 * <p>The office is kept apart from the titles sources give it: "British Foreign Minister" is a
 * {@link Wording} on a participant, not an office.
 *
 * <pre>{@code
 * Office foreignSecretary = Office.builder()
 *     .id("uk-foreign-secretary")
 *     .title("Secretary of State for Foreign, Commonwealth and Development Affairs")
 *     .shortTitle("Foreign Secretary")
 *     .kind(OfficeKind.FOREIGN_MINISTER)
 *     .jurisdiction(Ref.of("uk"))
 *     .build();
 * }</pre>
 */
@Value.Immutable
@EntenteStyle
abstract sealed class AbstractOffice implements Identified, Extensible permits Office {

  /**
   * Implemented by the generated {@code Office.Builder}: the builder is an
   * {@link ExtensibleBuilder}.
   */
  interface Builder extends ExtensibleBuilder<Office, Office.Builder> {}

  /** {@value}: the name of {@link #title()}, in pointers and written forms. */
  public static final String TITLE = "title";

  /** {@value}: the name of {@link #shortTitle()}, in pointers and written forms. */
  public static final String SHORT_TITLE = "shortTitle";

  /** {@value}: the name of {@link #kind()}, in pointers and written forms. */
  public static final String KIND = "kind";

  /** {@value}: the name of {@link #jurisdiction()}, in pointers and written forms. */
  public static final String JURISDICTION = "jurisdiction";

  /** {@value}: the name of {@link #body()}, in pointers and written forms. */
  public static final String BODY = "body";

  /** {@value}: the name of {@link #externalIds()}, in pointers and written forms. */
  public static final String EXTERNAL_IDS = "externalIds";

  @Override
  public abstract String id();

  /** The official title, in English. */
  public abstract String title();

  /** The usual short title, such as {@code Foreign Secretary}. */
  public abstract Optional<String> shortTitle();

  /** The kind of office. */
  public abstract OfficeKind kind();

  /** The state (or grouping) the office belongs to. */
  public abstract Ref<Actor> jurisdiction();

  /** The government body the office heads or belongs to, if any. */
  public abstract Optional<Ref<Actor>> body();

  /** Identifiers of the office in external registers (Wikidata positions). */
  public abstract List<ExternalId> externalIds();

  @Value.Check
  final void check() {
    Checks.id("Office", this);
    Checks.notBlank("Office", "title", title());
    Checks.notBlank("Office", "shortTitle", shortTitle());
  }
}
