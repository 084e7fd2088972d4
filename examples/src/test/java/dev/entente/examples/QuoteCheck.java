package dev.entente.examples;

import dev.entente.model.Dossier;
import dev.entente.model.Source;
import dev.entente.serialization.EntenteJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/**
 * Checks a dossier's evidence against the stored excerpts of its sources: every evidence quotes
 * its source, the source has an excerpt, and the quote is in it.
 *
 * <p>The evidence is found in the dossier's JSON, so that no member is missed: every object in an
 * array named {@code evidence} or {@code deniedBy}, the only members of type Evidence in the
 * format. An excerpt is a text resource {@code excerpts/<source id>.txt} beside this class; its
 * first line is {@code URL: <the source's url>}, or {@code Source: <publisher, date>} for a
 * source with no URL; lines starting with {@code #} are remarks on the copy; the rest are passages
 * copied from the source, with {@code [...]} where text is left out. A quote must lie within the
 * passages: the first line and the remarks are not searched.
 */
final class QuoteCheck {

  /** The folder of the excerpts, as a class-path resource. */
  static final String EXCERPTS = "/dev/entente/examples/excerpts/";

  private QuoteCheck() {}

  /** One evidence of a dossier: where it is, its source's id and its quote, if any. */
  record Quoted(String pointer, String source, Optional<String> quote) {}

  /** Every evidence of the dossier, in document order, with its JSON pointer. */
  static List<Quoted> evidence(Dossier dossier) {
    EntenteJson json = EntenteJson.standard();
    JsonNode root = json.mapper().readTree(json.write(dossier));
    List<Quoted> found = new ArrayList<>();
    walk(root, "", found);
    return found;
  }

  private static void walk(JsonNode node, String pointer, List<Quoted> found) {
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> member : node.properties()) {
        String at = pointer + "/" + member.getKey();
        JsonNode value = member.getValue();
        if ((member.getKey().equals("evidence") || member.getKey().equals("deniedBy"))
            && value.isArray()) {
          for (int i = 0; i < value.size(); i++) {
            JsonNode evidence = value.get(i);
            found.add(new Quoted(at + "/" + i, evidence.get("source").asString(),
                evidence.has("quote")
                    ? Optional.of(evidence.get("quote").asString())
                    : Optional.empty()));
          }
        }
        walk(value, at, found);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        walk(node.get(i), pointer + "/" + i, found);
      }
    }
  }

  /**
   * What is wrong with the dossier's evidence, one line per problem naming the pointer, the
   * source and the quote; empty when every evidence quotes a passage of its source's excerpt.
   *
   * @param excerpts the stored excerpt of a source, by the source's id
   */
  static List<String> problems(Dossier dossier, Function<String, Optional<String>> excerpts) {
    List<String> problems = new ArrayList<>();
    for (Source source : dossier.sources()) {
      Optional<String> excerpt = excerpts.apply(source.id());
      if (excerpt.isPresent()) {
        String first = excerpt.get().lines().findFirst().orElse("");
        String expected = source.url().map(url -> "URL: " + url).orElse("Source: ");
        if (!first.startsWith(expected)) {
          problems.add("excerpt of source " + source.id() + ": first line is \"" + first
              + "\", expected it to start with \"" + expected + "\"");
        }
      }
    }
    for (Quoted quoted : evidence(dossier)) {
      String where = quoted.pointer() + ": source " + quoted.source();
      if (quoted.quote().isEmpty()) {
        problems.add(where + ": the evidence has no quote");
        continue;
      }
      String quote = quoted.quote().get();
      Optional<String> excerpt = excerpts.apply(quoted.source());
      if (excerpt.isEmpty()) {
        problems.add(where + ": no excerpt " + EXCERPTS + quoted.source() + ".txt for the quote \""
            + quote + "\"");
      } else if (!normalise(passages(excerpt.get())).contains(normalise(quote))) {
        problems.add(where + ": the quote \"" + quote + "\" is not in the excerpt");
      }
    }
    return problems;
  }

  /** The passages of an excerpt: its lines but the first and the remarks, joined. */
  static String passages(String excerpt) {
    return excerpt.lines().skip(1).filter(line -> !line.startsWith("#"))
        .collect(Collectors.joining("\n"));
  }

  /** The stored excerpt of a source, read from the class path. */
  static Optional<String> storedExcerpt(String sourceId) {
    try (InputStream in = QuoteCheck.class.getResourceAsStream(EXCERPTS + sourceId + ".txt")) {
      return in == null
          ? Optional.empty()
          : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the excerpt of " + sourceId, e);
    }
  }

  /**
   * A text with its runs of white space made one space and its typographic quotation marks and
   * apostrophes made plain; applied alike to quotes and excerpts.
   */
  static String normalise(String text) {
    return text
        .replace('\u2018', '\'').replace('\u2019', '\'')
        .replace('\u201C', '"').replace('\u201D', '"')
        .replaceAll("\\s+", " ")
        .strip();
  }
}
