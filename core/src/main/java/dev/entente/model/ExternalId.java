package dev.entente.model;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An identifier of a record in an external register: a Wikidata item, a GeoNames place.
 *
 * <p>The text form is {@code scheme:value}, e.g. {@code wikidata:Q884}, and {@link #parse}
 * reads it back.
 *
 * <pre>{@code
 * ExternalId.wikidata("Q884")
 * ExternalId.parse("geonames:1835848")
 * }</pre>
 */
public final class ExternalId {

  /** The registers Entente knows, each with the syntax of its identifiers. */
  public enum Scheme {
    /** Wikidata items: {@code Q} and a number, such as {@code Q884}. */
    WIKIDATA("wikidata", "Q[1-9][0-9]*"),
    /** GeoNames places: a number, such as {@code 1835848}. */
    GEONAMES("geonames", "[1-9][0-9]*"),
    /** Popolo/Open Civic Data identifiers, such as {@code ocd-person/...}. */
    OCD("ocd", "ocd-[a-z_]+/[^\\s]+");

    private final String prefix;
    private final Pattern syntax;

    Scheme(String prefix, String syntax) {
      this.prefix = prefix;
      this.syntax = Pattern.compile(syntax);
    }

    /** The prefix of the text form, such as {@code wikidata}. */
    public String prefix() {
      return prefix;
    }

    static Scheme ofPrefix(String prefix) {
      for (Scheme scheme : values()) {
        if (scheme.prefix.equals(prefix)) {
          return scheme;
        }
      }
      throw new InvalidValueException(
          "ExternalId", "scheme", prefix, "not one of wikidata, geonames, ocd");
    }
  }

  private final Scheme scheme;
  private final String value;

  private ExternalId(Scheme scheme, String value) {
    this.scheme = scheme;
    this.value = value;
  }

  /**
   * An identifier in the given register.
   *
   * @throws InvalidValueException if the value does not follow the register's syntax
   */
  public static ExternalId of(Scheme scheme, String value) {
    Objects.requireNonNull(scheme, "scheme");
    Objects.requireNonNull(value, "value");
    if (!scheme.syntax.matcher(value).matches()) {
      throw new InvalidValueException(
          "ExternalId", "value", value, "not a " + scheme.prefix + " identifier");
    }
    return new ExternalId(scheme, value);
  }

  /** A Wikidata item, such as {@code Q884}. */
  public static ExternalId wikidata(String qid) {
    return of(Scheme.WIKIDATA, qid);
  }

  /** A GeoNames place, such as {@code 1835848}. */
  public static ExternalId geonames(String id) {
    return of(Scheme.GEONAMES, id);
  }

  /**
   * Reads the text form {@code scheme:value}.
   *
   * @throws InvalidValueException if the text has no known scheme or a malformed value
   */
  public static ExternalId parse(CharSequence text) {
    String s = text.toString();
    int colon = s.indexOf(':');
    if (colon < 0) {
      throw new InvalidValueException(
          "ExternalId", "text", s, "an external id is written scheme:value");
    }
    return of(Scheme.ofPrefix(s.substring(0, colon)), s.substring(colon + 1));
  }

  /** The register. */
  public Scheme scheme() {
    return scheme;
  }

  /** The identifier within the register. */
  public String value() {
    return value;
  }

  @Override
  public boolean equals(Object other) {
    return this == other
        || (other instanceof ExternalId
            && scheme == ((ExternalId) other).scheme
            && value.equals(((ExternalId) other).value));
  }

  @Override
  public int hashCode() {
    return 31 * scheme.hashCode() + value.hashCode();
  }

  /** The text form, {@code scheme:value}. */
  @Override
  public String toString() {
    return scheme.prefix + ":" + value;
  }
}
