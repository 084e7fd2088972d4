package dev.entente.model;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A typed reference, by id, to a record of a {@link Dossier}.
 *
 * <p>The type parameter says what the reference must point at; it is checked when a dossier is
 * validated, where every reference must resolve to a record of that kind. Two references are
 * equal when their ids are equal. The text form is the id itself.
 *
 * <pre>{@code
 * Ref<Actor> korea = Ref.of("rok");          // by id
 * Ref<Actor> uk = Ref.to(unitedKingdom);     // to a value at hand
 * Ref<Person> cho = Ref.of("cho-tae-yul");
 * Ref<Actor> holder = Ref.widen(cho);         // a Ref<Person> where a Ref<Actor> is expected
 * }</pre>
 *
 * @param <T> the kind of record referred to
 */
public final class Ref<T extends Identified> {

  /**
   * The syntax of an id: a letter or digit, then up to 127 letters, digits, {@code . _ : -}.
   */
  public static final Pattern ID_PATTERN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,127}");

  private final String id;

  private Ref(String id) {
    this.id = id;
  }

  /**
   * A reference to the record with this id.
   *
   * @throws InvalidValueException if the id does not match {@link #ID_PATTERN}
   */
  public static <T extends Identified> Ref<T> of(String id) {
    return new Ref<>(checkId("Ref", "id", id));
  }

  /** A reference to this record, by its id. */
  public static <T extends Identified> Ref<T> to(T record) {
    Objects.requireNonNull(record, "record");
    return of(record.id());
  }

  /**
   * The same reference, typed as a reference to a supertype: a {@code Ref<Person>} where a {@code
   * Ref<Actor>} is expected.
   *
   * <p>Java's generics are invariant, so a {@code Ref<Person>} is not a {@code Ref<Actor>}, though
   * every person is an actor. A reference holds only an id, never a value of its type, so reading
   * one as a reference to a supertype is always safe; this method says so once, without a cast.
   * Where the attribute of a value type is a {@code Ref<Actor>}, the builder's setter takes only
   * that type:
   *
   * <pre>{@code
   * Ref<Person> marles = Ref.of("richard-marles");
   * Appreciation.builder().addHolders(Ref.widen(marles))   // a Ref<Actor>
   * }</pre>
   *
   * <p>Factories that take any actor ({@code ObjectActor.of}, {@code Participant.of}, {@code
   * ActorClaim.of}, {@code Signatory.of}) and {@code Dossier}'s lookups take {@code Ref<? extends
   * Actor>} and need no widening.
   *
   * @param ref the reference
   * @param <T> the supertype, usually inferred from where the result goes
   * @return the same reference (the same object), typed as a {@code Ref<T>}
   */
  @SuppressWarnings("unchecked") // a Ref holds no value of its type: no type argument is unsafe
  public static <T extends Identified> Ref<T> widen(Ref<? extends T> ref) {
    return (Ref<T>) Objects.requireNonNull(ref, "ref");
  }

  /** The id referred to. */
  public String id() {
    return id;
  }

  /** Whether this reference points at the given record. */
  public boolean pointsAt(Identified record) {
    return id.equals(record.id());
  }

  @Override
  public boolean equals(Object other) {
    return this == other || (other instanceof Ref && id.equals(((Ref<?>) other).id));
  }

  @Override
  public int hashCode() {
    return id.hashCode();
  }

  /** The id. */
  @Override
  public String toString() {
    return id;
  }

  /**
   * Whether the text matches {@link #ID_PATTERN}, without a regular expression: every id and
   * every reference of a document is checked, and the matcher was most of the cost of reading.
   */
  static boolean isId(String id) {
    int length = id.length();
    if (length < 1 || length > 128 || !isLetterOrDigit(id.charAt(0))) {
      return false;
    }
    for (int i = 1; i < length; i++) {
      char c = id.charAt(i);
      if (!isLetterOrDigit(c) && c != '.' && c != '_' && c != ':' && c != '-') {
        return false;
      }
    }
    return true;
  }

  private static boolean isLetterOrDigit(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  static String checkId(String type, String attribute, String id) {
    Objects.requireNonNull(id, attribute);
    if (!isId(id)) {
      throw new InvalidValueException(
          type,
          attribute,
          id,
          "an id is a letter or digit followed by up to 127 letters, digits, '.', '_', ':' or '-'");
    }
    return id;
  }
}
