package dev.entente.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The ISO 3166-1 codes that Entente knows, read from the list it ships ({@code iso3166-1.tsv},
 * beside this class) and indexed by code, as {@link java.time.ZoneId} leaves its rules to {@code
 * ZoneRulesProvider}. {@link CountryCode} is the value; this is where its ISO instances come
 * from, one per entry.
 *
 * <p>The list is read once, on first use, by the JVM's thread-safe class initialization. A
 * malformed list is an error in Entente's own build, so it fails that first use with an {@link
 * IllegalStateException} naming the resource, the line and the problem.
 *
 * <p>Resolution follows {@link CountryCode#of(String)}: a code that belongs to a current entry
 * resolves to it, even if a withdrawn entry once had the same code; a code shared only by
 * withdrawn entries resolves to none and is ambiguous.
 */
final class CountryCodeRegistry {

  private static final String RESOURCE = "iso3166-1.tsv";
  private static final String HEADER = "alpha2\talpha3\tnumeric\tname\tstatus\tvalid\tsuccessors";

  /** The one registry, loaded when this class is initialized: on the first {@link #get()}. */
  private static final CountryCodeRegistry INSTANCE = load();

  /** Every code that resolves to exactly one entry. */
  private final Map<String, CountryCode> byCode;

  /** Codes shared by several withdrawn entries, and no current one. */
  private final Map<String, List<CountryCode>> ambiguous;

  private final Set<CountryCode> all;

  private CountryCodeRegistry(
      Map<String, CountryCode> byCode,
      Map<String, List<CountryCode>> ambiguous,
      Set<CountryCode> all) {
    this.byCode = byCode;
    this.ambiguous = ambiguous;
    this.all = all;
  }

  /** The registry of the shipped list. */
  static CountryCodeRegistry get() {
    return INSTANCE;
  }

  /**
   * The entry that a code resolves to.
   *
   * @param code an alpha-2 or alpha-3 code
   * @return the entry, or null if the code resolves to none (unknown, user-assigned or ambiguous)
   */
  @Nullable CountryCode find(String code) {
    return byCode.get(code);
  }

  /**
   * The entries that share an ambiguous code.
   *
   * @param code an alpha-2 or alpha-3 code
   * @return the withdrawn entries that had the code, in the list's order, when there are several
   *     and no current one; otherwise empty
   */
  List<CountryCode> candidates(String code) {
    return ambiguous.getOrDefault(code, List.of());
  }

  /** Every entry, current ones first in alpha-2 order, then withdrawn ones; unmodifiable. */
  Set<CountryCode> all() {
    return all;
  }

  private static CountryCodeRegistry load() {
    List<CountryCode> entries = new ArrayList<>();
    try (InputStream in = CountryCodeRegistry.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("resource " + RESOURCE + " is missing from the module");
      }
      BufferedReader reader =
          new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      boolean headerSeen = false;
      int lineNumber = 0;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        lineNumber++;
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        if (!headerSeen) {
          if (!line.equals(HEADER)) {
            throw malformed(lineNumber, "expected the column header");
          }
          headerSeen = true;
          continue;
        }
        entries.add(parseLine(line, lineNumber));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource " + RESOURCE, e);
    }
    return index(entries);
  }

  private static CountryCode parseLine(String line, int lineNumber) {
    String[] fields = line.split("\t", -1);
    if (fields.length != 7) {
      throw malformed(lineNumber, "expected 7 columns, found " + fields.length);
    }
    String alpha2 = fields[0];
    String alpha3 = fields[1];
    String numeric = fields[2].isEmpty() ? null : fields[2];
    String name = fields[3];
    if (!alpha2.matches("[A-Z]{2}")
        || !alpha3.matches("[A-Z]{3}")
        || (numeric != null && !numeric.matches("[0-9]{3}"))
        || name.isBlank()) {
      throw malformed(lineNumber, "bad code, numeric code or name");
    }
    Year from = null;
    Year until = null;
    List<String> successors = Collections.emptyList();
    CountryCode.Kind kind;
    if (fields[4].equals("current")) {
      kind = CountryCode.Kind.CURRENT;
      if (!fields[5].isEmpty() || !fields[6].isEmpty()) {
        throw malformed(lineNumber, "a current code has no validity or successors");
      }
    } else if (fields[4].equals("withdrawn")) {
      kind = CountryCode.Kind.WITHDRAWN;
      if (!fields[5].matches("([0-9]{4})?-[0-9]{4}")) {
        throw malformed(lineNumber, "expected validity FROM-UNTIL");
      }
      int dash = fields[5].indexOf('-');
      from = dash == 0 ? null : Year.of(Integer.parseInt(fields[5].substring(0, dash)));
      until = Year.of(Integer.parseInt(fields[5].substring(dash + 1)));
      if (!fields[6].isEmpty()) {
        successors = List.of(fields[6].split(" "));
      }
    } else {
      throw malformed(lineNumber, "unknown status " + fields[4]);
    }
    return new CountryCode(alpha2, alpha3, numeric, name, kind, from, until, successors);
  }

  private static CountryCodeRegistry index(List<CountryCode> entries) {
    Map<String, List<CountryCode>> candidates = new HashMap<>();
    Set<CountryCode> all = new LinkedHashSet<>();
    for (CountryCode entry : entries) {
      if (!all.add(entry)) {
        throw new IllegalStateException(
            "resource " + RESOURCE + " lists " + entry.alpha2() + "/" + entry.alpha3() + " twice");
      }
      candidates.computeIfAbsent(entry.alpha2(), k -> new ArrayList<>()).add(entry);
      candidates.computeIfAbsent(entry.alpha3(), k -> new ArrayList<>()).add(entry);
    }
    Map<String, CountryCode> byCode = new HashMap<>();
    Map<String, List<CountryCode>> ambiguous = new HashMap<>();
    for (Map.Entry<String, List<CountryCode>> e : candidates.entrySet()) {
      List<CountryCode> found = e.getValue();
      List<CountryCode> current = new ArrayList<>();
      for (CountryCode c : found) {
        if (c.kind() == CountryCode.Kind.CURRENT) {
          current.add(c);
        }
      }
      if (current.size() > 1) {
        throw new IllegalStateException(
            "resource " + RESOURCE + " gives current code " + e.getKey() + " twice");
      } else if (current.size() == 1) {
        byCode.put(e.getKey(), current.get(0));
      } else if (found.size() == 1) {
        byCode.put(e.getKey(), found.get(0));
      } else {
        ambiguous.put(e.getKey(), List.copyOf(found));
      }
    }
    for (CountryCode entry : entries) {
      for (String successor : entry.successorCodes()) {
        if (!byCode.containsKey(successor)) {
          throw new IllegalStateException(
              "resource " + RESOURCE + " gives " + entry.alpha3() + " an unknown successor "
                  + successor);
        }
      }
    }
    return new CountryCodeRegistry(
        Collections.unmodifiableMap(byCode),
        Collections.unmodifiableMap(ambiguous),
        Collections.unmodifiableSet(all));
  }

  private static IllegalStateException malformed(int lineNumber, String problem) {
    return new IllegalStateException(
        "resource " + RESOURCE + ", line " + lineNumber + ": " + problem);
  }
}
