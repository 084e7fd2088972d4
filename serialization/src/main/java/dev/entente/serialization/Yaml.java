package dev.entente.serialization;

import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamFactory;

/**
 * YAML support, kept in its own class so that {@code jackson-dataformat-yaml}, an optional
 * dependency, is loaded only when YAML is asked for.
 *
 * <p>Only the nested {@link Factory} names YAML classes, and it cannot even be linked without them
 * (the JVM loads the factory's class when it verifies the code that returns it): whether they are
 * there is asked by name first, here, where no YAML class is named, and a missing class becomes a
 * {@link YamlUnavailableException} rather than a {@link NoClassDefFoundError}.
 */
final class Yaml {

  /** A class of jackson-dataformat-yaml, looked for by name. */
  private static final String PROBE = "tools.jackson.dataformat.yaml.YAMLFactory";

  private Yaml() {}

  /**
   * The YAML token stream factory, with {@code limits}.
   *
   * @throws YamlUnavailableException if jackson-dataformat-yaml (or its own dependency,
   *     snakeyaml-engine) is not on the class path, or its module not resolved on the module path
   */
  static TokenStreamFactory factoryOrExplain(StreamReadConstraints limits) {
    return factoryOrExplain(limits, false);
  }

  /**
   * The YAML factory, writing every character but printable ASCII as an escape in double quotes
   * if {@code escapeAll}. The emitter writes U+2028, U+2029, DEL and C1 controls (NEL in a block
   * of lines) as they are, even in quotes; YAML 1.1 takes the first ones for line breaks and
   * folds or refuses the scalar, and refuses the others unescaped. A document that holds one is
   * written again with this factory.
   */
  static TokenStreamFactory factoryOrExplain(StreamReadConstraints limits, boolean escapeAll) {
    try {
      Class.forName(PROBE, false, Yaml.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new YamlUnavailableException(e);
    }
    try {
      return Factory.create(limits, escapeAll);
    } catch (NoClassDefFoundError e) {
      throw new YamlUnavailableException(e);
    }
  }

  /**
   * A parser that refuses YAML aliases ({@code *name}), of a parser of this class's factory.
   * Jackson's YAML parser gives an alias as a string, the anchor's name, so {@code host: *uk}
   * after {@code id: &uk rok} would read as the host {@code "uk"}; an undefined alias would read
   * as text. Rather than expand them (an alias of an alias of a list grows exponentially), every
   * alias is refused as a syntax error at its place; anchors alone change nothing and are read.
   */
  static tools.jackson.core.JsonParser refusingAliases(tools.jackson.core.JsonParser parser) {
    return new Factory.NoAliases(parser);
  }

  /**
   * Whether a document written as UTF-8 bytes must be written again with {@link
   * #factoryOrExplain(StreamReadConstraints, boolean) escapes}: it holds a character that YAML 1.1
   * (PyYAML, SnakeYAML 1.x) refuses unescaped, DEL and the C1 controls
   * (7F, C2 80 to C2 9F), or takes for a line break: NEL (C2 85, a C1 control), U+2028 and
   * U+2029 (E2 80 A8, E2 80 A9).
   */
  static boolean needsEscapes(byte[] utf8) {
    for (int i = 0; i < utf8.length; i++) {
      byte b = utf8[i];
      if (b == 0x7F) {
        return true;
      }
      if (b == (byte) 0xC2 && i + 1 < utf8.length
          && (utf8[i + 1] & 0xFF) >= 0x80 && (utf8[i + 1] & 0xFF) <= 0x9F) {
        return true;
      }
      if (b == (byte) 0xE2 && i + 2 < utf8.length && utf8[i + 1] == (byte) 0x80
          && (utf8[i + 2] == (byte) 0xA8 || utf8[i + 2] == (byte) 0xA9)) {
        return true;
      }
    }
    return false;
  }

  /** The one place that names YAML classes. */
  private static final class Factory {

    private Factory() {}

    static TokenStreamFactory create(StreamReadConstraints limits, boolean escapeAll) {
      tools.jackson.dataformat.yaml.YAMLFactoryBuilder builder =
          tools.jackson.dataformat.yaml.YAMLFactory.builder();
      if (escapeAll) {
        // The settings Jackson derives from the features below, and the escapes.
        builder.dumperOptions(org.snakeyaml.engine.v2.api.DumpSettings.builder()
            .setDefaultFlowStyle(org.snakeyaml.engine.v2.common.FlowStyle.BLOCK)
            .setSplitLines(false)
            .setDumpComments(false)
            .setUseUnicodeEncoding(false)
            .build());
      }
      // snakeyaml's own limit (3 MiB by default) would refuse documents the limits allow; the
      // document length limit, in bytes, is checked before parsing and bounds the code points.
      // Duplicate keys stay allowed here, as in the default settings: given settings that refuse
      // them, Jackson would fail the parse, where the codecs report each as a DUPLICATE_MEMBER.
      builder.loadSettings(org.snakeyaml.engine.v2.api.LoadSettings.builder()
          .setCodePointLimit((int) Math.min(limits.getMaxDocumentLength(), Integer.MAX_VALUE))
          .setAllowDuplicateKeys(true)
          .build());
      return builder
          .streamReadConstraints(limits)
          .enable(tools.jackson.dataformat.yaml.YAMLWriteFeature.MINIMIZE_QUOTES)
          .disable(tools.jackson.dataformat.yaml.YAMLWriteFeature.SPLIT_LINES)
          .stringQuotingChecker(new Quoting())
          .build();
    }

    /** A YAML parser that fails at an alias; see {@link Yaml#refusingAliases}. */
    static final class NoAliases extends tools.jackson.core.util.JsonParserDelegate {

      NoAliases(tools.jackson.core.JsonParser parser) {
        super(parser);
      }

      private <T> T checked(T result) {
        if (delegate instanceof tools.jackson.dataformat.yaml.YAMLParser yaml
            && yaml.isCurrentAlias()) {
          throw new tools.jackson.core.exc.StreamReadException(this, "the alias *"
              + delegate.getString() + " is not read: Entente reads no YAML aliases (an alias"
              + " stands for the value of its anchor, and here would be read as the anchor's"
              + " name); write the value itself", delegate.currentTokenLocation());
        }
        return result;
      }

      @Override
      public tools.jackson.core.JsonToken nextToken() {
        return checked(delegate.nextToken());
      }

      @Override
      public tools.jackson.core.JsonToken nextValue() {
        return checked(delegate.nextValue());
      }

      @Override
      public String nextName() {
        return checked(delegate.nextName());
      }

      @Override
      public boolean nextName(tools.jackson.core.SerializableString name) {
        return checked(delegate.nextName(name));
      }

      @Override
      public int nextNameMatch(tools.jackson.core.sym.PropertyNameMatcher matcher) {
        return checked(delegate.nextNameMatch(matcher));
      }

      /** Skips through this parser, so that an alias in what is skipped is refused too. */
      @Override
      public tools.jackson.core.JsonParser skipChildren() {
        if (currentToken() != null && currentToken().isStructStart()) {
          int open = 1;
          while (open > 0) {
            tools.jackson.core.JsonToken token = nextToken();
            if (token == null) {
              break;
            }
            if (token.isStructStart()) {
              open++;
            } else if (token.isStructEnd()) {
              open--;
            }
          }
        }
        return this;
      }
    }
  }

  /**
   * Quotes every string that a YAML reader could take for something else, so that a YAML 1.1
   * reader (PyYAML, SnakeYAML 1.x) and a YAML 1.2 reader read the same string Entente wrote.
   *
   * <p>Jackson's own checker, kept for the characters that YAML's syntax gives a meaning to ({@code
   * ": "}, {@code " #"}, a leading {@code -} or {@code [}), quotes YAML 1.1's booleans and
   * numbers, but not {@code 1.10}, {@code 2024-10-21} (a YAML 1.1 timestamp), {@code 1:20} (a
   * base-60 number), {@code 1_000}, {@code ~} or {@code <<}. Rather than follow every type that a
   * resolver of one version or the other knows, a string is left plain only when no resolver could
   * type it: it starts with none of the characters that start a number, a date, a null, a merge key
   * or a value key ({@code 0-9 + - . ~ < =}), it is none of the words that are booleans or null in
   * some casing ({@code y n yes no on off true false null}), it neither starts nor ends with
   * white space, and it holds none of the characters that YAML 1.1 takes for line breaks but YAML
   * 1.2 does not (NEL, U+2028, U+2029: a plain scalar would break there, and a quoted one is
   * written with them escaped). Everything else is quoted; a string that did not need it only
   * looks busier.
   */
  private static final class Quoting
      extends tools.jackson.dataformat.yaml.util.StringQuotingChecker.Default {

    private static final long serialVersionUID = 1L;

    private static final java.util.Set<String> WORDS =
        java.util.Set.of("y", "n", "yes", "no", "on", "off", "true", "false", "null");

    @Override
    public boolean needToQuoteName(String name) {
      return ambiguous(name) || super.needToQuoteName(name);
    }

    @Override
    public boolean needToQuoteValue(String value) {
      return ambiguous(value) || super.needToQuoteValue(value);
    }

    /** Whether some YAML 1.1 or 1.2 resolver would read the plain scalar as other than a string. */
    static boolean ambiguous(String text) {
      if (text.isEmpty()) {
        return true;
      }
      char first = text.charAt(0);
      if ((first >= '0' && first <= '9') || "+-.~<=".indexOf(first) >= 0
          || Character.isWhitespace(first)
          || Character.isWhitespace(text.charAt(text.length() - 1))) {
        return true;
      }
      if (text.length() <= 5 && WORDS.contains(text.toLowerCase(java.util.Locale.ROOT))) {
        return true;
      }
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c == '\u0085' || c == '\u2028' || c == '\u2029') {
          return true;
        }
      }
      return false;
    }
  }
}
