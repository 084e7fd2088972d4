package dev.entente.serialization.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * What each type and member of the wire format means, in a sentence: the JSON Schema's
 * descriptions and FORMAT.md's tables both come from {@code members.properties}, next to this
 * class. A member's meaning is looked up as {@code Type.member}, then as {@code Family.member}
 * for a kind of a sealed hierarchy ({@code Position.holders}), then as a bare {@code member}.
 */
final class MemberDocs {

  private static final Properties MEANINGS = load();

  private MemberDocs() {}

  private static Properties load() {
    Properties meanings = new Properties();
    try (InputStream in = MemberDocs.class.getResourceAsStream("members.properties")) {
      if (in == null) {
        throw new IllegalStateException("members.properties is missing");
      }
      meanings.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return meanings;
  }

  /** What a member of a type means. */
  static String meaning(ObjectCodec<?, ?> type, String member) {
    String meaning = MEANINGS.getProperty(type.name() + "." + member);
    if (meaning == null) {
      meaning = MEANINGS.getProperty(type.className() + "." + member);
    }
    if (meaning == null && type.family().isPresent()) {
      meaning = MEANINGS.getProperty(type.family().get() + "." + member);
    }
    if (meaning == null) {
      meaning = MEANINGS.getProperty(member);
    }
    if (meaning == null) {
      throw new IllegalStateException("members.properties says nothing of " + type.name() + "."
          + member);
    }
    return meaning;
  }

  /** What a value of an object type or a sealed hierarchy is. */
  static String typeMeaning(Codec<?> type) {
    String meaning = MEANINGS.getProperty(type.label());
    if (meaning == null) {
      throw new IllegalStateException("members.properties says nothing of " + type.label());
    }
    return meaning;
  }
}
