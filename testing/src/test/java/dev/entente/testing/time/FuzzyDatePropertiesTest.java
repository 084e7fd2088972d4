package dev.entente.testing.time;

import static org.assertj.core.api.Assertions.assertThat;

import dev.entente.testing.generators.ModelArbitraries;
import dev.entente.time.FuzzyDate;
import dev.entente.time.Precision;
import dev.entente.time.Qualifier;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The laws of {@link FuzzyDate}, on the values of the one public generator, {@link
 * ModelArbitraries#fuzzyDates()} (here rather than in core, which cannot depend on
 * entente-testing).
 */
class FuzzyDatePropertiesTest {

  @Provide
  Arbitrary<FuzzyDate> anyDate() {
    return ModelArbitraries.fuzzyDates();
  }

  @Provide
  Arbitrary<FuzzyDate> singleDate() {
    return ModelArbitraries.fuzzyDates().filter(d -> !d.isInterval());
  }

  @Provide
  Arbitrary<FuzzyDate> interval() {
    return ModelArbitraries.fuzzyDates().filter(FuzzyDate::isInterval);
  }

  @Property
  void parsingTheTextGivesBackTheSameValue(@ForAll("anyDate") FuzzyDate date) {
    FuzzyDate parsed = FuzzyDate.parse(date.toString());
    assertThat(parsed).isEqualTo(date).hasSameHashCodeAs(date);
    assertThat(parsed.toString()).isEqualTo(date.toString());
    assertThat(parsed.earliest()).isEqualTo(date.earliest());
    assertThat(parsed.latest()).isEqualTo(date.latest());
    assertThat(parsed.precision()).isEqualTo(date.precision());
    assertThat(parsed.qualifier()).isEqualTo(date.qualifier());
  }

  @Property
  void earliestIsNeverAfterLatest(@ForAll("anyDate") FuzzyDate date) {
    assertThat(date.earliest()).isBeforeOrEqualTo(date.latest());
    assertThat(date.contains(date.earliest())).isTrue();
    assertThat(date.contains(date.latest())).isTrue();
  }

  @Property
  void intervalSpansFromStartsEarliestToEndsLatest(@ForAll("interval") FuzzyDate interval) {
    assertThat(interval.isInterval()).isTrue();
    assertThat(interval.earliest())
        .isEqualTo(interval.start().map(FuzzyDate::earliest).orElse(FuzzyDate.MIN_DAY));
    assertThat(interval.latest())
        .isEqualTo(interval.end().map(FuzzyDate::latest).orElse(FuzzyDate.MAX_DAY));
  }

  @Property
  void qualifierNeverChangesTheBounds(
      @ForAll("anyDate") FuzzyDate date, @ForAll Qualifier qualifier) {
    FuzzyDate qualified = date.withQualifier(qualifier);
    assertThat(qualified.qualifier()).isEqualTo(qualifier);
    assertThat(qualified.earliest()).isEqualTo(date.earliest());
    assertThat(qualified.latest()).isEqualTo(date.latest());
  }

  @Property
  void orderIsConsistentWithEquals(@ForAll("anyDate") FuzzyDate a, @ForAll("anyDate") FuzzyDate b) {
    assertThat(a.compareTo(b) == 0).isEqualTo(a.equals(b));
    assertThat(Integer.signum(a.compareTo(b))).isEqualTo(-Integer.signum(b.compareTo(a)));
    assertThat(a.compareTo(a)).isZero();
  }

  @Property
  void singleDateIsOneDayExactlyWhenItHasDayPrecision(@ForAll("singleDate") FuzzyDate date) {
    assertThat(date.toLocalDate().isPresent()).isEqualTo(date.precision() == Precision.DAY);
  }

  @Property
  void certainlyBeforeMeansNoCommonDay(@ForAll("anyDate") FuzzyDate a, @ForAll("anyDate") FuzzyDate b) {
    if (a.isCertainlyBefore(b)) {
      assertThat(b.isCertainlyAfter(a)).isTrue();
      assertThat(a.mayOverlap(b)).isFalse();
      assertThat(b.contains(a.latest())).isFalse();
    }
  }
}
