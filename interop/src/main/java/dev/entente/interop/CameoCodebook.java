package dev.entente.interop;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The CAMEO event codes with their Goldstein scores and quad classes, and the CAMEO→PLOVER
 * correspondence, read from the reference tables shipped unchanged in this module (see
 * {@code NOTICE.md} next to them for their sources and licences).
 *
 * <p>The tables are read as published, with their known flaws handled here rather than edited:
 * CRLF line ends; the row for code 1056 that runs into code 106 ({@code "…engagement106:[-5.0]
 * Demand withdrawal"}), split into two codes; and the mis-encoded quotes of 044 (Mac Roman quote
 * bytes read as Latin-1, which also lost a letter), for which the description that the PLOVER
 * table gives the same code is used. Descriptions are trimmed.
 *
 * <p>The quad class of a code follows GDELT's own convention, by root code: 01–05 verbal
 * cooperation (1), 06–08 material cooperation (2), 09–13 verbal conflict (3), 14–20 material
 * conflict (4). The quad-class header rows of {@code CAMEO.eventcodes.txt} are read only to check
 * the file's shape: that file puts root 09 (investigate) under header 2, which GDELT's data does
 * not follow.
 */
public final class CameoCodebook {

  static final String EVENT_CODES = "CAMEO.eventcodes.txt";
  static final String GOLDSTEIN = "CAMEO.goldsteinscale.txt";
  static final String CAMEO_TO_PLOVER = "CAMEO2PLOVER-2021.txt";

  private static final Pattern RUN_ON_ROW = Pattern.compile("(.*?)([0-9]{2,4}):\\[(-?[0-9.]+)\\]\\s*(.*)");
  private static final Pattern CODE = Pattern.compile("[0-9]{2,4}");
  private static final Pattern MOJIBAKE = Pattern.compile("[\u00d2\u00d3\u00d4\u00d5]");

  private static final CameoCodebook STANDARD = load();

  private final Map<String, CameoCode> codes;
  private final Map<String, PloverEvent> plover;

  private CameoCodebook(Map<String, CameoCode> codes, Map<String, PloverEvent> plover) {
    this.codes = Collections.unmodifiableMap(codes);
    this.plover = Collections.unmodifiableMap(plover);
  }

  /** The codebook read from the shipped tables. */
  public static CameoCodebook standard() {
    return STANDARD;
  }

  /** The code, if the tables have it. */
  public Optional<CameoCode> find(String code) {
    return Optional.ofNullable(codes.get(code));
  }

  /**
   * The code.
   *
   * @throws NoSuchElementException if the tables have no such code
   */
  public CameoCode get(String code) {
    return find(code).orElseThrow(() -> new NoSuchElementException("no CAMEO code " + code));
  }

  /** Every code, root codes included, in the order of {@code CAMEO.eventcodes.txt}. */
  public List<CameoCode> codes() {
    return List.copyOf(codes.values());
  }

  /**
   * The PLOVER event, mode and contexts for a CAMEO code, from the CAMEO→PLOVER table. Empty for
   * codes the table has no row for: all of 01x (public statements) and 02x (appeals), which PLOVER
   * dropped.
   */
  public Optional<PloverEvent> plover(String code) {
    return Optional.ofNullable(plover.get(code));
  }

  // ---- Loading --------------------------------------------------------------------------------

  private static CameoCodebook load() {
    Map<String, PloverEvent> plover = new LinkedHashMap<>();
    Map<String, String> ploverDescriptions = new LinkedHashMap<>();
    readPlover(lines(CAMEO_TO_PLOVER), plover, ploverDescriptions);
    Map<String, Double> goldstein = readGoldstein(lines(GOLDSTEIN));
    Map<String, CameoCode> codes = readEventCodes(lines(EVENT_CODES), goldstein, ploverDescriptions);
    return new CameoCodebook(codes, plover);
  }

  /**
   * The lines of a resource of this package, read as UTF-8; every table the exports ship is read
   * through here.
   */
  static List<String> lines(String resource) {
    try (InputStream in = CameoCodebook.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("resource " + resource + " is missing from the module");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<String> lines = new ArrayList<>();
      // readLine() ends a line at LF, CR or CRLF, so the CRLF file reads like the others.
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        lines.add(line);
      }
      return lines;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource " + resource, e);
    }
  }

  private static Map<String, Double> readGoldstein(List<String> lines) {
    Map<String, Double> scores = new LinkedHashMap<>();
    expectHeader(GOLDSTEIN, lines, "CAMEOEVENTCODE\tGOLDSTEINSCALE");
    for (int i = 1; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty()) {
        continue;
      }
      String[] fields = line.split("\t");
      if (fields.length != 2 || !CODE.matcher(fields[0]).matches()) {
        throw malformed(GOLDSTEIN, i + 1, "expected CODE<tab>SCORE");
      }
      scores.put(fields[0], Double.valueOf(fields[1]));
    }
    return scores;
  }

  private static Map<String, CameoCode> readEventCodes(
      List<String> lines, Map<String, Double> goldstein, Map<String, String> ploverDescriptions) {
    expectHeader(EVENT_CODES, lines, "CAMEOEVENTCODE\tEVENTDESCRIPTION");
    Map<String, CameoCode> codes = new LinkedHashMap<>();
    int quadClass = 0;
    for (int i = 1; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      int tab = line.indexOf('\t');
      if (tab < 0) {
        throw malformed(EVENT_CODES, i + 1, "expected CODE<tab>DESCRIPTION");
      }
      String code = line.substring(0, tab);
      String description = line.substring(tab + 1).strip();
      if (code.matches("[1-4]")) {
        quadClass = Integer.parseInt(code);
        continue;
      }
      if (!CODE.matcher(code).matches() || quadClass == 0) {
        throw malformed(EVENT_CODES, i + 1, "expected a CAMEO code after a quad-class header");
      }
      Matcher runOn = RUN_ON_ROW.matcher(description);
      if (runOn.matches()) {
        // The row of one code runs into the next: "…engagement106:[-5.0] Demand withdrawal".
        add(codes, code, runOn.group(1).strip(), goldstein, quadClass, i + 1);
        add(codes, runOn.group(2), runOn.group(4).strip(), goldstein, quadClass, i + 1);
        continue;
      }
      if (MOJIBAKE.matcher(description).find()) {
        String repaired = ploverDescriptions.get(code);
        if (repaired == null) {
          throw malformed(EVENT_CODES, i + 1, "mis-encoded description with no other source");
        }
        description = repaired;
      }
      add(codes, code, description, goldstein, quadClass, i + 1);
    }
    return codes;
  }

  private static void add(
      Map<String, CameoCode> codes,
      String code,
      String description,
      Map<String, Double> goldstein,
      int quadClass,
      int lineNumber) {
    Double score = goldstein.get(code);
    if (score == null) {
      throw malformed(EVENT_CODES, lineNumber, "code " + code + " has no Goldstein score");
    }
    if (codes.putIfAbsent(code, new CameoCode(code, description, score, gdeltQuadClass(code))) != null) {
      throw malformed(EVENT_CODES, lineNumber, "code " + code + " appears twice");
    }
  }

  private static void readPlover(
      List<String> lines, Map<String, PloverEvent> plover, Map<String, String> descriptions) {
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#") || line.startsWith("~")) {
        continue;
      }
      int colon = line.indexOf(':');
      if (colon < 0 || !CODE.matcher(line.substring(0, colon)).matches()) {
        throw malformed(CAMEO_TO_PLOVER, i + 1, "expected CODE: EVENT, MODE, CONTEXTS # comment");
      }
      String code = line.substring(0, colon);
      if (code.length() == 2) {
        continue; // a section header such as "04: CONSULT"; 08 heads two sections
      }
      String rest = line.substring(colon + 1);
      int hash = rest.indexOf('#');
      String comment = hash < 0 ? "" : rest.substring(hash + 1).strip();
      String[] fields = (hash < 0 ? rest : rest.substring(0, hash)).split(",", -1);
      String event = fields[0].strip();
      if (!event.matches("[A-Z]+")) {
        throw malformed(CAMEO_TO_PLOVER, i + 1, "expected an event category");
      }
      String mode = fields.length > 1 ? fields[1].strip() : "";
      List<String> contexts = new ArrayList<>();
      if (fields.length > 2) {
        for (String context : fields[2].split(";")) {
          if (!context.isBlank()) {
            contexts.add(context.strip());
          }
        }
      }
      PloverEvent parsed =
          new PloverEvent(event, mode.isEmpty() ? Optional.empty() : Optional.of(mode), contexts);
      // 175 appears twice with the same values; the first row of a code is kept.
      plover.putIfAbsent(code, parsed);
      if (!comment.isEmpty()) {
        descriptions.putIfAbsent(code, comment);
      }
    }
  }

  private static void expectHeader(String resource, List<String> lines, String header) {
    if (lines.isEmpty() || !lines.get(0).strip().equals(header)) {
      throw malformed(resource, 1, "expected the header " + Arrays.asList(header.split("\t")));
    }
  }

  private static IllegalStateException malformed(String resource, int line, String problem) {
    return new IllegalStateException("resource " + resource + ", line " + line + ": " + problem);
  }

  /**
   * GDELT's quad class of a CAMEO code, by its root: 01–05 → 1, 06–08 → 2, 09–13 → 3, 14–20 → 4.
   */
  static int gdeltQuadClass(String code) {
    int root = Integer.parseInt(code.substring(0, 2));
    if (root <= 5) {
      return 1;
    }
    if (root <= 8) {
      return 2;
    }
    return root <= 13 ? 3 : 4;
  }
}
