package dev.entente.examples.usrok2023;

import dev.entente.model.Ref;
import dev.entente.model.Source;
import dev.entente.model.SourceKind;
import dev.entente.time.FuzzyDate;
import java.net.URI;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * The sources of the US-ROK dossier. No stored copy of the White House's own pages was found:
 * the three documents are read in copies (the Korea Herald's full text of the Declaration, two
 * sites' copies of the joint statement and the fact sheet). The White House's list of its
 * releases, as Mondaq reprinted it, gave the joint statement another title ("Joint Leaders'
 * Statement ..."); that copy could not be found again, so the other title is left out.
 */
final class Sources {

  private Sources() {}

  /** The Korea Herald's full text of the Washington Declaration. */
  static final Ref<Source> KOREA_HERALD = Ref.of("korea-herald-2023-04-27");
  /** The Office of the President of the ROK, Briefing Room, 27 April 2023. */
  static final Ref<Source> ROK_OFFICE = Ref.of("rok-president-briefing-2023-04-27");
  /** A copy of the text of the Leaders' Joint Statement. */
  static final Ref<Source> JOINT_STATEMENT_TEXT = Ref.of("tabloidpodium-joint-statement");
  /** A copy of the text of the White House fact sheet. */
  static final Ref<Source> FACT_SHEET_TEXT = Ref.of("wevery-fact-sheet");
  /** The FDD's policy brief of 28 April 2023. */
  static final Ref<Source> FDD = Ref.of("fdd-2023-04-28");
  /** Yonhap's report from Boston, 29 April 2023 (Seoul time). */
  static final Ref<Source> YONHAP_BOSTON = Ref.of("yonhap-2023-04-29");
  /** KBS World's report on Kagan's briefing, 27 April 2023. */
  static final Ref<Source> KBS_WORLD = Ref.of("kbs-world-2023-04-27");
  /** Pressian, 28 April 2023, citing a KBS report. */
  static final Ref<Source> PRESSIAN = Ref.of("pressian-2023-04-28");
  /** A Kyunghyang Shinmun article, read in a copy. */
  static final Ref<Source> KYUNGHYANG = Ref.of("kyunghyang-032-0003220267");
  /** The Epoch Times on Kagan's remarks, citing Yonhap. */
  static final Ref<Source> EPOCH_TIMES = Ref.of("epoch-times-2023-04-29");

  /** Every source, in the order the dossier lists them. */
  static List<Source> all() {
    return List.of(
        Source.builder().id(KOREA_HERALD.id()).kind(SourceKind.STATEMENT_TEXT)
            .title("Full text of Washington Declaration")
            .publisher("The Korea Herald")
            .published(FuzzyDate.parse("2023-04-27"))
            .publishedAt(ZonedDateTime.parse("2023-04-27T03:45+09:00[Asia/Seoul]"))
            .url(URI.create("https://www.koreaherald.com/view.php?ud=20230427000023&np=9&mp=1"))
            .language("en").build(),
        Source.builder().id(ROK_OFFICE.id()).kind(SourceKind.PRESS_RELEASE)
            .title("Korea and the U.S. adopt joint declaration, form Nuclear Consultative Group")
            .publisher("Office of the President of the Republic of Korea")
            .published(FuzzyDate.parse("2023-04-27"))
            .url(URI.create("https://eng.president.go.kr/briefing/Sf7k2w7Q"))
            .language("en").build(),
        Source.builder().id(JOINT_STATEMENT_TEXT.id()).kind(SourceKind.STATEMENT_TEXT)
            .publisher("tabloidpodium.com")
            .url(URI.create("https://tabloidpodium.com/leaders-joint-statement-in-commemoration-"
                + "of-the-70th-anniversary-of-the-alliance-between-the-united-states-of-america-"
                + "and-the-republic-of-korea/"))
            .note("A copy of the White House text; the copy shows no date.")
            .language("en").build(),
        Source.builder().id(FACT_SHEET_TEXT.id()).kind(SourceKind.STATEMENT_TEXT)
            .publisher("wevery.online")
            .url(URI.create("https://wevery.online/cruise/korea-president-visit-us"))
            .note("A copy of the White House text, headed \"The White House 1600 Pennsylvania"
                + " Ave NW Washington, DC 20500\".")
            .language("en").build(),
        Source.builder().id(FDD.id()).kind(SourceKind.OTHER)
            .publisher("Foundation for Defense of Democracies (FDD)")
            .published(FuzzyDate.parse("2023-04-28"))
            .url(URI.create("https://www.fdd.org/analysis/2023/04/28/washington-declaration-"
                + "shores-up-us-security-commitments-to-south-korea/"))
            .note("A policy brief.")
            .language("en").build(),
        Source.builder().id(YONHAP_BOSTON.id()).kind(SourceKind.NEWS_ARTICLE)
            .title("Presidential office urges against 'obsessing' over use of term 'nuclear"
                + " sharing'")
            .publisher("Yonhap News Agency")
            .addAuthors("Lee Haye-ah")
            .published(FuzzyDate.parse("2023-04-29"))
            .publishedAt(ZonedDateTime.parse("2023-04-29T03:43+09:00[Asia/Seoul]"))
            .url(URI.create("https://en.yna.co.kr/view/AEN20230429000200315?section="
                + "national/diplomacy"))
            .note("Datelined BOSTON, April 28.")
            .language("en").build(),
        Source.builder().id(KBS_WORLD.id()).kind(SourceKind.NEWS_ARTICLE)
            .publisher("KBS World")
            .published(FuzzyDate.parse("2023-04-27"))
            .url(URI.create("http://world.kbs.co.kr/service/news_view.htm?lang=e&Seq_Code=177470"))
            .language("en").build(),
        Source.builder().id(PRESSIAN.id()).kind(SourceKind.NEWS_ARTICLE)
            .publisher("Pressian")
            .published(FuzzyDate.parse("2023-04-28"))
            .url(URI.create("https://pressian.com/pages/articles/2023042810211634670"))
            .language("ko").build(),
        Source.builder().id(KYUNGHYANG.id()).kind(SourceKind.NEWS_ARTICLE)
            .publisher("Kyunghyang Shinmun, via Naver News")
            .url(URI.create("https://amp.adop.cc/view/82cook/amp.php?d=3638041"))
            .note("A forum's copy of the Naver News article"
                + " https://n.news.naver.com/article/032/0003220267.")
            .language("ko").build(),
        Source.builder().id(EPOCH_TIMES.id()).kind(SourceKind.NEWS_ARTICLE)
            .publisher("The Epoch Times, via am1.news")
            .published(FuzzyDate.parse("2023-04-29"))
            .url(URI.create("https://am1.news/usconservative/topic/theepochtimes/6-slug-nuclear-"
                + "sharing-not-part-of-washington-declaration-with-south-korea-us-official"))
            .language("en").build());
  }
}
