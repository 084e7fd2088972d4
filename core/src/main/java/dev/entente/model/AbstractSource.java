package dev.entente.model;

import dev.entente.time.FuzzyDate;
import java.net.URI;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A document that facts are taken from: a news article, a press release, the text of a statement.
 *
 * <p>Publication can be known to the instant ({@link #publishedAt()}), to a fuzzy day
 * ({@link #published()}, e.g. {@code 2024-10-22/2024-10-31} when only a range is known), or as a
 * printed time of day without a date or zone ({@link #localTime()}).
 *
 * <pre>{@code
 * Source article = Source.builder()
 *     .id("herald-economy")
 *     .kind(SourceKind.NEWS_ARTICLE)
 *     .title("Foreign Ministers of Korea and the UK Issue Separate Statement ...")
 *     .publisher("Herald Economy")
 *     .addAuthor("Choi Eun-ji")
 *     .language("en")
 *     .originalLanguage("ko")
 *     .published(FuzzyDate.parse("2024-10-22/2024-10-31"))
 *     .build();
 * }</pre>
 *
 * <p>A reader must be able to find the source: it has a title, a URL, or a publisher and a date
 * of publication, as a wire report known only by its agency and day:
 *
 * <pre>{@code
 * Source wire = Source.builder()
 *     .id("yonhap-2024-10-22")
 *     .kind(SourceKind.NEWS_ARTICLE)
 *     .publisher("Yonhap")
 *     .published(FuzzyDate.parse("2024-10-22"))
 *     .build();
 * }</pre>
 */
@Value.Immutable
@EntenteStyle
abstract sealed class AbstractSource implements Identified, Extensible permits Source {

  /**
   * Implemented by the generated {@code Source.Builder}: the builder is an
   * {@link ExtensibleBuilder}.
   */
  interface Builder extends ExtensibleBuilder<Source, Source.Builder> {}

  /** {@value}: the name of {@link #kind()}, in pointers and written forms. */
  public static final String KIND = "kind";

  /** {@value}: the name of {@link #title()}, in pointers and written forms. */
  public static final String TITLE = "title";

  /** {@value}: the name of {@link #publisher()}, in pointers and written forms. */
  public static final String PUBLISHER = "publisher";

  /** {@value}: the name of {@link #authors()}, in pointers and written forms. */
  public static final String AUTHORS = "authors";

  /** {@value}: the name of {@link #section()}, in pointers and written forms. */
  public static final String SECTION = "section";

  /** {@value}: the name of {@link #published()}, in pointers and written forms. */
  public static final String PUBLISHED = "published";

  /** {@value}: the name of {@link #publishedAt()}, in pointers and written forms. */
  public static final String PUBLISHED_AT = "publishedAt";

  /** {@value}: the name of {@link #localTime()}, in pointers and written forms. */
  public static final String LOCAL_TIME = "localTime";

  /** {@value}: the name of {@link #url()}, in pointers and written forms. */
  public static final String URL = "url";

  /** {@value}: the name of {@link #language()}, in pointers and written forms. */
  public static final String LANGUAGE = "language";

  /** {@value}: the name of {@link #originalLanguage()}, in pointers and written forms. */
  public static final String ORIGINAL_LANGUAGE = "originalLanguage";

  /** {@value}: the name of {@link #note()}, in pointers and written forms. */
  public static final String NOTE = "note";

  /** The id, unique in the dossier. */
  @Override
  public abstract String id();

  /** The kind of document. */
  public abstract SourceKind kind();

  /**
   * The title or headline, as published; absent when not known exactly (the source then has a
   * URL, or a publisher and a date).
   */
  public abstract Optional<String> title();

  /** The publisher: a news organisation, a ministry, a website. */
  public abstract Optional<String> publisher();

  /** The authors, by name, in the order printed. */
  public abstract List<String> authors();

  /** The section or desk, such as {@code Politics}. */
  public abstract Optional<String> section();

  /** The day (or fuzzy time) of publication. */
  public abstract Optional<FuzzyDate> published();

  /** The exact instant of publication, with its zone, when known. */
  public abstract Optional<ZonedDateTime> publishedAt();

  /** A time of day printed with the document when neither its date nor its zone is given. */
  public abstract Optional<LocalTime> localTime();

  /** Where the document can be read. */
  public abstract Optional<URI> url();

  /** The language of this text, as a BCP 47 tag ({@code en}, {@code ko}). */
  public abstract Optional<String> language();

  /** For a translation: the language of the original, as a BCP 47 tag. */
  public abstract Optional<String> originalLanguage();

  /** Anything a reader should know about the document. */
  public abstract Optional<String> note();

  @Value.Check
  final void check() {
    Checks.id("Source", this);
    Checks.notBlank("Source", "title", title());
    if (title().isEmpty() && url().isEmpty()
        && (publisher().isEmpty() || (published().isEmpty() && publishedAt().isEmpty()))) {
      throw new InvalidValueException("Source", "title", "(none)",
          "a source has a title, a URL, or a publisher and a date of publication, so a reader"
              + " can find it");
    }
    Checks.notBlank("Source", "publisher", publisher());
    Checks.allNotBlank("Source", "authors", authors());
    Checks.notBlank("Source", "section", section());
    Checks.languageTag("Source", "language", language());
    Checks.languageTag("Source", "originalLanguage", originalLanguage());
    Checks.notBlank("Source", "note", note());
    Checks.webUrl("Source", "url", url());
    if (published().isPresent() && publishedAt().isPresent()) {
      FuzzyDate day = published().get();
      java.time.LocalDate exact = publishedAt().get().toLocalDate();
      if (exact.isBefore(day.earliest()) || exact.isAfter(day.latest())) {
        throw new InvalidValueException(
            "Source", "publishedAt", publishedAt().get(), "is not within published " + day);
      }
    }
  }
}
