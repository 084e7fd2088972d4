package dev.entente.model;

import static dev.entente.fixtures.Fixture.assertRejected;
import static dev.entente.fixtures.Fixture.source;
import static org.assertj.core.api.Assertions.assertThat;

import dev.entente.time.FuzzyDate;
import java.net.URI;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Sources and the evidence that points at them. */
class ProvenanceTest {

  private static final URI URL = URI.create("https://news.example/article/1");

  @Test
  void buildsASourceWithEverythingKnownAboutIt() {
    Source article = source()
        .publisher("Herald Economy")
        .addAuthors("Choi Eun-ji")
        .section("Politics")
        .language("en")
        .originalLanguage("ko")
        .published(FuzzyDate.parse("2024-10-22/2024-10-31"))
        .localTime(LocalTime.of(9, 30))
        .url(URL)
        .note("Translated by the publisher")
        .build();
    assertThat(article.authors()).containsExactly("Choi Eun-ji");
    assertThat(article.language()).contains("en");
  }

  @Test
  void acceptsASourceWithOnlyAUrl() {
    Source untitled = Source.builder().id("s3").kind(SourceKind.PRESS_RELEASE).url(URL).build();
    assertThat(untitled.title()).isEmpty();
  }

  @Test
  void acceptsASourceKnownOnlyByItsPublisherAndDate() {
    // A wire report without a retrievable URL: the agency and the day let a reader find it.
    Source wire = Source.builder().id("wire").kind(SourceKind.NEWS_ARTICLE)
        .publisher("Yonhap").published(FuzzyDate.parse("2024-10-22")).build();
    assertThat(wire.title()).isEmpty();
    assertThat(wire.url()).isEmpty();
    Source timed = Source.builder().id("wire").kind(SourceKind.NEWS_ARTICLE).publisher("Yonhap")
        .publishedAt(ZonedDateTime.parse("2024-10-22T11:09:00+09:00[Asia/Seoul]")).build();
    assertThat(timed.published()).isEmpty();
  }

  @Test
  void rejectsASourceWithAPublisherButNoDateNorTitleNorUrl() {
    assertRejected(
            () -> Source.builder().id("wire").kind(SourceKind.NEWS_ARTICLE).publisher("Yonhap")
                .build(),
            "Source.title", "(none)")
        .hasMessageContaining("a publisher and a date of publication");
    assertRejected(
        () -> Source.builder().id("wire").kind(SourceKind.NEWS_ARTICLE)
            .published(FuzzyDate.parse("2024-10-22")).build(),
        "Source.title", "(none)");
  }

  @Test
  void rejectsASourceWithNeitherTitleNorUrl() {
    assertRejected(
            () -> Source.builder().id("s3").kind(SourceKind.PRESS_RELEASE).build(),
            "Source.title",
            "(none)")
        .hasMessageContaining("a title, a URL, or a publisher and a date of publication");
  }

  @Test
  void rejectsASourceWithABadId() {
    assertRejected(() -> source().id("herald economy").build(), "Source.id", "herald economy");
  }

  @Test
  void rejectsASourceWithABlankTitle() {
    assertRejected(() -> source().title(" ").url(URL).build(), "Source.title", " ");
  }

  @Test
  void rejectsASourceWithABlankPublisher() {
    assertRejected(() -> source().publisher("").build(), "Source.publisher", "");
  }

  @Test
  void rejectsASourceWithABlankAuthor() {
    assertRejected(
        () -> source().addAuthors("Choi Eun-ji", " ").build(), "Source.authors", " ");
  }

  @Test
  void rejectsASourceWithABlankSection() {
    assertRejected(() -> source().section(" ").build(), "Source.section", " ");
  }

  @Test
  void rejectsASourceWithABlankNote() {
    assertRejected(() -> source().note("").build(), "Source.note", "");
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "ko", "ko-Kore", "en-GB", "zh-Hant-TW", "english"})
  void acceptsWellFormedLanguageTags(String tag) {
    assertThat(source().language(tag).originalLanguage(tag).build().language()).contains(tag);
  }

  @ParameterizedTest
  @ValueSource(strings = {"en_GB", "123", "e", "en-", "ko Kore", ""})
  void rejectsIllFormedLanguageTags(String tag) {
    assertRejected(() -> source().language(tag).build(), "Source.language", tag)
        .hasMessageContaining("not a BCP 47 language tag");
  }

  @ParameterizedTest
  @ValueSource(strings = {"x-klingon", "x-private-use"})
  void rejectsLanguageTagsWithoutALanguage(String tag) {
    assertRejected(() -> source().language(tag).build(), "Source.language", tag)
        .hasMessageContaining("starts with a language");
  }

  @Test
  void rejectsAnIllFormedOriginalLanguage() {
    assertRejected(
        () -> source().originalLanguage("ko_KR").build(), "Source.originalLanguage", "ko_KR");
  }

  @Test
  void acceptsAnInstantOfPublicationWithinTheDaysPublished() {
    ZonedDateTime at = ZonedDateTime.parse("2024-10-31T23:30+09:00[Asia/Seoul]");
    Source article = source()
        .published(FuzzyDate.parse("2024-10-22/2024-10-31"))
        .publishedAt(at)
        .build();
    assertThat(article.publishedAt()).contains(at);
  }

  @Test
  void rejectsAnInstantOfPublicationOutsideTheDaysPublished() {
    ZonedDateTime at = ZonedDateTime.parse("2024-11-01T09:00+09:00[Asia/Seoul]");
    assertRejected(
            () -> source()
                .published(FuzzyDate.parse("2024-10-22/2024-10-31"))
                .publishedAt(at)
                .build(),
            "Source.publishedAt",
            at)
        .hasMessageContaining("2024-10-22/2024-10-31");
  }

  @Test
  void rejectsAnInstantOfPublicationBeforeTheDayPublished() {
    ZonedDateTime at = ZonedDateTime.parse("2024-10-21T09:00Z");
    assertRejected(
        () -> source().published(FuzzyDate.parse("2024-10-22")).publishedAt(at).build(),
        "Source.publishedAt",
        at);
  }

  // Evidence

  @Test
  void evidenceNamesItsSourceAndMayQuoteIt() {
    Evidence quoted = Evidence.quoting(Ref.of("s3"), "We condemn in the strongest terms");
    assertThat(quoted.source()).isEqualTo(Ref.of("s3"));
    assertThat(quoted.quote()).contains("We condemn in the strongest terms");
    assertThat(Evidence.of(Ref.of("s3")).quote()).isEmpty();
  }

  @Test
  void rejectsEvidenceWithABlankQuote() {
    assertRejected(() -> Evidence.quoting(Ref.of("s3"), " "), "Evidence.quote", " ");
  }

  @Test
  void rejectsEvidenceWithABlankNote() {
    assertRejected(
        () -> Evidence.builder().source(Ref.of("s3")).note("").build(), "Evidence.note", "");
  }
}
