package dev.entente.model;

import static dev.entente.fixtures.Fixture.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RefAndIdsTest {

  @ParameterizedTest
  @ValueSource(strings = {"rok", "cho-tae-yul", "a.b:c_d", "9", "Dialogue-9"})
  void acceptsIdsOfLettersDigitsAndPunctuation(String id) {
    assertThat(Ref.of(id).id()).isEqualTo(id);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "-x", ".x", "rok uk", " rok", "rok/uk", "한국"})
  void rejectsMalformedIds(String id) {
    assertRejected(() -> Ref.of(id), "Ref.id", id);
  }

  @Test
  void checksIdsExactlyAsThePatternDoes() {
    String alphabet = "aZ09._:-/ \u00e9\u0663\n~";
    java.util.SplittableRandom random = new java.util.SplittableRandom(6);
    for (int n = 0; n < 100_000; n++) {
      int length = random.nextInt(n % 1000 == 0 ? 140 : 6);
      StringBuilder id = new StringBuilder();
      for (int i = 0; i < length; i++) {
        id.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String text = id.toString();
      assertThat(Ref.isId(text)).as(text).isEqualTo(Ref.ID_PATTERN.matcher(text).matches());
    }
  }

  @Test
  void acceptsAnIdOf128Characters() {
    String id = "a".repeat(128);
    assertThat(Ref.of(id).id()).hasSize(128);
  }

  @Test
  void rejectsAnIdOf129Characters() {
    String id = "a".repeat(129);
    assertRejected(() -> Ref.of(id), "Ref.id", id);
  }

  @Test
  void rejectsANullIdNamingTheAttribute() {
    assertThatThrownBy(() -> Ref.of(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("id");
  }

  @Test
  void refsAreEqualWhenTheirIdsAreEqual() {
    Ref<Actor> one = Ref.of("rok");
    Ref<Person> other = Ref.of("rok");
    assertThat(one).isEqualTo(other).hasSameHashCodeAs(other);
    assertThat(one).isNotEqualTo(Ref.of("uk")).isNotEqualTo("rok");
  }

  @Test
  void refToAValuePointsAtItById() {
    State korea = State.of("rok", CountryCode.of("KR"), "Republic of Korea");
    Ref<State> ref = Ref.to(korea);
    assertThat(ref).isEqualTo(Ref.of("rok"));
    assertThat(ref.pointsAt(korea)).isTrue();
    assertThat(ref.pointsAt(State.of("uk", CountryCode.of("GB"), "United Kingdom"))).isFalse();
  }

  @Test
  void refToNothingIsRejected() {
    assertThatThrownBy(() -> Ref.to(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("record");
  }

  @Test
  void refIsWrittenAsItsId() {
    assertThat(Ref.of("cho-tae-yul")).hasToString("cho-tae-yul");
  }

  @Test
  void checksTheIdOfEveryIdentifiedValue() {
    assertRejected(
        () -> State.of("Republic of Korea", CountryCode.of("KR"), "Republic of Korea"),
        "State.id",
        "Republic of Korea");
  }

  @Test
  void acceptsWikidataAndGeonamesIdentifiers() {
    assertThat(ExternalId.wikidata("Q884").scheme()).isEqualTo(ExternalId.Scheme.WIKIDATA);
    assertThat(ExternalId.wikidata("Q884").value()).isEqualTo("Q884");
    assertThat(ExternalId.geonames("1835848").scheme()).isEqualTo(ExternalId.Scheme.GEONAMES);
    assertThat(ExternalId.of(ExternalId.Scheme.OCD, "ocd-person/1234").value())
        .isEqualTo("ocd-person/1234");
  }

  @ParameterizedTest
  @ValueSource(strings = {"884", "q884", "Q0884", "Q", "Q88 4"})
  void rejectsMalformedWikidataItems(String qid) {
    assertRejected(() -> ExternalId.wikidata(qid), "ExternalId.value", qid)
        .hasMessageEndingWith("not a wikidata identifier");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Q884", "0123", "", "12a"})
  void rejectsMalformedGeonamesIds(String id) {
    assertRejected(() -> ExternalId.geonames(id), "ExternalId.value", id)
        .hasMessageEndingWith("not a geonames identifier");
  }

  @ParameterizedTest
  @ValueSource(strings = {"wikidata:Q884", "geonames:1835848", "ocd:ocd-person/ab-12"})
  void readsBackItsTextForm(String text) {
    ExternalId id = ExternalId.parse(text);
    assertThat(id).hasToString(text);
    assertThat(ExternalId.parse(id.toString())).isEqualTo(id).hasSameHashCodeAs(id);
  }

  @Test
  void externalIdsAreEqualBySchemeAndValue() {
    assertThat(ExternalId.wikidata("Q884")).isEqualTo(ExternalId.parse("wikidata:Q884"));
    assertThat(ExternalId.geonames("884")).isNotEqualTo(ExternalId.geonames("885"));
  }

  @Test
  void rejectsAnUnknownScheme() {
    assertRejected(() -> ExternalId.parse("viaf:12345"), "ExternalId.scheme", "viaf")
        .hasMessageContaining("wikidata, geonames, ocd");
  }

  @Test
  void rejectsTextWithoutAScheme() {
    assertRejected(() -> ExternalId.parse("Q884"), "ExternalId.text", "Q884");
  }

  @Test
  void rejectsASchemeWithAnEmptyValue() {
    assertRejected(() -> ExternalId.parse("wikidata:"), "ExternalId.value", "");
  }

  @Test
  void invalidValueExceptionGivesItsPartsOneByOne() {
    InvalidValueException e = new InvalidValueException("Dialogue", "sides", "x", "a rule");
    assertThat(e).hasMessage("Dialogue.sides: \"x\": a rule").isInstanceOf(IllegalArgumentException.class);
    assertThat(e.type()).isEqualTo("Dialogue");
    assertThat(e.attribute()).isEqualTo("sides");
    assertThat(e.value()).isEqualTo("x");
    assertThat(e.rule()).isEqualTo("a rule");
  }

  @Test
  void invalidValueExceptionQuotesTextButNotOtherValues() {
    assertThat(new InvalidValueException("T", "a", 0, "r")).hasMessage("T.a: 0: r");
    assertThat(new InvalidValueException("T", "a", null, "r")).hasMessage("T.a: null: r");
  }
}
