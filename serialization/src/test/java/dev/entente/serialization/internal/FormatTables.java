package dev.entente.serialization.internal;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * FORMAT.md's per-type tables, from the codecs: one section per type, in the order a reader of a
 * dossier meets them, with each member's name, type, whether it is required and what it means.
 */
final class FormatTables {

  static final String START = "<!-- generated: members -->";
  static final String END = "<!-- end generated -->";

  private final Set<Codec<?>> types = new LinkedHashSet<>();
  private final Map<String, List<String>> enums = new LinkedHashMap<>();

  private FormatTables() {}

  /** The generated part, markers excluded. */
  static String markdown() {
    FormatTables tables = new FormatTables();
    tables.visit(DossierCodecs.DOSSIER);
    StringBuilder out = new StringBuilder();
    out.append("\n<!-- Generated from the codecs by FormatTables; regenerate with"
        + " -Dentente.regenerateSchema=true. -->\n");
    for (Codec<?> type : tables.types) {
      if (type instanceof UnionCodec) {
        tables.union((UnionCodec<?>) type, out);
      } else {
        tables.object((ObjectCodec<?, ?>) type, out);
      }
    }
    out.append("\n### Enumerations\n\nValues are the constants' names in lower kebab-case.\n\n");
    out.append("| enumeration | values |\n|---|---|\n");
    tables.enums.forEach((name, values) -> out.append("| <a id=\"").append(anchor(name))
        .append("\"></a>").append(name).append(" | ")
        .append(String.join(", ", values.stream().map(v -> "`" + v + "`").toList()))
        .append(" |\n"));
    return out.append('\n').toString();
  }

  /** Inserts the generated part between the markers of a document. */
  static String insertInto(String document) {
    int start = document.indexOf(START);
    int end = document.indexOf(END);
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("FORMAT.md has no " + START + " ... " + END + " part");
    }
    return document.substring(0, start + START.length()) + "\n" + markdown()
        + document.substring(end);
  }

  private void visit(Codec<?> codec) {
    if (codec instanceof UnionCodec) {
      if (types.add(codec)) {
        ((UnionCodec<?>) codec).kinds().values().forEach(this::visit);
      }
    } else if (codec instanceof ObjectCodec) {
      if (types.add(codec)) {
        ((ObjectCodec<?, ?>) codec).fields().forEach(f -> visit(f.valueCodec));
      }
    } else if (codec instanceof ScalarCodec && !((ScalarCodec<?>) codec).values().isEmpty()) {
      enums.putIfAbsent(codec.label(), ((ScalarCodec<?>) codec).values());
    }
  }

  private void union(UnionCodec<?> union, StringBuilder out) {
    out.append("\n### ").append(union.name()).append("\n\n")
        .append(MemberDocs.typeMeaning(union)).append(" One of these kinds, by `type`:\n\n")
        .append("| `type` | kind |\n|---|---|\n");
    union.kinds().forEach((type, kind) -> out.append("| `").append(type).append("` | ")
        .append(link(kind.name())).append(" |\n"));
  }

  private void object(ObjectCodec<?, ?> object, StringBuilder out) {
    out.append("\n### ").append(object.name()).append("\n\n")
        .append(MemberDocs.typeMeaning(object));
    object.family().ifPresent(f -> out.append(" A kind of ").append(link(f)).append("."));
    out.append("\n\n| member | type | required | meaning |\n|---|---|---|---|\n");
    object.typeName().ifPresent(t -> out.append("| `type` | `\"").append(t)
        .append("\"` | yes, first | ").append(MemberDocs.meaning(object, ObjectCodec.TYPE))
        .append(" |\n"));
    for (Field<?, ?> field : object.fields()) {
      out.append("| `").append(field.name).append("` | ").append(type(field)).append(" | ")
          .append(required(field)).append(" | ")
          .append(MemberDocs.meaning(object, field.name).replace("|", "\\|")).append(" |\n");
    }
    if (!object.oneRequiredOf().isEmpty()) {
      out.append("\nAt least one of ")
          .append(String.join(", ", object.oneRequiredOf().stream()
              .map(all -> String.join(" with ", all.stream().map(m -> "`" + m + "`").toList()))
              .toList()))
          .append(" is present (an empty array does not count).\n");
    }
    for (List<String> pair : object.atMostOneOf()) {
      out.append("\nAt most one of `").append(pair.get(0)).append("`, `").append(pair.get(1))
          .append("` is present.\n");
    }
  }

  private static String type(Field<?, ?> field) {
    Codec<?> codec = field.valueCodec;
    String value;
    if (codec instanceof ObjectCodec || codec instanceof UnionCodec) {
      value = link(codec.label());
    } else if (codec instanceof ScalarCodec && !((ScalarCodec<?>) codec).values().isEmpty()) {
      value = "[" + codec.label() + "](#" + anchor(codec.label()) + ")";
    } else {
      value = field.label();
      return value;
    }
    return field.list ? "array of " + value : value;
  }

  private static String required(Field<?, ?> field) {
    if (field.required) {
      return "yes";
    }
    if (field.minItems > 0) {
      String count = field.minItems == field.maxItems ? "exactly " + field.minItems
          : field.minItems + " or more";
      return "yes, " + count + (field.distinct ? " distinct" : "") + " elements";
    }
    return "no";
  }

  private static String link(String type) {
    return "[" + type + "](#" + anchor(type) + ")";
  }

  private static String anchor(String name) {
    return name.toLowerCase(Locale.ROOT);
  }
}
