package dev.entente.model;

import java.util.Collection;
import java.util.HashSet;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.RandomAccess;

/** The invariant checks shared by the value types; each throws {@link InvalidValueException}. */
final class Checks {

  private Checks() {}

  static void id(String type, Identified value) {
    Ref.checkId(type, Identified.ID, value.id());
  }

  static void notBlank(String type, String attribute, String text) {
    if (text.isBlank()) {
      throw new InvalidValueException(type, attribute, text, "must not be blank");
    }
  }

  static void notBlank(String type, String attribute, Optional<String> text) {
    text.ifPresent(t -> notBlank(type, attribute, t));
  }

  static void allNotBlank(String type, String attribute, Collection<String> texts) {
    for (String text : texts) {
      notBlank(type, attribute, text);
    }
  }

  static void positive(String type, String attribute, OptionalInt number) {
    if (number.isPresent() && number.getAsInt() < 1) {
      throw new InvalidValueException(type, attribute, number.getAsInt(), "must be 1 or more");
    }
  }

  static void notEmpty(String type, String attribute, Collection<?> values, String rule) {
    if (values.isEmpty()) {
      throw new InvalidValueException(type, attribute, values, rule);
    }
  }

  static void distinct(String type, String attribute, Collection<?> values) {
    if (values.size() > 1 && !distinct(values)) {
      throw new InvalidValueException(type, attribute, values, "must not repeat an element");
    }
  }

  /**
   * Whether no two values are equal. Lists of holders, topics and targets are short and every
   * value read is checked: comparing pairs spares a hash set for each of them.
   */
  private static boolean distinct(Collection<?> values) {
    int size = values.size();
    if (size > 8) {
      return new HashSet<>(values).size() == size;
    }
    List<?> list = values instanceof List && values instanceof RandomAccess
        ? (List<?>) values : List.copyOf(values);
    for (int i = 1; i < size; i++) {
      Object value = list.get(i);
      for (int j = 0; j < i; j++) {
        if (value.equals(list.get(j))) {
          return false;
        }
      }
    }
    return true;
  }

  /** Exactly two distinct sides: what makes an engagement, statement or series bilateral. */
  static void twoSides(String type, String attribute, Collection<?> sides) {
    if (sides.size() != 2 || !distinct(sides)) {
      throw new InvalidValueException(
          type, attribute, sides, "a bilateral record has exactly two distinct sides");
    }
  }

  static void oneOfSides(
      String type, String attribute, Optional<? extends Ref<?>> value, Collection<?> sides) {
    if (value.isPresent() && !sides.contains(value.get())) {
      throw new InvalidValueException(
          type, attribute, value.get(), "must be one of the sides " + sides);
    }
  }

  /** A well-formed BCP 47 language tag, such as {@code en}, {@code ko} or {@code ko-Kore}. */
  static void languageTag(String type, String attribute, Optional<String> tag) {
    tag.ifPresent(t -> languageTag(type, attribute, t));
  }

  static void languageTag(String type, String attribute, String tag) {
    try {
      Locale locale = new Locale.Builder().setLanguageTag(tag).build();
      if (locale.getLanguage().isEmpty()) {
        throw new InvalidValueException(
            type, attribute, tag, "a language tag starts with a language, such as en or ko");
      }
    } catch (IllformedLocaleException e) {
      throw new InvalidValueException(
          type, attribute, tag, "not a BCP 47 language tag (" + e.getMessage() + ")");
    }
  }
}
