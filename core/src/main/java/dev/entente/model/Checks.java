package dev.entente.model;

import java.net.URI;
import java.util.Collection;
import java.util.HashMap;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.RandomAccess;

/** The invariant checks shared by the value types; each throws {@link InvalidValueException}. */
final class Checks {

  private Checks() {}

  static void id(String type, Identified value) {
    Ref.checkId(type, Identified.ID, value.id());
  }

  /**
   * Whether a text has nothing to read: only white space, no-break spaces and zero-width
   * characters. {@link String#isBlank()} takes a no-break space or a zero-width space for a
   * character to read; the schema's text pattern, {@code [^\t-\r\u001C-\u0020\u00A0\u1680
   * \u2000-\u200D\u2028\u2029\u202F\u205F\u2060\u3000\uFEFF]}, names these same characters,
   * so that a document the schema accepts the model accepts too, and the other way round.
   */
  static boolean isBlank(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!(Character.isWhitespace(c) || Character.isSpaceChar(c) || (c >= '\u200B' && c <= '\u200D')
          || c == '\u2060' || c == '\uFEFF')) {
        return false;
      }
    }
    return true;
  }

  static void notBlank(String type, String attribute, String text) {
    if (isBlank(text)) {
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

  /**
   * An absolute http or https URL with a host, such as {@code https://example.org/news/1}: where a
   * reader can go to read a source. An empty URL, a relative one, and other schemes ({@code
   * javascript:}, {@code file:}, {@code data:}) are refused, as an export would pass them on to
   * whatever shows them.
   */
  static void webUrl(String type, String attribute, Optional<URI> url) {
    if (url.isEmpty()) {
      return;
    }
    URI u = url.get();
    String scheme = u.getScheme();
    if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
        || u.getRawAuthority() == null || u.getRawAuthority().isEmpty()) {
      throw new InvalidValueException(type, attribute, u.toString(),
          "must be an http or https URL with a host, such as https://example.org/news/1");
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

  /**
   * Refuses a list that repeats an element, naming the repeat's index and the element (not the
   * list, which may be millions long) and the index of its first occurrence.
   */
  static void distinct(String type, String attribute, Collection<?> values) {
    int[] repeat = repeat(values);
    if (repeat != null) {
      List<?> list = List.copyOf(values);
      throw new InvalidValueException(type, attribute, repeat[1], list.get(repeat[1]),
          "element " + repeat[1] + " repeats element " + repeat[0]
              + "; a list must not repeat an element");
    }
  }

  /**
   * The indexes of the first occurrence and of the first repeat of an element, or null if no two
   * values are equal. Lists of holders, topics and targets are short and every value read is
   * checked: comparing pairs spares a hash map for each of them.
   */
  private static int[] repeat(Collection<?> values) {
    int size = values.size();
    if (size < 2) {
      return null;
    }
    List<?> list = values instanceof List && values instanceof RandomAccess
        ? (List<?>) values : List.copyOf(values);
    if (size > 8) {
      Map<Object, Integer> first = new HashMap<>(size * 4 / 3 + 1);
      for (int i = 0; i < size; i++) {
        Integer earlier = first.putIfAbsent(list.get(i), i);
        if (earlier != null) {
          return new int[] {earlier, i};
        }
      }
      return null;
    }
    for (int i = 1; i < size; i++) {
      Object value = list.get(i);
      for (int j = 0; j < i; j++) {
        if (value.equals(list.get(j))) {
          return new int[] {j, i};
        }
      }
    }
    return null;
  }

  /** A list as text, its first elements only when it is long: for messages that name it. */
  static String shown(Collection<?> values) {
    if (values.size() <= 8) {
      return String.valueOf(values);
    }
    StringBuilder text = new StringBuilder("[");
    int i = 0;
    for (Object value : values) {
      if (i++ == 4) {
        break;
      }
      text.append(value).append(", ");
    }
    return text.append("... (").append(values.size()).append(" elements)]").toString();
  }

  /** Exactly two distinct sides: what makes an engagement, statement or series bilateral. */
  static void twoSides(String type, String attribute, Collection<?> sides) {
    if (sides.size() != 2 || repeat(sides) != null) {
      throw new InvalidValueException(
          type, attribute, shown(sides), shown(sides),
          "a bilateral record has exactly two distinct sides");
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
