package dev.entente.examples.lifecycles2023;

import dev.entente.model.Actor;
import dev.entente.model.ChangeReason;
import dev.entente.model.Confirmation;
import dev.entente.model.CountryCode;
import dev.entente.model.DateClaim;
import dev.entente.model.Dossier;
import dev.entente.model.Engagement;
import dev.entente.model.Evidence;
import dev.entente.model.Meeting;
import dev.entente.model.MeetingChange;
import dev.entente.model.MeetingKind;
import dev.entente.model.PlannedMeeting;
import dev.entente.model.PlannedStatus;
import dev.entente.model.ReasonKind;
import dev.entente.model.Ref;
import dev.entente.model.Source;
import dev.entente.model.SourceKind;
import dev.entente.model.State;
import dev.entente.model.Venue;
import dev.entente.time.FuzzyDate;
import dev.entente.time.RelativeTime;
import java.net.URI;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * Two planned visits of 2023, as official texts and news reports tell them, disagreements kept.
 *
 * <p><strong>Blinken to Beijing.</strong> Agreed at the Biden-Xi meeting in Bali (14 November
 * 2022), set for 5-6 February 2023, then called off on 3 February over the Chinese high-altitude
 * balloon: "postponed" to the State Department, "cancelled" to many outlets, so the step has two
 * accounts. China's foreign ministry said next day that neither side had "ever announced any
 * visit", which some outlets read as a denial that a visit was ever planned: the plan is
 * {@linkplain PlannedMeeting#deniedBy() denied} by those sources, noted as what they say. The
 * visit was announced again on 14 June and held in Beijing on 18-19 June 2023.
 *
 * <p><strong>Biden to Australia.</strong> Set for the Quad leaders' summit in Sydney on 24 May
 * 2023; on 16 May the White House said the President was "postponing" the trip for the
 * debt-ceiling negotiations, which CNN and the Guardian reported as cancelled. Biden telephoned
 * Albanese to tell him (4.30am Wednesday in Sydney), and the two met on 20 May on the margins of
 * the G7 in Hiroshima instead: an engagement that {@linkplain Engagement#replaces() replaces}
 * the plan. Biden invited Albanese to Washington; the visit was set for October.
 *
 * <p>Each fact has its source, and each evidence quotes it: the passages are kept as excerpts
 * beside the examples' tests, which check every quote against them. What the sources do not give
 * (exact hours of most events, who asked for the Hiroshima meeting) is left out. Some texts were
 * read only in copies, and the sources name the copies: the White House statements of 25 April
 * and 16 May 2023 in a repost and a news report, the State Department's briefing of 3 February in
 * Sputnik's report of it, China's statement of 4 February in Italian in La Sicilia, whose address
 * carries the headline "non c'era alcuna visita in programma" (Adnkronos's own page was not found
 * again, so its reading is kept only as that copy's note). The wordings of the reasons and
 * windows are the sources' words but are kept as text; so is the plan's title.
 *
 * <pre>{@code
 * Dossier dossier = PostponedVisits2023.dossier();
 * dossier.find(PostponedVisits2023.BLINKEN_VISIT_PLAN, PlannedMeeting.class).get().existence();
 * // Disputed: false (lasicilia, tribune-ap) or true (...)
 * }</pre>
 */
public final class PostponedVisits2023 {

  private PostponedVisits2023() {}

  /** The United States. */
  public static final Ref<Actor> USA = Ref.of("usa");
  /** The People's Republic of China. */
  public static final Ref<Actor> PRC = Ref.of("prc");
  /** Australia. */
  public static final Ref<Actor> AUSTRALIA = Ref.of("aus");

  /** Blinken's planned visit to Beijing. */
  public static final Ref<PlannedMeeting> BLINKEN_VISIT_PLAN = Ref.of("blinken-beijing-visit-plan");
  /** Blinken's visit to Beijing as held, 18-19 June 2023. */
  public static final Ref<Engagement> BLINKEN_VISIT = Ref.of("blinken-beijing-visit");
  /** Biden's planned visit to Australia, May 2023. */
  public static final Ref<PlannedMeeting> BIDEN_VISIT_PLAN = Ref.of("biden-australia-visit-plan");
  /** Biden's call to Albanese to say he would not come, 16 May 2023 in Washington. */
  public static final Ref<Engagement> BIDEN_CALL = Ref.of("biden-albanese-call");
  /** The Biden-Albanese meeting in Hiroshima, 20 May 2023, in place of the visit. */
  public static final Ref<Engagement> HIROSHIMA_MEETING = Ref.of("biden-albanese-hiroshima");
  /** Albanese's visit to Washington, offered on 16 May and set for October 2023. */
  public static final Ref<PlannedMeeting> ALBANESE_VISIT_PLAN = Ref.of("albanese-washington-visit-plan");

  /** The whole story, as one dossier. */
  public static Dossier dossier() {
    return Dossier.builder()
        .id("postponed-visits-2023")
        .title("Two postponed visits, 2023")
        .description("Blinken's visit to Beijing and Biden's visit to Australia: postponed or"
            + " cancelled, denied, replaced and held, as the sources tell it.")
        .addActors(
            State.of(USA.id(), CountryCode.of("US"), "United States"),
            State.of(PRC.id(), CountryCode.of("CN"), "People's Republic of China"),
            State.of(AUSTRALIA.id(), CountryCode.of("AU"), "Australia"))
        .addEngagements(blinkenVisit(), bidenCall(), hiroshima())
        .addPlannedMeetings(blinkenPlan(), bidenPlan(), albanesePlan())
        .addAllSources(sources())
        .build();
  }

  // ---------------------------------------------------------------- Blinken to Beijing

  private static PlannedMeeting blinkenPlan() {
    MeetingChange postponed = MeetingChange.builder()
        .status(PlannedStatus.POSTPONED)
        .date(day("2023-02-03"))
        .initiator(USA)
        .reason(ChangeReason.builder()
            .kind(ReasonKind.SECURITY_INCIDENT)
            .side(PRC)
            .wording("in light of the current presence of a high-altitude PRC surveillance"
                + " balloon in U.S. airspace")
            .addEvidence(Evidence.quoting(Ref.of("urdupoint-sputnik-2023-02-04"),
                "in light of the current presence of a high-altitude PRC surveillance balloon"))
            .build())
        .addWindow(DateClaim.of(
            RelativeTime.resolve("as soon as conditions allow", day("2023-02-03")),
            Evidence.quoting(Ref.of("urdupoint-sputnik-2023-02-04"),
                "he would be prepared to visit Beijing as soon as conditions allow")))
        .confirmation(Confirmation.DISPUTED)
        .addEvidence(Evidence.quoting(Ref.of("urdupoint-sputnik-2023-02-03"),
            "The Secretary conveyed to the director of the Central Foreign Affairs office, Wang Yi,"
                + " earlier this morning, that the trip would need to be postponed")
            .withNote("a senior State Department official, as quoted"))
        .addEvidence(Evidence.quoting(Ref.of("scmp-2023-02-07"),
            "Secretary of State Antony Blinken' planned travel to Beijing had been postponed and"
                + " not cancelled over the incident."))
        .addAlternative(MeetingChange.builder()
            .status(PlannedStatus.CANCELLED)
            .date(day("2023-02-03"))
            .confirmation(Confirmation.REPORTED)
            .addEvidence(Evidence.quoting(Ref.of("tribune-ap-2023-02-04"),
                "But the US abruptly cancelled the trip"))
            .addEvidence(Evidence.quoting(Ref.of("india-today"),
                "Blinken cancels China trip as spy balloon floats over US"))
            .build())
        .build();
    return PlannedMeeting.builder()
        .id(BLINKEN_VISIT_PLAN.id())
        .title("Secretary Blinken's visit to Beijing")
        .kind(MeetingKind.VISIT)
        .addSides(USA, PRC)
        .host(PRC)
        .addLifecycle(MeetingChange.builder()
            .status(PlannedStatus.AGREED)
            .date(day("2022-11-14"))
            .addEvidence(Evidence.quoting(Ref.of("devdiscourse-reuters-2023-02-07"),
                "his planned trip, agreed by President Joe Biden in a meeting with China's"
                    + " President Xi Jinping in November"))
            .build())
        .addLifecycle(MeetingChange.builder()
            .status(PlannedStatus.SCHEDULED)
            .date(day("2023-01-17"))
            .addWindow(DateClaim.builder()
                .value(FuzzyDate.parse("2023-02-05/2023-02-06"))
                .wording("on Feb. 5 and 6")
                .addEvidence(Evidence.quoting(Ref.of("japan-times-2023-01-18"),
                    "U.S. Secretary of State Antony Blinken will visit Beijing on Feb. 5 and 6,"
                        + " a U.S. official said Tuesday"))
                .build())
            .addEvidence(Evidence.quoting(Ref.of("brecorder-reuters-2023-01-17"),
                "China welcomes Secretary of State Blinken's visit to China. Both China and the"
                    + " United States are in communication now over the specific arrangements"))
            .build())
        .addLifecycle(postponed)
        .addLifecycle(MeetingChange.builder()
            .status(PlannedStatus.RESCHEDULED)
            .date(day("2023-06-14"))
            .addWindow(DateClaim.builder()
                .value(FuzzyDate.parse("2023-06-12/2023-06-18"))
                .wording("this week")
                .reference(day("2023-06-14"))
                .addEvidence(Evidence.quoting(Ref.of("politico-2023-06-14"),
                    "Secretary of State Antony Blinken will travel to China to meet with"
                        + " Beijing's senior officials this week, the State Department announced"
                        + " Wednesday."))
                .build())
            .addEvidence(Evidence.quoting(Ref.of("politico-2023-06-14"),
                "Blinken, who will leave on Friday and return Wednesday, will become the first"
                    + " secretary of State to visit China in five years"))
            .build())
        .addLifecycle(MeetingChange.builder()
            .status(PlannedStatus.HELD)
            .date(FuzzyDate.parse("2023-06-18/2023-06-19"))
            .heldAs(BLINKEN_VISIT)
            .addEvidence(Evidence.quoting(Ref.of("state-visit-2023-06"),
                "The two sides had candid, substantive, and constructive discussions"))
            .build())
        .confirmation(Confirmation.DISPUTED)
        .addDeniedBy(Evidence.builder()
            .source(Ref.of("tribune-ap-2023-02-04"))
            .quote("In actuality, the US and China have never announced any visit, the US making"
                + " any such announcement is their own business, and we respect that")
            .note("China's foreign ministry, 4 February: it denies that a visit was announced,"
                + " not in so many words that one was planned")
            .build())
        .addDeniedBy(Evidence.builder()
            .source(Ref.of("lasicilia-2023-02-04"))
            .quote("Ma nessuna delle due parti ha mai annunciato che ci sarebbe stata una visita.")
            .note("the same statement in Italian, under a headline that its address gives as"
                + " \"non c'era alcuna visita in programma\": no visit was scheduled")
            .build())
        .build();
  }

  private static Meeting blinkenVisit() {
    return Meeting.builder()
        .id(BLINKEN_VISIT.id())
        .title("Secretary Blinken's visit to Beijing")
        .kind(MeetingKind.VISIT)
        .addSides(USA, PRC)
        .host(PRC)
        .date(FuzzyDate.parse("2023-06-18/2023-06-19"))
        .venue(Venue.builder().country(CountryCode.of("CN")).city("Beijing").build())
        .addEvidence(Evidence.quoting(Ref.of("state-visit-2023-06"),
            "Secretary of State Antony J. Blinken traveled to Beijing, the People's Republic of"
                + " China for meetings with President Xi Jinping, Director of the CCP Central"
                + " Foreign Affairs Office Wang Yi, and State Councilor and Foreign Minister Qin"
                + " Gang from June 18-19."))
        .build();
  }

  // ---------------------------------------------------------------- Biden to Australia

  private static PlannedMeeting bidenPlan() {
    return PlannedMeeting.builder()
        .id(BIDEN_VISIT_PLAN.id())
        .title("President Biden's visit to Australia for the Quad Leaders' Summit")
        .kind(MeetingKind.VISIT)
        .addSides(USA, AUSTRALIA)
        .host(AUSTRALIA)
        .addLifecycle(MeetingChange.builder()
            .status(PlannedStatus.SCHEDULED)
            .date(day("2023-04-25"))
            .venue(Venue.builder().country(CountryCode.of("AU")).city("Sydney")
                .building("Sydney Opera House").build())
            .addWindow(DateClaim.builder()
                .value(day("2023-05-24"))
                .wording("On May 24")
                .addEvidence(Evidence.quoting(Ref.of("white-house-2023-04-25"),
                    "On May 24, President Biden will attend the third in-person Quad Leaders'"
                        + " Summit in Sydney, Australia"))
                .build())
            .addEvidence(Evidence.quoting(Ref.of("kesq-ap-2023-04-25"),
                "The meeting at the Sydney Opera House on May 24 will be Australia's first time"
                    + " hosting the Quad Leaders' Summit."))
            .build())
        .addLifecycle(MeetingChange.builder()
            .status(PlannedStatus.POSTPONED)
            .date(day("2023-05-16"))
            .initiator(USA)
            .reason(ChangeReason.builder()
                .kind(ReasonKind.DOMESTIC_CIRCUMSTANCES)
                .side(USA)
                .wording("in order to be back for meetings with Congressional leaders to ensure"
                    + " that Congress takes action by the deadline to avert default")
                .addEvidence(Evidence.quoting(Ref.of("white-house-2023-05-16"),
                    "in order to be back for meetings with Congressional leaders to ensure that"
                        + " Congress takes action by the deadline to avert default"))
                .build())
            .addWindow(DateClaim.of(
                RelativeTime.resolve("at the earliest opportunity", day("2023-05-16")),
                Evidence.quoting(Ref.of("guardian-2023-05-16"),
                    "They would reschedule his visit to Australia at the earliest opportunity")))
            .confirmation(Confirmation.DISPUTED)
            .addEvidence(Evidence.quoting(Ref.of("white-house-2023-05-16"),
                "The President spoke to Prime Minister Albanese earlier today to inform him that he"
                    + " will be postponing his trip to Australia."))
            .addEvidence(Evidence.quoting(Ref.of("guardian-2023-05-16"),
                "The president apologised that he would now have to postpone this visit")
                .withNote("Prime Minister Albanese's statement, as quoted"))
            .addAlternative(MeetingChange.builder()
                .status(PlannedStatus.CANCELLED)
                .date(day("2023-05-16"))
                .confirmation(Confirmation.REPORTED)
                .addEvidence(Evidence.quoting(Ref.of("cnn-2023-05-16"),
                    "President Joe Biden is canceling his upcoming visits to Papua New Guinea and"
                        + " Australia due to the ongoing debt ceiling negotiations in Washington"))
                .addEvidence(Evidence.quoting(Ref.of("guardian-2023-05-16"),
                    "President Joe Biden has canceled a visit to Australia"))
                .build())
            .build())
        .build();
  }

  private static Meeting bidenCall() {
    return Meeting.builder()
        .id(BIDEN_CALL.id())
        .kind(MeetingKind.PHONE_CALL)
        .addSides(USA, AUSTRALIA)
        .initiator(USA)
        .date(FuzzyDate.parse("2023-05-16/2023-05-17"))
        .startsAt(ZonedDateTime.parse("2023-05-17T04:30+10:00[Australia/Sydney]"))
        .addEvidence(Evidence.quoting(Ref.of("daily-mail-2023-05-17"),
            "Mr Biden called Mr Albanese first at 4.30am on Wednesday to confirm he'd have to"
                + " pull out of the Quad leaders summit due to be held in Sydney on May 24."))
        .addEvidence(Evidence.quoting(Ref.of("white-house-2023-05-16"),
            "The President spoke to Prime Minister Albanese earlier today to inform him that he"
                + " will be postponing his trip to Australia."))
        .build();
  }

  private static Meeting hiroshima() {
    return Meeting.builder()
        .id(HIROSHIMA_MEETING.id())
        .title("President Biden and Prime Minister Albanese in Hiroshima")
        .kind(MeetingKind.MEETING)
        .addSides(USA, AUSTRALIA)
        .date(day("2023-05-20"))
        .venue(Venue.builder().country(CountryCode.of("JP")).city("Hiroshima").build())
        .replaces(BIDEN_VISIT_PLAN)
        .addEvidence(Evidence.quoting(Ref.of("ucsb-2023-05-20"),
            "I'm sorry this meeting is not taking place in your country, Australia. And I deeply"
                + " appreciate the flexibility in meeting me here at the G-7 meeting."))
        .build();
  }

  private static PlannedMeeting albanesePlan() {
    return PlannedMeeting.builder()
        .id(ALBANESE_VISIT_PLAN.id())
        .title("Prime Minister Albanese's visit to Washington")
        .kind(MeetingKind.VISIT)
        .addSides(USA, AUSTRALIA)
        .host(USA)
        .addLifecycle(MeetingChange.builder()
            .status(PlannedStatus.PROPOSED)
            .date(day("2023-05-16"))
            .initiator(USA)
            .addEvidence(Evidence.quoting(Ref.of("white-house-2023-05-16"),
                "He also invited the Prime Minister for an official state visit at a time to be"
                    + " agreed by the teams."))
            .build())
        .addLifecycle(MeetingChange.builder()
            .status(PlannedStatus.SCHEDULED)
            .date(day("2023-08-09"))
            .addWindow(DateClaim.builder()
                .value(day("2023-10-25"))
                .wording("on October 25, 2023")
                .addEvidence(Evidence.quoting(Ref.of("white-house-2023-08-09"),
                    "an Official Visit to the United States, which will include a state dinner,"
                        + " on October 25, 2023"))
                .build())
            .addWindow(DateClaim.builder()
                .value(FuzzyDate.parse("2023-10-23/2023-10-26"))
                .wording("from October 23 to 26")
                .addEvidence(Evidence.quoting(Ref.of("smh-2023-08-10"),
                    "the visit, which will take place from October 23 to 26"))
                .build())
            .addEvidence(Evidence.quoting(Ref.of("white-house-2023-08-09"),
                "President Joe Biden and First Lady Jill Biden will host Prime Minister Anthony"
                    + " Albanese of Australia for an Official Visit to the United States"))
            .build())
        .build();
  }

  // ---------------------------------------------------------------- sources

  private static List<Source> sources() {
    return List.of(
        news("devdiscourse-reuters-2023-02-07", "Devdiscourse (Reuters)",
            "U.S., China have not discussed rescheduling Blinken visit - State Dept", "2023-02-07",
            "https://www.devdiscourse.com/article/politics/2345541-us-china-have-not-discussed-rescheduling-blinken-visit---state-dept"),
        news("japan-times-2023-01-18", "The Japan Times", null, "2023-01-18",
            "https://www.japantimes.co.jp/news/2023/01/18/world/blinken-china-visit/"),
        news("brecorder-reuters-2023-01-17", "Business Recorder (Reuters)",
            "Chinese foreign ministry would 'welcome' U.S. Secretary Blinken visit", "2023-01-17",
            "https://www.brecorder.com/news/40220701/chinese-foreign-ministry-would-welcome-us-secretary-blinken-visit"),
        news("urdupoint-sputnik-2023-02-03", "UrduPoint (Sputnik)",
            "Blinken Was Ready To Depart For Beijing Tonight, But Time Not Right For Trip - State"
                + " Dept.", "2023-02-03",
            "https://www.urdupoint.com/en/world/blinken-was-ready-to-depart-for-beijing-tonig-1636666.html"),
        news("urdupoint-sputnik-2023-02-04", "UrduPoint (Sputnik)", null, "2023-02-04",
            "https://www.urdupoint.com/en/world/blinken-in-call-with-wang-says-committed-to-d-1636776.html"),
        news("scmp-2023-02-07", "South China Morning Post", null, "2023-02-07",
            "https://www.scmp.com/news/china/article/3209315/us-focus-after-chinese-balloon-downing-gathering-details-and-consulting-allies-state-department"),
        news("tribune-ap-2023-02-04", "The Tribune (Associated Press)", null, "2023-02-04",
            "https://www.tribuneindia.com/news/world/blinkens-visit-wasnt-announced-beijing-476874"),
        official("india-today", SourceKind.NEWS_ARTICLE, "India Today", null, null,
            "https://www.indiatoday.in:443/?utm_source=itgd-mum-alb-prod-cluster1",
            "The home page, undated, with the headline."),
        news("lasicilia-2023-02-04", "La Sicilia", null, "2023-02-04",
            "https://lasicilia.it/ultimi-aggiornamenti/cina-viaggio-blinken-rinviato-non-cera-alcuna-visita-in-programma-1705905/amp")
            .withLanguage("it"),
        news("politico-2023-06-14", "Politico", null, "2023-06-14",
            "https://www.politico.com/news/2023/06/14/blinken-china-visit-00101899"),
        official("state-visit-2023-06", SourceKind.PRESS_RELEASE, "U.S. Department of State",
            "Secretary Blinken's Visit to the People's Republic of China (PRC)", null,
            "https://www.state.gov/secretary-blinkens-visit-to-the-peoples-republic-of-china-prc/",
            null),
        official("white-house-2023-04-25", SourceKind.PRESS_RELEASE, "The White House",
            "Statement from Press Secretary Karine Jean-Pierre on President Biden's Travel to G7"
                + " and Quad", "2023-04-25",
            "https://tabloidnasional.com/politics/statement-from-press-secretary-karine-jean-pierre-on-president-bidens-travel-to-g7-and-quad/",
            "A repost, which names the original at whitehouse.gov."),
        news("kesq-ap-2023-04-25", "KESQ (Associated Press)", null, "2023-04-25",
            "https://kesq.com/news/ap-national-news/2023/04/25/australian-leader-to-host-biden-kishida-modi-at-may-summit/"),
        official("white-house-2023-05-16", SourceKind.PRESS_RELEASE, "The White House",
            null, "2023-05-16",
            "https://wtokensw.com/politics/biden-to-return-for-talks-to-avert-debt-ceiling-crisis-skipping-australia/",
            "The Press Secretary's statement, as quoted in a news report of 22 May 2023."),
        news("cnn-2023-05-16", "CNN", null, "2023-05-16",
            "https://amp.cnn.com/cnn/2023/05/16/politics/biden-cancels-australia-papua-new-guinea-visit/index.html"),
        news("guardian-2023-05-16", "The Guardian", null, "2023-05-16",
            "https://www.theguardian.com/australia-news/2023/may/17/joe-biden-reportedly-cancels-australian-visit-amid-us-domestic-debt-deadlock"),
        news("daily-mail-2023-05-17", "Daily Mail", null, "2023-05-17",
            "https://www.dailymail.co.uk/news/article-12091669/Anthony-Albaneses-Quad-Summit-brink-collapse-Joe-Bidens-4-30am-call.html"),
        official("ucsb-2023-05-20", SourceKind.TRANSCRIPT, "The American Presidency Project",
            "Remarks Prior to a Meeting With Prime Minister Anthony Albanese of Australia and an"
                + " Exchange With Reporters in Hiroshima, Japan", "2023-05-20",
            "https://www.presidency.ucsb.edu/documents/remarks-prior-meeting-with-prime-minister-anthony-albanese-australia-and-exchange-with-0",
            null),
        official("white-house-2023-08-09", SourceKind.PRESS_RELEASE, "The White House",
            "Statement from White House Press Secretary Karine Jean-Pierre on the Upcoming"
                + " Official Visit of Prime Minister Albanese of Australia", "2023-08-09",
            "https://whitehouse.gov/briefing-room/statements-releases/2023/08/09/statement-from-white-house-press-secretary-karine-jean-pierre-on-the-upcoming-official-visit-of-prime-minister-albanese-of-australia/",
            null),
        news("smh-2023-08-10", "The Sydney Morning Herald", null, "2023-08-10",
            "https://www.smh.com.au/politics/federal/albanese-to-meet-us-president-joe-biden-at-white-house-in-october-20230810-p5dvgm.html"));
  }

  private static Source news(String id, String publisher, String title, String published,
      String url) {
    return official(id, SourceKind.NEWS_ARTICLE, publisher, title, published, url, null);
  }

  private static Source official(String id, SourceKind kind, String publisher, String title,
      String published, String url, String note) {
    Source.Builder source = Source.builder().id(id).kind(kind).publisher(publisher)
        .url(URI.create(url)).language("en");
    if (title != null) {
      source.title(title);
    }
    if (published != null) {
      source.published(day(published));
    }
    if (note != null) {
      source.note(note);
    }
    return source.build();
  }

  private static FuzzyDate day(String edtf) {
    return FuzzyDate.parse(edtf);
  }
}
