package dev.entente.benchmarks;

import static dev.entente.benchmarks.Pool.CONDUCTS;
import static dev.entente.benchmarks.Pool.COUNTRIES;
import static dev.entente.benchmarks.Pool.POSITION_KINDS;
import static dev.entente.benchmarks.Pool.PUBLISHERS;
import static dev.entente.benchmarks.Pool.QUOTES;
import static dev.entente.benchmarks.Pool.ROMANIZED;
import static dev.entente.benchmarks.Pool.TARGETS;
import static dev.entente.benchmarks.Pool.TOPICS;

import dev.entente.benchmarks.Pool.Country;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Deterministic, seeded, realistic Entente documents, shared by every benchmark so that every
 * contender reads the very same bytes.
 *
 * <p>A dossier is made of bilateral <em>units</em>: two states, their foreign ministers (persons
 * with names in their own scripts and tenures of their offices), a dialogue series, its sessions
 * (dialogues with venue, participants, topics and evidence), a joint statement per session with
 * several positions (condemnations, concerns, welcomes, commitments ...) and the sources that
 * support them. Every document is valid: the tests read each one through {@code
 * EntenteJson.standard()}, which validates it with {@code DossierValidator}.
 */
public final class Data {

  /** The seed of every benchmark document. */
  public static final long SEED = 20_241_021L;

  private static final JsonFactory JSON = JsonFactory.builder().build();

  private Data() {}

  // ---- Dossiers ----------------------------------------------------------------------------------

  /** The benchmark dossier of a size: {@code "1KB"} or {@code "100KB"} (about that many bytes). */
  public static byte[] dossier(String size) {
    switch (size) {
      case "1KB":
        return dossier(1, 1, false, 1);
      case "100KB":
        return dossierOf(100 * 1024);
      default:
        throw new IllegalArgumentException("no benchmark dossier of size " + size);
    }
  }

  /** The dossier of whole units whose length is closest to {@code bytes}. */
  public static byte[] dossierOf(int bytes) {
    byte[] previous = dossier(1, 5, true, 4);
    for (int units = 2; ; units++) {
      byte[] json = dossier(units, 5, true, 4);
      if (json.length >= bytes) {
        return json.length - bytes < bytes - previous.length ? json : previous;
      }
      previous = json;
    }
  }

  /**
   * A dossier of {@code units} bilateral units with {@code sessions} dialogues each; with {@code
   * persons}, the foreign ministers with their tenures and as participants; {@code positions}
   * positions per joint statement, at least.
   */
  public static byte[] dossier(int units, int sessions, boolean persons, int positions) {
    SplittableRandom random = new SplittableRandom(SEED);
    List<Country[]> pairs = pairs(units, random);
    List<Country> states = new ArrayList<>();
    for (Country[] pair : pairs) {
      for (Country c : pair) {
        if (!states.contains(c)) {
          states.add(c);
        }
      }
    }
    List<Country> targets = persons ? TARGETS : List.of();
    ByteArrayOutputStream out = new ByteArrayOutputStream(units * 20_000 + 1024);
    try (JsonGenerator g = JSON.createGenerator(ObjectWriteContext.empty(), out)) {
      g.writeStartObject();
      g.writeStringProperty("entente", "1.1");
      g.writeStringProperty("id", "bench-" + units + "x" + sessions);
      g.writeStringProperty("title", "Bilateral strategic dialogues, " + units
          + (units == 1 ? " pair" : " pairs") + " of states");
      if (persons) {
        g.writeStringProperty("description", "Foreign ministers' strategic dialogues, their"
            + " joint statements and the sources that report them, generated for benchmarks.");
      }

      g.writeArrayPropertyStart("actors");
      for (Country c : states) {
        state(g, c);
      }
      for (Country c : targets) {
        state(g, c);
      }
      if (persons) {
        for (Country c : states) {
          person(g, c, random);
        }
      }
      g.writeEndArray();

      if (persons) {
        g.writeArrayPropertyStart("offices");
        for (Country c : states) {
          g.writeStartObject();
          g.writeStringProperty("id", c.id() + "-foreign-minister");
          g.writeStringProperty("title", "Minister of Foreign Affairs of " + c.name());
          g.writeStringProperty("shortTitle", "Foreign Minister");
          g.writeStringProperty("kind", "foreign-minister");
          g.writeStringProperty("jurisdiction", c.id());
          g.writeEndObject();
        }
        g.writeEndArray();
      }

      // A small dossier has a meeting, and no series.
      for (Country[] pair : persons ? pairs : List.<Country[]>of()) {
        if (pair == pairs.get(0)) {
          g.writeArrayPropertyStart("series");
        }
        g.writeStartObject();
        g.writeStringProperty("id", seriesId(pair));
        g.writeStringProperty("name", pair[0].name() + "-" + pair[1].name()
            + " Foreign Ministerial Strategic Dialogue");
        g.writeArrayPropertyStart("sides");
        g.writeString(pair[0].id());
        g.writeString(pair[1].id());
        g.writeEndArray();
        g.writeStringProperty("level", "ministerial");
        g.writeArrayPropertyStart("principalKinds");
        g.writeString("foreign-minister");
        g.writeEndArray();
        g.writeStringProperty("established", String.valueOf(2005 + random.nextInt(5)));
        if (persons) {
          evidence(g, sourceId(pair, 0), null);
        }
        g.writeEndObject();
        if (pair == pairs.get(pairs.size() - 1)) {
          g.writeEndArray();
        }
      }

      List<String[]> sessionDates = new ArrayList<>();
      g.writeArrayPropertyStart("engagements");
      for (Country[] pair : pairs) {
        String[] dates = new String[sessions];
        for (int s = 0; s < sessions; s++) {
          dates[s] = String.format(Locale.ROOT, "%d-%02d-%02d", 2012 + 2 * s,
              1 + random.nextInt(12), 1 + random.nextInt(28));
          dialogue(g, pair, s, dates[s], persons, random);
        }
        sessionDates.add(dates);
      }
      g.writeEndArray();

      g.writeArrayPropertyStart("statements");
      for (int u = 0; u < pairs.size(); u++) {
        Country[] pair = pairs.get(u);
        for (int s = 0; s < sessions; s++) {
          jointStatement(g, pair, dialogueId(pair, s), sessionDates.get(u)[s], positions,
              persons, targets, sourceId(pair, persons ? s % 2 : 0), random);
        }
      }
      g.writeEndArray();

      g.writeArrayPropertyStart("sources");
      for (Country[] pair : pairs) {
        for (int k = 0; k < (persons ? 2 : 1); k++) {
          source(g, sourceId(pair, k), pair, k, persons, random);
        }
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    return out.toByteArray();
  }

  /** Distinct pairs of countries, in a seeded order. */
  private static List<Country[]> pairs(int units, SplittableRandom random) {
    List<Country[]> all = new ArrayList<>();
    for (int i = 0; i < COUNTRIES.size(); i++) {
      for (int j = i + 1; j < COUNTRIES.size(); j++) {
        all.add(new Country[] {COUNTRIES.get(i), COUNTRIES.get(j)});
      }
    }
    if (units > all.size()) {
      throw new IllegalArgumentException("at most " + all.size() + " units");
    }
    for (int i = all.size() - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      Country[] t = all.get(i);
      all.set(i, all.get(j));
      all.set(j, t);
    }
    // The first unit is always the one the examples know.
    for (int i = 0; i < all.size(); i++) {
      if (all.get(i)[0].id().equals("rok") && all.get(i)[1].id().equals("uk")) {
        all.add(0, all.remove(i));
        break;
      }
    }
    return all.subList(0, units);
  }

  private static String seriesId(Country[] pair) {
    return pair[0].id() + "-" + pair[1].id() + "-strategic-dialogue";
  }

  private static String dialogueId(Country[] pair, int session) {
    return seriesId(pair) + "-" + (session + 1);
  }

  private static String sourceId(Country[] pair, int k) {
    return pair[0].id() + "-" + pair[1].id() + (k == 0 ? "-mofa-press-release" : "-news-report");
  }

  private static String personId(Country c) {
    return c.id() + "-foreign-minister-person";
  }

  private static void state(JsonGenerator g, Country c) {
    g.writeStartObject();
    g.writeStringProperty("type", "state");
    g.writeStringProperty("id", c.id());
    g.writeStringProperty("country", c.code());
    g.writeStringProperty("name", c.name());
    g.writeEndObject();
  }

  private static void person(JsonGenerator g, Country c, SplittableRandom random) {
    int i = random.nextInt(c.givenNames().length);
    g.writeStartObject();
    g.writeStringProperty("type", "person");
    g.writeStringProperty("id", personId(c));
    String latin = c.script() == null ? c.givenNames()[i] + " " + c.familyNames()[i]
        : ROMANIZED.get(c.id())[i % ROMANIZED.get(c.id()).length];
    g.writeStringProperty("name", latin);
    g.writeArrayPropertyStart("names");
    if (c.script() != null) {
      g.writeStartObject();
      g.writeStringProperty("text", c.familyNames()[i] + (c.script().equals("Hang")
          || c.script().equals("Jpan") ? "" : " ") + c.givenNames()[i]);
      g.writeStringProperty("script", c.script());
      g.writeStringProperty("language", c.language());
      g.writeEndObject();
    }
    g.writeStartObject();
    g.writeStringProperty("text", latin);
    g.writeStringProperty("script", "Latn");
    g.writeEndObject();
    g.writeEndArray();
    g.writeArrayPropertyStart("tenures");
    g.writeStartObject();
    g.writeStringProperty("office", c.id() + "-foreign-minister");
    g.writeObjectPropertyStart("term");
    g.writeStringProperty("start", String.format(Locale.ROOT, "2010-%02d", 1 + random.nextInt(12)));
    if (random.nextBoolean()) {
      g.writeStringProperty("end", String.format(Locale.ROOT, "2031-%02d-%02d",
          1 + random.nextInt(12), 1 + random.nextInt(28)));
    }
    g.writeEndObject();
    g.writeNumberProperty("ordinal", 20 + random.nextInt(30));
    g.writeEndObject();
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void dialogue(JsonGenerator g, Country[] pair, int session, String date,
      boolean persons, SplittableRandom random) {
    Country host = pair[session % 2];
    g.writeStartObject();
    g.writeStringProperty("type", persons ? "dialogue" : "meeting");
    g.writeStringProperty("id", dialogueId(pair, session));
    if (persons) {
      g.writeStringProperty("series", seriesId(pair));
      g.writeNumberProperty("ordinal", session + 1);
    } else {
      g.writeStringProperty("kind", "meeting");
    }
    g.writeArrayPropertyStart("sides");
    g.writeString(pair[0].id());
    g.writeString(pair[1].id());
    g.writeEndArray();
    g.writeStringProperty("host", host.id());
    g.writeStringProperty("date", date);
    if (persons && random.nextInt(3) == 0) {
      g.writeArrayPropertyStart("dateClaims");
      g.writeStartObject();
      g.writeStringProperty("value", date.substring(0, 7));
      g.writeStringProperty("wording", "earlier this month");
      evidence(g, sourceId(pair, 1), null);
      g.writeEndObject();
      g.writeEndArray();
    }
    g.writeObjectPropertyStart("venue");
    g.writeStringProperty("country", host.code());
    g.writeStringProperty("city", host.capital());
    if (persons) {
      g.writeStringProperty("building", "Ministry of Foreign Affairs");
    }
    g.writeEndObject();
    if (persons) {
      g.writeArrayPropertyStart("participants");
      for (Country c : pair) {
        g.writeStartObject();
        g.writeStringProperty("person", personId(c));
        g.writeStringProperty("side", c.id());
        g.writeStringProperty("office", c.id() + "-foreign-minister");
        g.writeArrayPropertyStart("roles");
        g.writeString("principal");
        g.writeString("co-chair");
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    g.writeArrayPropertyStart("topics");
    int topics = persons ? 2 + random.nextInt(3) : 1;
    for (int t = 0; t < topics; t++) {
      g.writeString(TOPICS[(session * 5 + t * 3) % TOPICS.length]);
    }
    g.writeEndArray();
    evidence(g, sourceId(pair, 0), persons ? QUOTES[random.nextInt(QUOTES.length)] : null);
    g.writeEndObject();
  }

  private static void jointStatement(JsonGenerator g, Country[] pair, String engagement,
      String date, int positions, boolean persons, List<Country> targets, String source,
      SplittableRandom random) {
    g.writeStartObject();
    g.writeStringProperty("type", "joint-statement");
    g.writeStringProperty("id", engagement + "-joint-statement");
    g.writeArrayPropertyStart("issuers");
    g.writeString(pair[0].id());
    g.writeString(pair[1].id());
    g.writeEndArray();
    if (persons) {
      g.writeArrayPropertyStart("signatories");
      for (Country c : pair) {
        g.writeStartObject();
        g.writeStringProperty("person", personId(c));
        g.writeStringProperty("office", c.id() + "-foreign-minister");
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    g.writeStringProperty("title", "Joint Statement on the " + pair[0].name() + "-"
        + pair[1].name() + " Strategic Dialogue");
    g.writeStringProperty("date", date);
    if (engagement != null) {
      g.writeStringProperty("engagement", engagement);
    }
    g.writeArrayPropertyStart("positions");
    int count = positions + (persons ? random.nextInt(3) : 0);
    for (int k = 0; k < count; k++) {
      position(g, pair, k, targets, source, persons, random);
    }
    g.writeEndArray();
    g.writeStringProperty("confirmation", "confirmed");
    evidence(g, source, null);
    g.writeEndObject();
  }

  private static void position(JsonGenerator g, Country[] pair, int k, List<Country> targets,
      String source, boolean rich, SplittableRandom random) {
    String kind = k == 0 ? "condemnation" : POSITION_KINDS[random.nextInt(POSITION_KINDS.length)];
    g.writeStartObject();
    g.writeStringProperty("type", kind);
    g.writeArrayPropertyStart("holders");
    g.writeString(pair[0].id());
    g.writeString(pair[1].id());
    g.writeEndArray();
    g.writeArrayPropertyStart("objects");
    g.writeStartObject();
    if (!targets.isEmpty() && (kind.equals("condemnation") || kind.equals("concern")
        || kind.equals("opposition"))) {
      g.writeArrayPropertyStart("targets");
      g.writeString(targets.get(random.nextInt(targets.size())).id());
      g.writeEndArray();
    }
    g.writeStringProperty("conduct", CONDUCTS[random.nextInt(CONDUCTS.length)]);
    if (rich && random.nextInt(4) == 0) {
      g.writeObjectPropertyStart("hedging");
      g.writeStringProperty("level", "reported");
      g.writeStringProperty("wording", "reported");
      g.writeEndObject();
    }
    g.writeEndObject();
    g.writeEndArray();
    if (kind.equals("condemnation") && rich) {
      g.writeObjectPropertyStart("intensity");
      g.writeStringProperty("level", "strong");
      g.writeStringProperty("wording", "in the strongest terms");
      g.writeEndObject();
    }
    if (rich && random.nextInt(3) == 0) {
      g.writeArrayPropertyStart("grounds");
      g.writeString("relevant UN Security Council resolutions");
      g.writeEndArray();
    }
    g.writeArrayPropertyStart("topics");
    int topic = random.nextInt(TOPICS.length);
    g.writeString(TOPICS[topic]);
    if (rich) {
      g.writeString(TOPICS[(topic + 1 + random.nextInt(TOPICS.length - 1)) % TOPICS.length]);
    }
    g.writeEndArray();
    if (rich) {
      evidence(g, source, QUOTES[random.nextInt(QUOTES.length)]);
    }
    g.writeEndObject();
  }

  private static void source(JsonGenerator g, String id, Country[] pair, int k, boolean rich,
      SplittableRandom random) {
    g.writeStartObject();
    g.writeStringProperty("id", id);
    g.writeStringProperty("kind", k == 0 ? "press-release" : "news-article");
    g.writeStringProperty("title", (k == 0 ? "Outcome of the " : "Ministers meet for the ")
        + pair[0].name() + "-" + pair[1].name() + " Strategic Dialogue");
    if (rich) {
      g.writeStringProperty("publisher", PUBLISHERS[random.nextInt(PUBLISHERS.length)]);
      if (k == 1) {
        g.writeArrayPropertyStart("authors");
        g.writeString("Choi Eun-ji");
        g.writeEndArray();
      }
      g.writeStringProperty("published", String.format(Locale.ROOT, "2024-%02d-%02d",
          1 + random.nextInt(12), 1 + random.nextInt(28)));
    }
    g.writeStringProperty("url", "https://example.org/" + pair[0].id() + "/news/"
        + (100_000 + random.nextInt(900_000)));
    g.writeStringProperty("language", k == 0 ? pair[0].language() : "en");
    g.writeEndObject();
  }

  private static void evidence(JsonGenerator g, String source, String quote) {
    g.writeArrayPropertyStart("evidence");
    g.writeStartObject();
    g.writeStringProperty("source", source);
    if (quote != null) {
      g.writeStringProperty("quote", quote);
    }
    g.writeEndObject();
    g.writeEndArray();
  }

  // ---- NDJSON ------------------------------------------------------------------------------------

  /** Writes {@code count} statements, one a line, each a joint statement of a bilateral pair. */
  public static void statements(OutputStream out, int count) {
    SplittableRandom random = new SplittableRandom(SEED);
    List<Country[]> pairs = pairs(200, random);
    byte[] newline = {'\n'};
    try {
      for (int i = 0; i < count; i++) {
        Country[] pair = pairs.get(i % pairs.size());
        String date = String.format(Locale.ROOT, "%d-%02d-%02d", 2000 + (i / pairs.size()) % 25,
            1 + random.nextInt(12), 1 + random.nextInt(28));
        ByteArrayOutputStream line = new ByteArrayOutputStream(2048);
        try (JsonGenerator g = JSON.createGenerator(ObjectWriteContext.empty(), line)) {
          jointStatement(g, pair, dialogueId(pair, i), date, 3, true, TARGETS,
              sourceId(pair, i % 2), random);
        }
        line.writeTo(out);
        out.write(newline);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A file of {@code count} NDJSON statements in the temporary directory, written on first use
   * and kept for later runs (it is never committed).
   */
  public static Path statementsFile(int count) {
    Path file = Path.of(System.getProperty("java.io.tmpdir"),
        "entente-bench-statements-" + SEED + "-" + count + ".ndjson");
    if (Files.isRegularFile(file)) {
      return file;
    }
    try {
      Path partial = Files.createTempFile(file.getParent(), "entente-bench-", ".partial");
      try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(partial),
          1 << 16)) {
        statements(out, count);
      }
      Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING,
          StandardCopyOption.ATOMIC_MOVE);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }
}
