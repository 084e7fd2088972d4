package dev.entente.testing.time;

import static org.assertj.core.api.Assertions.assertThat;

import dev.entente.testing.generators.ModelArbitraries;
import dev.entente.time.FuzzyDate;
import dev.entente.time.RelativeTime;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Relative wordings resolved against the values of {@link ModelArbitraries#fuzzyDates()}. */
class RelativeTimePropertiesTest {

  @Provide
  Arbitrary<FuzzyDate> boundedReference() {
    return ModelArbitraries.fuzzyDates()
        .filter(d -> !d.isOpenStart() && !d.isOpenEnd() && !d.isUnknownStart() && !d.isUnknownEnd())
        .filter(d -> d.earliest().getYear() > 1 && d.latest().getYear() < 9998);
  }

  @Property
  void todaySpansExactlyTheDaysOfTheReference(@ForAll("boundedReference") FuzzyDate reference) {
    FuzzyDate today = RelativeTime.resolve("today", reference).value();
    assertThat(today.earliest()).isEqualTo(reference.earliest());
    assertThat(today.latest()).isEqualTo(reference.latest());
    assertThat(today.qualifier()).isEqualTo(reference.qualifier());
  }

  @Property
  void yesterdayIsOneDayEarlierThanToday(@ForAll("boundedReference") FuzzyDate reference) {
    FuzzyDate yesterday = RelativeTime.resolve("the previous day", reference).value();
    assertThat(yesterday.earliest()).isEqualTo(reference.earliest().minusDays(1));
    assertThat(yesterday.latest()).isEqualTo(reference.latest().minusDays(1));
  }

  @Property
  void theDayOfMonthIsNeverAfterTheReference(@ForAll("boundedReference") FuzzyDate reference) {
    FuzzyDate value = RelativeTime.resolve("the 31st", reference).value();
    assertThat(value.latest()).isBeforeOrEqualTo(reference.latest());
    assertThat(value.earliest().getDayOfMonth()).isEqualTo(31);
    assertThat(value.latest().getDayOfMonth()).isEqualTo(31);
  }

  @Property
  void nextYearCoversTheYearsAfterTheReference(@ForAll("boundedReference") FuzzyDate reference) {
    FuzzyDate value = RelativeTime.resolve("next year", reference).value();
    assertThat(value.earliest().getYear()).isEqualTo(reference.earliest().getYear() + 1);
    assertThat(value.latest().getYear()).isEqualTo(reference.latest().getYear() + 1);
  }
}
