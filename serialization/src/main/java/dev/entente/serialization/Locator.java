package dev.entente.serialization;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;

/**
 * Finds the line and column of JSON Pointers in a source by reading it again. Used only when there
 * is something to report, so reading a valid document pays nothing for locations.
 */
final class Locator {

  private Locator() {}

  /**
   * The location of each pointer, or of its nearest ancestor that the source has (a missing
   * member is reported where its object starts). A source that cannot be read to its end is read
   * as far as it can be: a problem found in its first part is still located.
   */
  static Map<String, TokenStreamLocation> locate(
      Function<byte[], JsonParser> parsers, byte[] source, Set<String> pointers) {
    Set<String> wanted = new HashSet<>();
    for (String pointer : pointers) {
      for (String p = pointer; ; p = parent(p)) {
        wanted.add(p);
        if (p.isEmpty()) {
          break;
        }
      }
    }
    Map<String, TokenStreamLocation> found = new HashMap<>();
    try (JsonParser p = parsers.apply(source)) {
      JsonToken token;
      while ((token = p.nextToken()) != null) {
        if (token == JsonToken.PROPERTY_NAME || token.isStructEnd()) {
          continue;
        }
        String pointer = p.streamReadContext().pathAsPointer().toString();
        if (wanted.contains(pointer)) {
          found.putIfAbsent(pointer, p.currentTokenLocation());
        }
      }
    } catch (JacksonException e) {
      // The document breaks down after the value at fault (bad syntax or encoding, too deep):
      // what was found before that place is all there is to find.
    }
    return resolve(pointers, found);
  }

  private static Map<String, TokenStreamLocation> resolve(
      Set<String> pointers, Map<String, TokenStreamLocation> found) {
    Map<String, TokenStreamLocation> result = new HashMap<>();
    for (String pointer : pointers) {
      for (String p = pointer; ; p = parent(p)) {
        TokenStreamLocation location = found.get(p);
        if (location != null) {
          result.put(pointer, location);
          break;
        }
        if (p.isEmpty()) {
          break;
        }
      }
    }
    return result;
  }

  private static String parent(String pointer) {
    int slash = pointer.lastIndexOf('/');
    return slash <= 0 ? "" : pointer.substring(0, slash);
  }
}
