package dev.entente.model;

import static dev.entente.fixtures.Fixture.CHINA;
import static dev.entente.fixtures.Fixture.DAY;
import static dev.entente.fixtures.Fixture.ROK;
import static dev.entente.fixtures.Fixture.UK;
import static dev.entente.fixtures.Fixture.assertRejected;
import static dev.entente.fixtures.Fixture.conduct;
import static dev.entente.fixtures.Fixture.dialogue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.entente.fixtures.Fixture;
import dev.entente.time.FuzzyDate;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What every generated value type does: copies, value equality, and strict builders. */
class GeneratedValuesTest {

  @Test
  void withReturnsAChangedCopyAndLeavesTheOriginalUnchanged() {
    Dialogue ninth = dialogue().ordinal(9).build();
    Dialogue tenth = ninth.withOrdinal(10).withDate(FuzzyDate.parse("2025-10"));
    assertThat(tenth.ordinal()).hasValue(10);
    assertThat(tenth.date()).contains(FuzzyDate.parse("2025-10"));
    assertThat(ninth.ordinal()).hasValue(9);
    assertThat(ninth.date()).contains(DAY);
  }

  @Test
  void withChecksTheCopysInvariants() {
    Dialogue ninth = dialogue().build();
    assertRejected(() -> ninth.withHost(CHINA), "Dialogue.host", CHINA);
    assertRejected(
        () -> ninth.withSides(List.of(ROK, UK, CHINA)), "Dialogue.sides", List.of(ROK, UK, CHINA));
    assertThat(ninth.host()).isEmpty();
  }

  @Test
  void valuesWithEqualAttributesAreEqual() {
    assertThat(dialogue().build())
        .isEqualTo(dialogue().build())
        .hasSameHashCodeAs(dialogue().build());
    assertThat(conduct("missile launches")).isEqualTo(conduct("missile launches"));
    assertThat(Term.from(FuzzyDate.parse("2024-01")))
        .isEqualTo(Term.of(FuzzyDate.parse("2024-01"), Optional.empty()));
  }

  @Test
  void valuesThatDifferInOneAttributeAreNotEqual() {
    assertThat(dialogue().build()).isNotEqualTo(dialogue().ordinal(9).build());
    assertThat(Concern.builder().addObjects(conduct("x")).build())
        .isNotEqualTo(Welcome.builder().addObjects(conduct("x")).build());
  }

  @Test
  void toStringNamesTheTypeAndItsAttributes() {
    assertThat(dialogue().build().toString())
        .startsWith("Dialogue{")
        .contains("id=strategic-dialogue-9", "sides=[rok, uk]");
  }

  @Test
  void collectionsOfAValueCannotBeChanged() {
    Dialogue dialogue = dialogue().build();
    assertThatThrownBy(() -> dialogue.sides().add(CHINA))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void builderRejectsANullAttributeNamingIt() {
    assertThatThrownBy(() -> Dialogue.builder().id(null))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> {
          assertThat(e.type()).isEqualTo("Dialogue");
          assertThat(e.attribute()).isEqualTo("id");
          assertThat(e.value()).isEqualTo("null");
          assertThat(e.rule()).isEqualTo("may not be null");
          assertThat(e.isMissing()).isTrue();
        })
        .hasMessage("Dialogue.id: null: may not be null");
  }

  @Test
  void aNullForAnOptionalAttributeLeavesItEmpty() {
    Source.Builder builder = Fixture.source().publisher("Herald Economy");
    assertThat(builder.publisher((String) null).build().publisher()).isEmpty();
    assertThat(Fixture.source().url(URI.create("https://example.org/a")).title((String) null).build().title())
        .isEmpty();
    Source source = Fixture.source().publisher("Herald Economy").build();
    assertThat(source.withPublisher((String) null).publisher()).isEmpty();
    assertThat(dialogue().host((Ref<Actor>) null).build().host()).isEmpty();
  }

  @Test
  void builderRejectsANullElementNamingTheCollection() {
    assertThatThrownBy(() -> Dialogue.builder().addSides(ROK, null))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> {
          assertThat(e.type()).isEqualTo("Dialogue");
          assertThat(e.attribute()).isEqualTo("sides");
          assertThat(e.isMissing()).isTrue();
        })
        .hasMessage("Dialogue.sides: null: may not be null (element)");
  }

  @Test
  void withRejectsANullElementNamingTheCollection() {
    Dialogue dialogue = dialogue().build();
    assertThatThrownBy(() -> dialogue.withSides(Arrays.asList(ROK, null)))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> {
          assertThat(e.type()).isEqualTo("Dialogue");
          assertThat(e.attribute()).isEqualTo("sides");
        })
        .hasMessage("Dialogue.sides: null: may not be null (element)");
  }

  @Test
  void withRejectsNullNamingTheAttribute() {
    Dialogue dialogue = dialogue().build();
    assertThatThrownBy(() -> dialogue.withSeries(null))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Dialogue.series: null: may not be null");
  }

  @Test
  void builderRejectsAMissingRequiredAttributeNamingIt() {
    assertThatThrownBy(() -> Dialogue.builder().id("d").addSides(ROK, UK).build())
        .isInstanceOfSatisfying(InvalidValueException.class, e -> {
          assertThat(e.type()).isEqualTo("Dialogue");
          assertThat(e.attribute()).isEqualTo("series");
          assertThat(e.value()).isEqualTo(InvalidValueException.NOT_SET);
          assertThat(e.rule()).isEqualTo("a required attribute was not set");
          assertThat(e.isMissing()).isTrue();
        })
        .hasMessage("Dialogue.series: (not set): a required attribute was not set");
  }

  @Test
  void builderNamesEveryMissingAttributeFirstOneFirst() {
    assertThatThrownBy(() -> Meeting.builder().addSides(ROK, UK).build())
        .isInstanceOfSatisfying(InvalidValueException.class, e -> {
          assertThat(e.type()).isEqualTo("Meeting");
          assertThat(e.attribute()).isEqualTo("id");
          assertThat(e.rule()).isEqualTo("a required attribute was not set (nor was kind)");
        });
  }

  @Test
  void builderRejectsAMissingKindOfMeeting() {
    assertThatThrownBy(() -> Meeting.builder().id("m").addSides(ROK, UK).date(DAY).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Meeting.kind: (not set): a required attribute was not set");
  }

  @Test
  void anInvariantBrokenIsNotAMissingValue() {
    assertThatThrownBy(() -> dialogue().build().withHost(CHINA))
        .isInstanceOfSatisfying(InvalidValueException.class,
            e -> assertThat(e.isMissing()).isFalse());
  }

  @Test
  void copyOfAValueIsThatValue() {
    Dialogue dialogue = dialogue().build();
    assertThat(Dialogue.copyOf(dialogue)).isSameAs(dialogue);
    assertThat(dialogue.withOrdinal(3)).isEqualTo(dialogue().ordinal(3).build());
  }
}
