package dev.entente.interop;

import dev.entente.model.CountryCode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * FIPS 10-4 country codes, which GDELT's geo columns hold, read from the shipped {@code
 * FIPS10-4.countries.tsv} (FIPS code, ISO 3166-1 alpha-2, name).
 *
 * <p>A country's FIPS code is the one row with its ISO alpha-2 code. Some ISO codes have several
 * rows, because the table gives territories the code of a containing state; for the states among
 * them the row is chosen by name ({@code AU} → {@code AS} Australia, {@code GB} → {@code UK}
 * United Kingdom, {@code MM} → {@code BM} Burma); any other ISO code with several rows (the
 * Palestinian territories, the US minor outlying islands) has no FIPS code here.
 */
final class Fips104 {

  private static final Map<String, String> STATE_ROWS = Map.of(
      "AU", "Australia", "GB", "United Kingdom", "MM", "Burma", "RE", "Reunion",
      "PF", "French Polynesia", "SJ", "Svalbard");
  private static final Map<String, String> BY_ALPHA2 = load();

  private Fips104() {}

  /** The FIPS 10-4 code of a country, if the table gives it one. */
  static Optional<String> of(CountryCode country) {
    return Optional.ofNullable(BY_ALPHA2.get(country.alpha2()));
  }

  private static Map<String, String> load() {
    Map<String, List<String[]>> rows = new HashMap<>();
    List<String> lines = CameoCodebook.lines("FIPS10-4.countries.tsv");
    for (String line : lines.subList(1, lines.size())) { // after the header
      String[] cells = line.split("\t", -1);
      if (cells.length == 3 && !cells[1].isEmpty()) {
        rows.computeIfAbsent(cells[1], k -> new ArrayList<>()).add(cells);
      }
    }
    Map<String, String> codes = new HashMap<>();
    for (Map.Entry<String, List<String[]>> e : rows.entrySet()) {
      if (e.getValue().size() == 1) {
        codes.put(e.getKey(), e.getValue().get(0)[0]);
      } else {
        String name = STATE_ROWS.get(e.getKey());
        e.getValue().stream().filter(r -> r[2].equals(name)).findFirst()
            .ifPresent(r -> codes.put(e.getKey(), r[0]));
      }
    }
    return codes;
  }
}
