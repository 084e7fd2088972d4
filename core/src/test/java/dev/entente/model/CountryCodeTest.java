package dev.entente.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CountryCodeTest {

  @Test
  void alpha2AndAlpha3GiveTheSameInstance() {
    for (CountryCode code : CountryCode.available()) {
      if (!code.isWithdrawn()) {
        assertThat(CountryCode.of(code.alpha2())).as("alpha-2 %s", code.alpha2()).isSameAs(code);
        assertThat(CountryCode.of(code.alpha3())).as("alpha-3 %s", code.alpha3()).isSameAs(code);
      }
    }
    assertThat(CountryCode.of("KR")).isSameAs(CountryCode.of("KOR"));
    assertThat(CountryCode.of("KR")).isEqualTo(CountryCode.of("KOR"));
    assertThat(CountryCode.of("KR")).hasSameHashCodeAs(CountryCode.of("KOR"));
  }

  @ParameterizedTest
  @CsvSource({
    "KR, KOR, 410, 'Korea, Republic of'",
    "GB, GBR, 826, United Kingdom of Great Britain and Northern Ireland",
    "KP, PRK, 408, 'Korea, Democratic People''s Republic of'",
    "RU, RUS, 643, Russian Federation",
    "CN, CHN, 156, China",
    "UA, UKR, 804, Ukraine",
    "US, USA, 840, United States of America",
    "AU, AUS, 036, Australia",
    "CA, CAN, 124, Canada",
    "NZ, NZL, 554, New Zealand",
  })
  void knownCountriesHaveTheirIsoCodesAndNames(
      String alpha2, String alpha3, String numeric, String name) {
    CountryCode code = CountryCode.of(alpha2);

    assertThat(code.alpha2()).isEqualTo(alpha2);
    assertThat(code.alpha3()).isEqualTo(alpha3);
    assertThat(code.numeric()).contains(numeric);
    assertThat(code.name()).isEqualTo(name);
    assertThat(code.isWithdrawn()).isFalse();
    assertThat(code.isUserAssigned()).isFalse();
    assertThat(code.validFrom()).isEmpty();
    assertThat(code.validUntil()).isEmpty();
    assertThat(code.successors()).isEmpty();
    assertThat(code).hasToString(alpha2);
  }

  @Test
  void withdrawnCodesAreAcceptedAndMarked() {
    CountryCode ussr = CountryCode.of("SU");
    assertThat(ussr.isWithdrawn()).isTrue();
    assertThat(ussr.alpha3()).isEqualTo("SUN");
    assertThat(ussr.validFrom()).contains(Year.of(1974));
    assertThat(ussr.validUntil()).contains(Year.of(1992));
    assertThat(ussr.successors()).contains(CountryCode.of("RU"), CountryCode.of("UA"));

    CountryCode yugoslavia = CountryCode.of("YU");
    assertThat(yugoslavia.isWithdrawn()).isTrue();
    assertThat(yugoslavia.alpha3()).isEqualTo("YUG");
    assertThat(yugoslavia.successors()).containsExactly(CountryCode.of("SCG"));

    CountryCode gdr = CountryCode.of("DD");
    assertThat(gdr.isWithdrawn()).isTrue();
    assertThat(gdr).isSameAs(CountryCode.of("DDR"));
    assertThat(gdr.name()).isEqualTo("German Democratic Republic");
    assertThat(gdr.successors()).containsExactly(CountryCode.of("DE"));
  }

  @ParameterizedTest
  @CsvSource({
    "AN, ANT", "BU, BUR", "TP, TMP", "ZR, ZAR", "YD, YMD", "SU, SUN", "YU, YUG", "DD, DDR"
  })
  void withdrawnCodesResolveByEitherCode(String alpha2, String alpha3) {
    assertThat(CountryCode.of(alpha2)).isSameAs(CountryCode.of(alpha3));
    assertThat(CountryCode.of(alpha2).isWithdrawn()).isTrue();
  }

  @Test
  void alpha2CsIsAmbiguousAndRequiresTheAlpha3Code() {
    assertThatThrownBy(() -> CountryCode.of("CS"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"CS\" is ambiguous")
        .hasMessageContaining("CSK")
        .hasMessageContaining("SCG")
        .hasMessageContaining("use the alpha-3 code")
        .hasNoCause();

    CountryCode czechoslovakia = CountryCode.of("CSK");
    CountryCode serbiaAndMontenegro = CountryCode.of("SCG");
    assertThat(czechoslovakia.alpha2()).isEqualTo("CS");
    assertThat(serbiaAndMontenegro.alpha2()).isEqualTo("CS");
    assertThat(czechoslovakia).isNotEqualTo(serbiaAndMontenegro);
    assertThat(czechoslovakia).hasToString("CSK");
    assertThat(serbiaAndMontenegro).hasToString("SCG");
    assertThat(serbiaAndMontenegro.validFrom()).contains(Year.of(2003));
    assertThat(serbiaAndMontenegro.validUntil()).contains(Year.of(2006));
  }

  @Test
  void aCurrentCountryWinsACodeThatAWithdrawnEntryOnceHad() {
    CountryCode belarus = CountryCode.of("BY");
    CountryCode byelorussianSsr = CountryCode.of("BYS");

    assertThat(belarus.alpha3()).isEqualTo("BLR");
    assertThat(belarus.isWithdrawn()).isFalse();
    assertThat(byelorussianSsr.alpha2()).isEqualTo("BY");
    assertThat(byelorussianSsr.isWithdrawn()).isTrue();
    assertThat(byelorussianSsr).hasToString("BYS");
    assertThat(CountryCode.of("ATF").alpha2()).isEqualTo("TF");
    assertThat(CountryCode.of("FQ").alpha3()).isEqualTo("ATF");
    assertThat(CountryCode.of("FQ")).hasToString("FQ");
  }

  @ParameterizedTest
  @ValueSource(strings = {"XK", "XKX", "AA", "AAA", "QM", "QZ", "QMA", "ZZ", "ZZZ", "XA"})
  void userAssignedCodesAreRejectedByOfWithAWayToOptIn(String code) {
    assertThatThrownBy(() -> CountryCode.of(code))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"" + code + "\"")
        .hasMessageContaining("user-assigned")
        .hasMessageContaining("CountryCode.ofUserAssigned(")
        .hasNoCause();
  }

  @Test
  void userAssignedCodesAreAcceptedByTheExplicitOptIn() {
    CountryCode kosovo = CountryCode.ofUserAssigned("XK", "XKX", "Kosovo");

    assertThat(kosovo.isUserAssigned()).isTrue();
    assertThat(kosovo.isWithdrawn()).isFalse();
    assertThat(kosovo.alpha2()).isEqualTo("XK");
    assertThat(kosovo.alpha3()).isEqualTo("XKX");
    assertThat(kosovo.name()).isEqualTo("Kosovo");
    assertThat(kosovo.numeric()).isEmpty();
    assertThat(kosovo).hasToString("XK");
    assertThat(kosovo).isEqualTo(CountryCode.ofUserAssigned("XK", "XKX", "Kosovo"));
    assertThat(kosovo).isNotEqualTo(CountryCode.ofUserAssigned("XK", "XKX", "Somewhere else"));
    assertThat(CountryCode.available()).doesNotContain(kosovo);
  }

  @Test
  void theOptInRejectsIsoCodesAndBlankNames() {
    assertThatThrownBy(() -> CountryCode.ofUserAssigned("KR", "XKX", "Kosovo"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"KR\" is not a user-assigned alpha-2 code");
    assertThatThrownBy(() -> CountryCode.ofUserAssigned("XK", "KOR", "Kosovo"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"KOR\" is not a user-assigned alpha-3 code");
    assertThatThrownBy(() -> CountryCode.ofUserAssigned("xk", "XKX", "Kosovo"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("use upper case: XK");
    assertThatThrownBy(() -> CountryCode.ofUserAssigned("XK", "XKX", " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("blank");
  }

  @ParameterizedTest
  @ValueSource(strings = {"ZQ", "ZQZ", "EU", "UK", "OO"})
  void unknownCodesAreRejectedNamingTheValue(String code) {
    assertThatThrownBy(() -> CountryCode.of(code))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("\"" + code + "\" is not an ISO 3166-1 country code")
        .hasNoCause();
  }

  @ParameterizedTest
  @CsvSource({"kr, KR", "Kor, KOR", "gB, GB"})
  void lowerCaseCodesAreRejectedWithTheUpperCaseToUse(String code, String upper) {
    assertThatThrownBy(() -> CountryCode.of(code))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"" + code + "\"")
        .hasMessageContaining("use upper case: " + upper)
        .hasNoCause();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "K", "KORE", "K1", "K R", "\u00c5X"})
  void malformedCodesAreRejectedNamingTheValue(String code) {
    assertThatThrownBy(() -> CountryCode.of(code))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("\"" + code + "\" is not an ISO 3166-1 country code")
        .hasNoCause();
  }

  @Test
  void controlCharactersAndLongValuesAreEscapedInMessages() {
    assertThatThrownBy(() -> CountryCode.of("K\nR"))
        .hasMessageStartingWith("\"K\\u000aR\"");
    assertThatThrownBy(() -> CountryCode.of("X".repeat(1000)))
        .hasMessageStartingWith("\"" + "X".repeat(40) + "...\"");
  }

  @Test
  void parseIsOfForAnyCharSequence() {
    assertThat(CountryCode.parse(new StringBuilder("NZL"))).isSameAs(CountryCode.of("NZ"));
  }

  @Test
  void thereAre249CurrentCodes() {
    Set<CountryCode> current =
        CountryCode.available().stream()
            .filter(c -> !c.isWithdrawn())
            .collect(Collectors.toSet());

    assertThat(current).hasSize(249);
    assertThat(current).allSatisfy(c -> assertThat(c.numeric()).isPresent());
  }

  @Test
  void everyAvailableCodeRoundTripsThroughToStringAndOf() {
    assertThat(CountryCode.available()).isNotEmpty();
    for (CountryCode code : CountryCode.available()) {
      assertThat(CountryCode.of(code.toString())).as(code.toString()).isSameAs(code);
    }
  }

  @Test
  void availableHoldsIsoCodesOnlyAndCannotBeModified() {
    assertThat(CountryCode.available()).noneMatch(CountryCode::isUserAssigned);
    assertThat(CountryCode.available())
        .filteredOn(CountryCode::isWithdrawn)
        .allSatisfy(c -> assertThat(c.validUntil()).isPresent());
    assertThatThrownBy(() -> CountryCode.available().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void theResourceHasNoDuplicates() throws IOException {
    List<String[]> rows = new ArrayList<>();
    try (InputStream in = CountryCode.class.getResourceAsStream("iso3166-1.tsv")) {
      assertThat(in).as("resource iso3166-1.tsv").isNotNull();
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      reader.lines()
          .filter(line -> !line.isEmpty() && !line.startsWith("#"))
          .skip(1) // column header
          .forEach(line -> rows.add(line.split("\t", -1)));
    }

    Set<String> pairs = new HashSet<>();
    Set<String> currentAlpha2 = new HashSet<>();
    Set<String> currentAlpha3 = new HashSet<>();
    Set<String> currentNumeric = new HashSet<>();
    Set<String> withdrawnAlpha3 = new HashSet<>();
    for (String[] row : rows) {
      assertThat(row).hasSize(7);
      assertThat(pairs.add(row[0] + "/" + row[1])).as("pair %s/%s", row[0], row[1]).isTrue();
      if (row[4].equals("current")) {
        assertThat(currentAlpha2.add(row[0])).as("current alpha-2 %s", row[0]).isTrue();
        assertThat(currentAlpha3.add(row[1])).as("current alpha-3 %s", row[1]).isTrue();
        assertThat(currentNumeric.add(row[2])).as("current numeric %s", row[2]).isTrue();
      } else {
        assertThat(withdrawnAlpha3.add(row[1])).as("withdrawn alpha-3 %s", row[1]).isTrue();
      }
    }
    assertThat(currentAlpha2).hasSize(249);
    assertThat(CountryCode.available()).hasSize(rows.size());
  }

  @Test
  void nullIsRejected() {
    assertThatThrownBy(() -> CountryCode.of(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> CountryCode.parse(null)).isInstanceOf(NullPointerException.class);
  }
}
