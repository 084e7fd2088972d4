package dev.entente.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where an engagement took or will take place, as precisely as known: country, city, district,
 * building.
 *
 * <pre>{@code
 * Venue.builder()
 *     .country(CountryCode.of("KR")).city("Seoul").district("Jongno-gu")
 *     .building("Ministry of Foreign Affairs")
 *     .build();
 * }</pre>
 */
@Value.Immutable
@EntenteStyle
abstract sealed class AbstractVenue implements Extensible permits Venue {

  /**
   * Implemented by the generated {@code Venue.Builder}: the builder is an
   * {@link ExtensibleBuilder}.
   */
  interface Builder extends ExtensibleBuilder<Venue, Venue.Builder> {}

  /** {@value}: the name of {@link #country()}, in pointers and written forms. */
  public static final String COUNTRY = "country";

  /** {@value}: the name of {@link #city()}, in pointers and written forms. */
  public static final String CITY = "city";

  /** {@value}: the name of {@link #district()}, in pointers and written forms. */
  public static final String DISTRICT = "district";

  /** {@value}: the name of {@link #building()}, in pointers and written forms. */
  public static final String BUILDING = "building";

  /** {@value}: the name of {@link #externalIds()}, in pointers and written forms. */
  public static final String EXTERNAL_IDS = "externalIds";

  /** The country. */
  public abstract Optional<CountryCode> country();

  /** The city. */
  public abstract Optional<String> city();

  /** The district or borough within the city. */
  public abstract Optional<String> district();

  /** The building or site. */
  public abstract Optional<String> building();

  /** Identifiers of the place in external registers (GeoNames, Wikidata). */
  public abstract List<ExternalId> externalIds();

  @Value.Check
  final void check() {
    Checks.notBlank("Venue", "city", city());
    Checks.notBlank("Venue", "district", district());
    Checks.notBlank("Venue", "building", building());
    if (country().isEmpty() && city().isEmpty() && district().isEmpty() && building().isEmpty()) {
      throw new InvalidValueException(
          "Venue", "city", "(none)", "a venue names at least a country, city, district or building");
    }
  }
}
