package dev.entente.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every precision, qualifier and open or unknown end of a fuzzy date, said in words. */
class DateWordsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      2024-10-21            | 21 October 2024                   | on 21 October 2024
      2023-11-10~           | about 10 November 2023            | about 10 November 2023
      2024?                 | possibly 2024                     | possibly in 2024
      2024-10%              | possibly about October 2024       | possibly about October 2024
      2024-10               | October 2024                      | in October 2024
      2024-23               | autumn 2024                       | in autumn 2024
      2024-24               | winter 2024-2025                  | in winter 2024-2025
      2025-33               | first quarter of 2025             | in the first quarter of 2025
      2025-36               | fourth quarter of 2025            | in the fourth quarter of 2025
      2025-37               | January to April 2025             | between January and April 2025
      2025-40               | first half of 2025                | in the first half of 2025
      2025-41?              | possibly second half of 2025      | possibly in the second half of 2025
      2024-XX               | 2024                              | in 2024
      201X                  | the 2010s                         | in the 2010s
      000X                  | the years 1 to 9                  | in the years 1 to 9
      20XX                  | the years 2000 to 2099            | in the years 2000 to 2099
      2024-10-22/2024-10-31 | 22 to 31 October 2024             | from 22 to 31 October 2024
      2024-10-22/2024-11-02 | 22 October 2024 to 2 November 2024 | from 22 October 2024 to 2 November 2024
      2024-10/2025          | October 2024 to 2025              | from October 2024 to 2025
      2004-06~/2004-06-11?  | about June 2004 to possibly 11 June 2004 | from about June 2004 to possibly 11 June 2004
      ../2024-02-01         | no later than 1 February 2024     | no later than 1 February 2024
      2023-02-03/..         | from 3 February 2023 on           | from 3 February 2023 on
      /2025                 | from an unknown date to 2025      | from an unknown date to 2025
      2024/                 | from 2024 to an unknown date      | from 2024 to an unknown date
      """)
  void saysEachKindOfTimeInProseWithItsQualifier(String edtf, String alone, String afterAVerb) {
    FuzzyDate time = FuzzyDate.parse(edtf);
    assertThat(DateWords.when(time)).isEqualTo(alone);
    assertThat(DateWords.on(time)).isEqualTo(afterAVerb);
  }

  @Test
  void refusesNoTimeWithItsName() {
    assertThatThrownBy(() -> DateWords.when(null)).hasMessage("time");
  }
}
