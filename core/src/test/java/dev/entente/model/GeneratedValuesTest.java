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

import dev.entente.time.FuzzyDate;
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
        .isInstanceOf(NullPointerException.class)
        .hasMessage("id");
    assertThatThrownBy(() -> Source.builder().title((String) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("title");
  }

  @Test
  void builderRejectsANullElementNamingTheCollection() {
    assertThatThrownBy(() -> Dialogue.builder().addSides(ROK, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("sides");
  }

  @Test
  void withRejectsNullNamingTheAttribute() {
    Dialogue dialogue = dialogue().build();
    assertThatThrownBy(() -> dialogue.withSeries(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("series");
  }

  @Test
  void builderRejectsAMissingRequiredAttributeNamingIt() {
    assertThatThrownBy(() -> Dialogue.builder().id("d").addSides(ROK, UK).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("Dialogue")
        .hasMessageContaining("series");
  }

  @Test
  void builderRejectsAMissingKindOfMeeting() {
    assertThatThrownBy(() -> Meeting.builder().id("m").addSides(ROK, UK).date(DAY).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("kind");
  }

  @Test
  void copyOfAValueIsThatValue() {
    Dialogue dialogue = dialogue().build();
    assertThat(Dialogue.copyOf(dialogue)).isSameAs(dialogue);
    assertThat(dialogue.withOrdinal(3)).isEqualTo(dialogue().ordinal(3).build());
  }
}
