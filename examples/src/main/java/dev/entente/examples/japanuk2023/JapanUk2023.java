package dev.entente.examples.japanuk2023;

import dev.entente.model.Actor;
import dev.entente.model.ConditionKind;
import dev.entente.model.Confirmation;
import dev.entente.model.CountryCode;
import dev.entente.model.Dossier;
import dev.entente.model.Engagement;
import dev.entente.model.EntryCondition;
import dev.entente.model.Evidence;
import dev.entente.model.Instrument;
import dev.entente.model.InstrumentKind;
import dev.entente.model.InstrumentStatus;
import dev.entente.model.InstrumentStep;
import dev.entente.model.Meeting;
import dev.entente.model.MeetingKind;
import dev.entente.model.NameOrder;
import dev.entente.model.Office;
import dev.entente.model.OfficeKind;
import dev.entente.model.Participant;
import dev.entente.model.Person;
import dev.entente.model.PersonName;
import dev.entente.model.Ref;
import dev.entente.model.Signatory;
import dev.entente.model.Source;
import dev.entente.model.SourceKind;
import dev.entente.model.State;
import dev.entente.model.Tenure;
import dev.entente.model.Term;
import dev.entente.model.Topics;
import dev.entente.model.Venue;
import dev.entente.time.FuzzyDate;
import java.net.URI;
import java.time.ZonedDateTime;

/**
 * The Japan-UK Reciprocal Access Agreement, from the agreement in principle of May 2022 to its
 * entry into force on 15 October 2023, as the Japanese Ministry of Foreign Affairs, the House of
 * Councillors, 10 Downing Street, NHK and the press give it.
 *
 * <p>The agreement is an {@link Instrument} of kind {@link InstrumentKind#TREATY} ("Agreement
 * between Japan and the United Kingdom ..."), about {@linkplain Topics#DEFENCE defence}. It was
 * signed by the two prime ministers, each for his country, at their summit at the Tower of London
 * on 11 January 2023: a {@link Meeting} of kind {@link MeetingKind#SUMMIT} (the ministry calls it
 * a summit meeting, 日英首脳会談, and the signing was one part of it), named as the instrument's
 * {@linkplain Instrument#signing() signing}.
 *
 * <p>Its history, one {@link InstrumentStep} after another:
 *
 * <ol>
 *   <li>May 2022, the agreement "in principle" between Kishida and Johnson. The state machine has
 *       no status for an agreement in principle; {@link InstrumentStatus#NEGOTIATED} is the
 *       nearest, with the sources' words ("大筋合意", "in principle") kept as its wording, though
 *       the two governments still spoke of "consultation toward an early signature" in November
 *       2022. The sources disagree twice over this step, and each account is kept as an
 *       {@linkplain InstrumentStep#alternatives() alternative}: Jiji Press and The Japan Times
 *       date the accord 4 May, gov.uk, the Nikkei and the Government of Japan's own account 5 May
 *       (most likely the eve announcement and the meeting day, but the sources say no such
 *       thing); and a business magazine says Johnson <em>signed</em> the agreement then (though
 *       it calls it an agreement "in principle" a few lines on), a third account, of status
 *       {@link InstrumentStatus#SIGNED}, dated May 2022.</li>
 *   <li>11 January 2023, signed; the Japanese Wikipedia dates the signing 12 January, an
 *       alternative account with the same status and another date.</li>
 *   <li>28 April 2023, approved by the Diet: {@link InstrumentStatus#RATIFIED} by Japan.</li>
 *   <li>By 15 September 2023, {@link InstrumentStatus#RATIFIED} by the United Kingdom: NHK says
 *       only that "the UK's domestic procedures were completed" by then. No laying date, Command
 *       Paper or parliament.uk treaty record was found, so the step is dated "on or before 15
 *       September 2023" and marked {@link Confirmation#REPORTED}.</li>
 *   <li>15 October 2023, in force.</li>
 * </ol>
 *
 * <p>Its entry into force waited for an exchange of diplomatic notes, made in London on 15
 * September 2023: an {@link EntryCondition} of kind {@link ConditionKind#NOTIFICATION}, in the
 * ministry's words, since the agreement's own entry-into-force article was not found. The model
 * keeps no date of the exchange apart from the condition's evidence, and no step status stands
 * for it.
 *
 * <p>Left out because not found: the agreement's text (no {@link Instrument#text()}), any
 * witness of the signing (the Governor and the Constable of the Tower were there to welcome the
 * leaders, not recorded as witnesses), any initialling, the officials who exchanged the notes,
 * and the start of formal negotiations, announced on 28 September 2021, for which the state
 * machine has no status.
 * The sources also disagree whether the leaders signed before or after their talks; the model
 * has no member for that order.
 *
 * <p>The sources give no start of either prime minister's term: each tenure starts "on or before
 * 11 January 2023" ({@code ../2023-01-11}), which the signing shows.
 *
 * <p>Every evidence quotes its source, and the passages are kept as excerpts beside the examples'
 * tests, which check each quote against them. Three texts read for the first version could not be
 * found again and are left out with the readings they carried: a House of Lords speech and a
 * commentary that called the May 2022 step a signing (the business magazine stands for that
 * reading now), and a blog's copy of a ministry summary (the Government of Japan's own page on the
 * May 2022 meeting stands for it). Typed: the parties, signatories and their offices, the summit
 * (kind, date, start, venue, participants), each step's status, party, date and confirmation, the
 * condition's kind. Free text: the steps' wordings ("大筋合意", "承認"), the condition's wording
 * and the notes, which are the sources' words or remarks on them, not facts the model reasons on.
 */
public final class JapanUk2023 {

  private JapanUk2023() {}

  /** Japan. */
  public static final Ref<Actor> JAPAN = Ref.of("jpn");
  /** The United Kingdom. */
  public static final Ref<Actor> UK = Ref.of("gbr");
  /** Kishida Fumio. */
  public static final Ref<Person> KISHIDA = Ref.of("kishida");
  /** Rishi Sunak. */
  public static final Ref<Person> SUNAK = Ref.of("sunak");
  /** The Prime Minister of Japan. */
  public static final Ref<Office> JP_PM = Ref.of("jp-pm");
  /** The Prime Minister of the United Kingdom. */
  public static final Ref<Office> UK_PM = Ref.of("uk-pm");
  /** The Kishida-Sunak summit at the Tower of London, 11 January 2023. */
  public static final Ref<Engagement> SUMMIT = Ref.of("kishida-sunak-2023-01-11");
  /** The Reciprocal Access Agreement. */
  public static final Ref<Instrument> RAA = Ref.of("japan-uk-raa");
  /** The Japanese Ministry of Foreign Affairs' release of 15 September 2023. */
  public static final Ref<Source> MOFA_NOTES = Ref.of("mofa-2023-09-15");
  /** Leaders' report of May 2022, which says Johnson signed the agreement then. */
  public static final Ref<Source> LEADERS_GB = Ref.of("leadersgb-2022-05");

  private static final Ref<Source> SANGIIN = Ref.of("sangiin-211-treaty-2");
  private static final Ref<Source> READOUT = Ref.of("downing-street-readout-2023-01-11");
  private static final Ref<Source> JAPAN_NEWS = Ref.of("japan-news-2023-01-12");
  private static final Ref<Source> MOFA_SUMMIT = Ref.of("mofa-summit-2023-01-11");
  private static final Ref<Source> GOV_UK_2022 = Ref.of("gov-uk-2022-05-05");
  private static final Ref<Source> JAPAN_TIMES_2022 = Ref.of("japan-times-2022-05-05");
  private static final Ref<Source> JIJI_2022 = Ref.of("jiji-2022-05-04");
  private static final Ref<Source> NIKKEI_2022 = Ref.of("nikkei-2022-05-05");
  private static final Ref<Source> GOV_ONLINE = Ref.of("gov-online-2022-05");
  private static final Ref<Source> WIKIPEDIA = Ref.of("ja-wikipedia-raa");
  private static final Ref<Source> NHK_DIET = Ref.of("nhk-2023-04-28");
  private static final Ref<Source> NHK_NOTES = Ref.of("nhk-2023-09-15");
  private static final Ref<Source> MOFA_NOTES_JA = Ref.of("mofa-2023-09-15-ja");
  private static final Ref<Source> JAPAN_TIMES_2023 = Ref.of("japan-times-2023-11-08");
  private static final FuzzyDate SIGNED = FuzzyDate.parse("2023-01-11");
  private static final Term BY_THE_SIGNING = Term.from(FuzzyDate.parse("../2023-01-11"));

  /** The whole record, as one dossier. */
  public static Dossier dossier() {
    Evidence readout = Evidence.quoting(READOUT, "Prime Minister Rishi Sunak hosted the Prime"
        + " Minister of Japan, Fumio Kishida, at the Tower of London yesterday.");
    return Dossier.builder()
        .id("japan-uk-raa-2023")
        .title("The Japan-UK Reciprocal Access Agreement, 2022-2023")
        .addActors(
            State.of(JAPAN.id(), CountryCode.of("JP"), "Japan"),
            State.of(UK.id(), CountryCode.of("GB"), "United Kingdom"),
            Person.builder()
                .id(KISHIDA.id())
                .name("Kishida Fumio")
                .addNames(
                    PersonName.builder().text("KISHIDA Fumio").script("Latn").language("en")
                        .family("KISHIDA").given("Fumio").order(NameOrder.FAMILY_UPPER_GIVEN)
                        .build(),
                    PersonName.builder().text("Fumio Kishida").script("Latn").language("en")
                        .family("Kishida").given("Fumio").order(NameOrder.GIVEN_FAMILY).build(),
                    PersonName.builder().text("岸田文雄").script("Jpan").language("ja")
                        .family("岸田").given("文雄").order(NameOrder.FAMILY_GIVEN).build())
                .addTenures(Tenure.builder().office(JP_PM).term(BY_THE_SIGNING)
                    .addEvidence(readout)
                    .addEvidence(Evidence.quoting(MOFA_SUMMIT, "英国を訪問中の岸田文雄内閣総理大臣"))
                    .build())
                .build(),
            Person.builder()
                .id(SUNAK.id())
                .name("Rishi Sunak")
                .addNames(PersonName.builder().text("Rishi Sunak").script("Latn").language("en")
                    .given("Rishi").family("Sunak").order(NameOrder.GIVEN_FAMILY).build())
                .addTenures(Tenure.builder().office(UK_PM).term(BY_THE_SIGNING)
                    .addEvidence(readout).build())
                .build())
        .addOffices(
            Office.builder().id(JP_PM.id()).title("Prime Minister of Japan")
                .shortTitle("Prime Minister").kind(OfficeKind.HEAD_OF_GOVERNMENT)
                .jurisdiction(JAPAN).build(),
            Office.builder().id(UK_PM.id())
                .title("Prime Minister of the United Kingdom of Great Britain and Northern Ireland")
                .shortTitle("Prime Minister").kind(OfficeKind.HEAD_OF_GOVERNMENT)
                .jurisdiction(UK).build())
        .addEngagements(Meeting.builder()
            .id(SUMMIT.id())
            .kind(MeetingKind.SUMMIT)
            .addSides(JAPAN, UK)
            .host(UK)
            .date(SIGNED)
            .startsAt(ZonedDateTime.parse("2023-01-11T14:17+00:00[Europe/London]"))
            .venue(Venue.builder().country(CountryCode.of("GB")).city("London")
                .building("Tower of London").build())
            .addParticipants(
                Participant.builder().person(KISHIDA).side(JAPAN).addOffice(JP_PM).build(),
                Participant.builder().person(SUNAK).side(UK).addOffice(UK_PM).build())
            .addTopics(Topics.DEFENCE.ref())
            .addEvidence(readout)
            .addEvidence(Evidence.quoting(MOFA_SUMMIT, "現地時間1月11日14時17分(日本時間11日23時17分)から"
                + "計約1時間").withNote("the start, in London time, and the length of the talks"))
            .build())
        .addInstruments(raa())
        .addSources(
            Source.builder().id(MOFA_NOTES.id()).kind(SourceKind.PRESS_RELEASE)
                .title("Exchange of Diplomatic Notes for Entry into Force of Japan-UK Reciprocal"
                    + " Access Agreement")
                .publisher("Ministry of Foreign Affairs of Japan")
                .published(FuzzyDate.parse("2023-09-15"))
                .url(URI.create("https://www.mofa.go.jp/press/release/press4e_003298.html"))
                .language("en").build(),
            Source.builder().id(MOFA_NOTES_JA.id()).kind(SourceKind.STATEMENT_TEXT)
                .publisher("Ministry of Foreign Affairs of Japan, via gov-base.info")
                .published(FuzzyDate.parse("2023-09-15"))
                .url(URI.create("https://gov-base.info/2023/09/16/202462"))
                .note("A copy of the ministry's Japanese release, dated 令和5年9月15日.")
                .language("ja").build(),
            Source.builder().id(SANGIIN.id()).kind(SourceKind.OFFICIAL_WEBSITE)
                .publisher("House of Councillors (参議院)")
                .url(URI.create("https://www.sangiin.go.jp/japanese/joho1/kousei/gian/211/meisai/"
                    + "m211200211002.htm"))
                .note("The bill-information page of the agreement (第211回国会, 条約 提出番号2),"
                    + " as of 令和5年4月28日.")
                .language("ja").build(),
            Source.builder().id(READOUT.id()).kind(SourceKind.STATEMENT_TEXT)
                .publisher("10 Downing Street, via wired-gov.net")
                .published(FuzzyDate.parse("2023-01-12"))
                .url(URI.create("https://www.wired-gov.net/wg/news.nsf/articles/pm+meeting+with+"
                    + "prime+minister+kishida+of+japan+12012023091000?open"))
                .note("The readout says both \"yesterday\" and \"this afternoon\".")
                .language("en").build(),
            Source.builder().id(JAPAN_NEWS.id()).kind(SourceKind.NEWS_ARTICLE)
                .publisher("The Japan News (Yomiuri Shimbun), from Jiji Press")
                .published(FuzzyDate.parse("2023-01-12"))
                .publishedAt(ZonedDateTime.parse("2023-01-12T14:09+09:00[Asia/Tokyo]"))
                .url(URI.create("https://japannews.yomiuri.co.jp/?p=83313"))
                .language("en").build(),
            Source.builder().id(MOFA_SUMMIT.id()).kind(SourceKind.OFFICIAL_WEBSITE)
                .title("日英首脳会談")
                .publisher("Ministry of Foreign Affairs of Japan")
                .url(URI.create("https://www.mofa.go.jp/mofaj/erp/we/gb/page1_001467.html"))
                .language("ja").build(),
            Source.builder().id(GOV_UK_2022.id()).kind(SourceKind.PRESS_RELEASE)
                .title("PM meeting with Japanese Prime Minister Fumio Kishida: 5 May 2022")
                .publisher("GOV.UK")
                .published(FuzzyDate.parse("2022-05-05"))
                .url(URI.create("https://www.gov.uk/government/news/pm-meeting-with-japanese-prime-"
                    + "minister-fumio-kishida-5-may-2022"))
                .language("en").build(),
            Source.builder().id(JAPAN_TIMES_2022.id()).kind(SourceKind.NEWS_ARTICLE)
                .publisher("The Japan Times")
                .published(FuzzyDate.parse("2022-05-05"))
                .url(URI.create("https://www.japantimes.co.jp/news/2022/05/05/national/"
                    + "japan-uk-accord/"))
                .language("en").build(),
            Source.builder().id(JIJI_2022.id()).kind(SourceKind.NEWS_ARTICLE)
                .publisher("Jiji Press, via gate.coron.tech")
                .url(URI.create("https://gate.coron.tech/news/050006202245053628468/"))
                .note("The copy shows no date.")
                .language("ja").build(),
            Source.builder().id(NIKKEI_2022.id()).kind(SourceKind.NEWS_ARTICLE)
                .publisher("Nikkei, via gate.coron.tech")
                .url(URI.create("https://gate.coron.tech/news/060000202215053648915"))
                .note("The copy shows no date.")
                .language("ja").build(),
            Source.builder().id(GOV_ONLINE.id()).kind(SourceKind.OFFICIAL_WEBSITE)
                .title("日英首脳会談及びワーキング・ランチ")
                .publisher("Government of Japan (gov-online.go.jp)")
                .published(FuzzyDate.parse("2022-05"))
                .url(URI.create("https://www.gov-online.go.jp/eng/publicity/book/hlj/html/202205/"
                    + "202205_00_jp.html"))
                .language("ja").build(),
            Source.builder().id(LEADERS_GB.id()).kind(SourceKind.NEWS_ARTICLE)
                .title("UK deepens bilateral ties with Japan with new defensive pact")
                .publisher("Leaders")
                .url(URI.create("https://leadersgb.co.uk/news/uk-deepens-bilateral-ties-with-"
                    + "japan-with-new-defensive-pact"))
                .note("The copy shows no date; it tells of Kishida's visit \"on Thursday\".")
                .language("en").build(),
            Source.builder().id(WIKIPEDIA.id()).kind(SourceKind.REFERENCE_WORK)
                .title("日英円滑化協定")
                .publisher("Wikipedia (Japanese)")
                .url(URI.create("https://ja.wikipedia.org/wiki/"
                    + "%E6%97%A5%E8%8B%B1%E5%86%86%E6%BB%91%E5%8C%96%E5%8D%94%E5%AE%9A"))
                .language("ja").build(),
            Source.builder().id(NHK_DIET.id()).kind(SourceKind.NEWS_ARTICLE)
                .publisher("NHK")
                .published(FuzzyDate.parse("2023-04-28"))
                .url(URI.create("https://www3.nhk.or.jp/news/html/20230428/k10014052531000.html"))
                .language("ja").build(),
            Source.builder().id(NHK_NOTES.id()).kind(SourceKind.NEWS_ARTICLE)
                .publisher("NHK")
                .published(FuzzyDate.parse("2023-09-15"))
                .url(URI.create("https://www3.nhk.or.jp/news/html/20230915/k10014197171000.html"))
                .language("ja").build(),
            Source.builder().id(JAPAN_TIMES_2023.id()).kind(SourceKind.NEWS_ARTICLE)
                .publisher("The Japan Times")
                .published(FuzzyDate.parse("2023-11-08"))
                .url(URI.create("https://japantimes.co.jp/news/2023/11/08/japan/politics/"
                    + "dominguez-japan-britain"))
                .language("en").build())
        .build();
  }

  private static Instrument raa() {
    return Instrument.builder()
        .id(RAA.id())
        .kind(InstrumentKind.TREATY)
        .title("Agreement between Japan and the United Kingdom of Great Britain and Northern"
            + " Ireland concerning the Facilitation of Reciprocal Access and Cooperation between"
            + " the Self-Defense Forces of Japan and the Armed Forces of the United Kingdom of"
            + " Great Britain and Northern Ireland")
        .addParties(JAPAN, UK)
        .addTopics(Topics.DEFENCE.ref())
        .signing(SUMMIT)
        .addSignatories(
            Signatory.of(KISHIDA, JP_PM, JAPAN),
            Signatory.of(SUNAK, UK_PM, UK))
        .addConditions(EntryCondition.builder()
            .kind(ConditionKind.NOTIFICATION)
            .wording("exchanged diplomatic notes for the entry into force")
            .addEvidence(Evidence.quoting(MOFA_NOTES, "On September 15, in London, UK, Japan and"
                + " the United Kingdom exchanged diplomatic notes for the entry into force of"))
            .addEvidence(Evidence.quoting(MOFA_NOTES_JA, "効力発生のための外交上の公文の交換が行われました"))
            .build())
        .addHistory(inPrinciple(), signed(), approvedByTheDiet(), completedByTheUk(), inForce())
        .addEvidence(Evidence.quoting(MOFA_NOTES, "(“Japan-UK Reciprocal Access Agreement”, or"
            + " “Japan-UK RAA”)"))
        .addEvidence(Evidence.quoting(SANGIIN, "この協定は、一方の締約国の部隊が他方の締約国を訪問して"
            + "協力活動を行う際の手続及び同部隊の地位等を定めるものであり"))
        .build();
  }

  /** May 2022: three accounts, two dates of an accord in principle and a "signing". */
  private static InstrumentStep inPrinciple() {
    return InstrumentStep.builder()
        .status(InstrumentStatus.NEGOTIATED)
        .date(FuzzyDate.parse("2022-05-04"))
        .wording("大筋合意")
        .confirmation(Confirmation.DISPUTED)
        .addEvidence(Evidence.quoting(JIJI_2022, "日英両政府は4日、自衛隊と英軍の相互訪問時の法的基盤"
            + "となる「円滑化協定(RAA)」について大筋合意した。"))
        .addEvidence(Evidence.quoting(JAPAN_TIMES_2022, "The Japanese and British governments"
            + " reached a broad accord on Wednesday on a reciprocal access agreement,")
            .withNote("Wednesday, in an article of 5 May 2022, is 4 May"))
        .addAlternatives(
            InstrumentStep.builder()
                .status(InstrumentStatus.NEGOTIATED)
                .date(FuzzyDate.parse("2022-05-05"))
                .wording("in principle")
                .addEvidence(Evidence.quoting(GOV_UK_2022, "The Prime Minister praised the new in"
                    + " principle Reciprocal Access Agreement"))
                .addEvidence(Evidence.quoting(NIKKEI_2022, "岸田文雄首相は5日、英国の首相官邸でジョンソン"
                    + "首相と会談した。自衛隊と英軍が共同訓練をしやすくする「円滑化協定」は大枠で合意した。"))
                .addEvidence(Evidence.quoting(GOV_ONLINE, "2022年5月5日、英国を訪問中の岸田文雄内閣総理大臣"
                    + "は、ボリス・ジョンソン英国首相と"))
                .addEvidence(Evidence.quoting(GOV_ONLINE, "両首脳は、昨年10月に交渉を開始した日英円滑化協定が"
                    + "今般大枠合意に至ったことを歓迎し"))
                .build(),
            InstrumentStep.builder()
                .status(InstrumentStatus.SIGNED)
                .date(FuzzyDate.parse("2022-05"))
                .wording("has signed a defensive partnership")
                .addEvidence(Evidence.quoting(LEADERS_GB, "UK prime minister Boris Johnson has"
                    + " signed a defensive partnership with Japan, the first deal of its kind"
                    + " between a European country and the island state in East Asia.")
                    .withNote("the same report speaks of \"this new Reciprocal Access Agreement in"
                        + " principle\" a few lines on"))
                .build())
        .build();
  }

  /** 11 January 2023, and the one source that says 12 January. */
  private static InstrumentStep signed() {
    return InstrumentStep.builder()
        .status(InstrumentStatus.SIGNED)
        .date(SIGNED)
        .confirmation(Confirmation.CONFIRMED)
        .addEvidence(Evidence.quoting(MOFA_NOTES, "(signed on January 11, 2023)"))
        .addEvidence(Evidence.quoting(SANGIIN, "二〇二三年(令和五年)一月十一日にロンドンにおいて署名された"))
        .addEvidence(Evidence.quoting(READOUT, "The leaders discussed the Reciprocal Access"
            + " Agreement, which they signed this afternoon, and agreed it was an important step in"
            + " joint cooperation between the UK and Japan."))
        .addEvidence(Evidence.quoting(JAPAN_NEWS, "Japanese Prime Minister Fumio Kishida and his"
            + " British counterpart, Rishi Sunak, signed an agreement Wednesday to facilitate"
            + " visits by Japanese Self-Defense Forces personnel and British troops to each other’s"
            + " country."))
        .addAlternatives(InstrumentStep.builder()
            .status(InstrumentStatus.SIGNED)
            .date(FuzzyDate.parse("2023-01-12"))
            .addEvidence(Evidence.quoting(WIKIPEDIA, "署名 2023年1月12日")
                .withNote("the infobox; the other sources say 11 January, in London, where the"
                    + " talks began at 23:17 on the 11th, Japan time"))
            .build())
        .build();
  }

  private static InstrumentStep approvedByTheDiet() {
    return InstrumentStep.builder()
        .status(InstrumentStatus.RATIFIED)
        .party(JAPAN)
        .date(FuzzyDate.parse("2023-04-28"))
        .wording("承認")
        .confirmation(Confirmation.CONFIRMED)
        .addEvidence(Evidence.quoting(SANGIIN, "参議院本会議経過 議決日 令和5年4月28日 議決 承認 採決態様"
            + " 多数 採決方法 起立").withNote("the House of Representatives had approved it on"
            + " 令和5年3月30日"))
        .addEvidence(Evidence.quoting(NHK_DIET, "イギリス、オーストラリアとの協定は、28日の参議院本会議で"
            + "それぞれ採決が行われ、いずれも自民・公明両党や立憲民主党などの賛成多数で可決され、承認されました。"))
        .build();
  }

  /** The UK's procedures, known only as complete by the day the notes were exchanged. */
  private static InstrumentStep completedByTheUk() {
    return InstrumentStep.builder()
        .status(InstrumentStatus.RATIFIED)
        .party(UK)
        .date(FuzzyDate.parse("../2023-09-15"))
        .wording("イギリスの国内手続きが終わった")
        .confirmation(Confirmation.REPORTED)
        .addEvidence(Evidence.quoting(NHK_NOTES, "協定は、ことしの通常国会で承認され、イギリスの国内手続き"
            + "が終わったことから、政府は15日の閣議で10月15日から発効させることを決めました。"))
        .build();
  }

  private static InstrumentStep inForce() {
    return InstrumentStep.builder()
        .status(InstrumentStatus.IN_FORCE)
        .date(FuzzyDate.parse("2023-10-15"))
        .confirmation(Confirmation.CONFIRMED)
        .addEvidence(Evidence.quoting(MOFA_NOTES, "With this exchange of notes, the Agreement"
            + " will enter into force on October 15, 2023."))
        .addEvidence(Evidence.quoting(MOFA_NOTES_JA, "これにより、この協定は、本年10月15日に効力を生ずる"
            + "こととなります。"))
        .addEvidence(Evidence.quoting(JAPAN_TIMES_2023, "the first to be enabled by a bilateral"
            + " visiting forces pact that took effect on Oct. 15."))
        .build();
  }
}
