package dev.entente.time;

import java.time.Month;

/**
 * A meteorological season of the northern hemisphere, as written in EDTF level 1.
 *
 * <table>
 *   <caption>Seasons, their EDTF codes and months</caption>
 *   <tr><th>Season</th><th>Code</th><th>Months</th><th>Example</th></tr>
 *   <tr><td>{@link #SPRING}</td><td>21</td><td>March to May</td><td>{@code 2025-21}</td></tr>
 *   <tr><td>{@link #SUMMER}</td><td>22</td><td>June to August</td><td>{@code 2025-22}</td></tr>
 *   <tr><td>{@link #AUTUMN}</td><td>23</td><td>September to November</td>
 *       <td>{@code 2025-23}</td></tr>
 *   <tr><td>{@link #WINTER}</td><td>24</td>
 *       <td>December of the year to the end of February of the next</td>
 *       <td>{@code 2025-24}</td></tr>
 * </table>
 *
 * <p>{@code FuzzyDate.ofSeason(2025, Season.SPRING).toString()} is {@code "2025-21"}.
 */
public enum Season {
  /** Spring: March to May. EDTF code 21. */
  SPRING(21, Month.MARCH),
  /** Summer: June to August. EDTF code 22. */
  SUMMER(22, Month.JUNE),
  /** Autumn (fall): September to November. EDTF code 23. */
  AUTUMN(23, Month.SEPTEMBER),
  /** Winter: December of the year to the end of February of the next year. EDTF code 24. */
  WINTER(24, Month.DECEMBER);

  private final int code;
  private final Month firstMonth;

  Season(int code, Month firstMonth) {
    this.code = code;
    this.firstMonth = firstMonth;
  }

  /**
   * The EDTF code of this season, written in place of the month.
   *
   * <p>{@code Season.WINTER.code()} is {@code 24}.
   *
   * @return 21 to 24
   */
  public int code() {
    return code;
  }

  /**
   * The first month of this season.
   *
   * <p>{@code Season.WINTER.firstMonth()} is {@link Month#DECEMBER}: winter 2025 starts in
   * December 2025.
   *
   * @return the month the season starts in, in the season's own year
   */
  public Month firstMonth() {
    return firstMonth;
  }
}
