package dev.entente.examples.anzmin2024;

import dev.entente.model.Actor;
import dev.entente.model.Agreement;
import dev.entente.model.Attribution;
import dev.entente.model.CountryCode;
import dev.entente.model.Dialogue;
import dev.entente.model.DialogueSeries;
import dev.entente.model.Dossier;
import dev.entente.model.Engagement;
import dev.entente.model.Evidence;
import dev.entente.model.Interest;
import dev.entente.model.JointStatement;
import dev.entente.model.Level;
import dev.entente.model.Meeting;
import dev.entente.model.MeetingKind;
import dev.entente.model.NameOrder;
import dev.entente.model.Office;
import dev.entente.model.OfficeKind;
import dev.entente.model.Participant;
import dev.entente.model.Person;
import dev.entente.model.PersonName;
import dev.entente.model.PositionObject;
import dev.entente.model.Ref;
import dev.entente.model.Remarks;
import dev.entente.model.Source;
import dev.entente.model.SourceKind;
import dev.entente.model.State;
import dev.entente.model.Statement;
import dev.entente.model.Topic;
import dev.entente.model.TopicKind;
import dev.entente.model.Venue;
import dev.entente.time.FuzzyDate;
import java.net.URI;
import java.time.Year;
import java.util.List;

/**
 * The first Australia-New Zealand Foreign and Defence Ministerial Consultations, Melbourne,
 * 1 February 2024, as PS News, the Line of Defence magazine, the New Zealand Herald and Australia's
 * foreign minister give it; the second session, Auckland, 6 December 2024, as its joint statement
 * gives it; and the meeting of the two prime ministers in Sydney on 20 December 2023, as RNZ
 * reports it.
 *
 * <p>The first session is "ANZMIN 2024": a session of a series named by its year, the
 * {@linkplain Dialogue#round() round} 2024, and also the first by number. The second session, in
 * December of the same year, is known by its number alone: a round's year names one session, it
 * does not date every session held that year.
 *
 * <p>At the Sydney meeting Christopher Luxon said New Zealand was "interested in exploring pillar
 * two" of AUKUS (an {@link Interest}); the Straits Times recalled it on the day of the Melbourne
 * session. The position is held by New Zealand, the side Luxon spoke for.
 *
 * <p>No tenure is recorded: the sources give no term of any minister, and taking part in a session
 * as an office is evidence enough that the person held it that day ({@link
 * Dossier#holding(Ref, Ref, FuzzyDate)} says so, marking the holding implied).
 *
 * <p>Every evidence quotes its source, and the passages are kept as excerpts beside the examples'
 * tests, which check each quote against them. The joint statement of the first session is known
 * only as two outlets quote it, so its agreements rest on those quotes. Typed: the series (sides,
 * level, principals' kinds), each session's series, number, round, date, venue, host and
 * participants with their offices, the Sydney meeting, Luxon's remarks and their
 * side, each position's kind and topic, the topics' hierarchy. Free text: the positions' conduct
 * and wording, the topic's description and the notes, which keep the sources' words.
 */
public final class Anzmin2024 {

  private Anzmin2024() {}

  /** Australia. */
  public static final Ref<Actor> AUSTRALIA = Ref.of("aus");
  /** New Zealand. */
  public static final Ref<Actor> NEW_ZEALAND = Ref.of("nzl");
  /** Christopher Luxon. */
  public static final Ref<Person> LUXON = Ref.of("luxon");
  /** Winston Peters. */
  public static final Ref<Person> PETERS = Ref.of("peters");
  /** The ANZMIN series. */
  public static final Ref<DialogueSeries> SERIES = Ref.of("anzmin");
  /** ANZMIN 2024, the first session, Melbourne. */
  public static final Ref<Engagement> ANZMIN_2024 = Ref.of("anzmin-2024");
  /** The second session, Auckland, December 2024. */
  public static final Ref<Engagement> ANZMIN_2 = Ref.of("anzmin-2");
  /** The prime ministers' meeting in Sydney, 20 December 2023. */
  public static final Ref<Engagement> SYDNEY = Ref.of("pm-meeting-sydney-2023");
  /** Luxon's remarks at the Sydney press conference. */
  public static final Ref<Statement> LUXON_REMARKS = Ref.of("luxon-sydney-remarks");
  /** AUKUS Pillar II. */
  public static final Ref<Topic> PILLAR_II = Ref.of("aukus-pillar-2");
  /** New Zealand's Deputy Prime Minister. */
  public static final Ref<Office> NZ_DEPUTY_PM = Ref.of("nz-deputy-pm");
  /** New Zealand's Minister of Foreign Affairs. */
  public static final Ref<Office> NZ_FOREIGN = Ref.of("nz-foreign-minister");

  private static final Ref<Office> NZ_PM = Ref.of("nz-pm");
  private static final Ref<Office> NZ_DEFENCE = Ref.of("nz-defence-minister");
  private static final Ref<Office> AU_PM = Ref.of("au-pm");
  private static final Ref<Office> AU_DEPUTY_PM = Ref.of("au-deputy-pm");
  private static final Ref<Office> AU_DEFENCE = Ref.of("au-defence-minister");
  private static final Ref<Office> AU_FOREIGN = Ref.of("au-foreign-minister");
  private static final Ref<Topic> AUKUS = Ref.of("aukus");

  private static final Ref<Source> PS_NEWS = Ref.of("psnews-2024-02-04");
  private static final Ref<Source> DEFENCE_CONNECT = Ref.of("defenceconnect-anzmin-2024");
  private static final Ref<Source> LINE_OF_DEFENCE = Ref.of("defsec-2024-02-02");
  private static final Ref<Source> NZ_HERALD = Ref.of("nzherald-anzmin-2024");
  private static final Ref<Source> STRAITS_TIMES = Ref.of("straitstimes-2024-02-01");
  private static final Ref<Source> RNZ_WATCH = Ref.of("rnz-2023-12-20");
  private static final Ref<Source> RNZ_EXPLORING = Ref.of("rnz-2023-12-21");
  private static final Ref<Source> PM_TRANSCRIPT = Ref.of("pm-gov-au-press-conference-sydney");
  private static final Ref<Source> SECOND_STATEMENT = Ref.of("anzmin-2024-12-joint-statement");
  private static final Ref<Source> DEVDISCOURSE = Ref.of("devdiscourse-2024-12-05");

  private static final FuzzyDate SYDNEY_DAY = FuzzyDate.parse("2023-12-20");
  private static final FuzzyDate DAY = FuzzyDate.parse("2024-02-01");
  private static final FuzzyDate SECOND_DAY = FuzzyDate.parse("2024-12-06");

  /** The whole record, as one dossier. */
  public static Dossier dossier() {
    Evidence melbourne = Evidence.quoting(PS_NEWS, "Deputy Prime Minister and Defence Minister"
        + " Richard Marles and Foreign Minister Penny Wong hosted their New Zealand counterparts,"
        + " Defence Minister Judith Collins and Deputy Prime Minister and Minister of Foreign"
        + " Affairs Winston Peters on 1 February in Melbourne.");
    Evidence sydney = Evidence.quoting(RNZ_EXPLORING, "Australian and New Zealand prime ministers"
        + " Anthony Albanese and Christopher Luxon meet in Sydney, 20 December 2023.")
        .withNote("a photo caption");
    return Dossier.builder()
        .id("anzmin-2024")
        .title("ANZMIN 2024: the first Australia-New Zealand Foreign and Defence Ministerial"
            + " Consultations, Melbourne, 2024")
        .addActors(
            State.of(AUSTRALIA.id(), CountryCode.of("AU"), "Australia"),
            State.of(NEW_ZEALAND.id(), CountryCode.of("NZ"), "New Zealand"),
            person("wong", "Penny Wong", "Penny", "Wong"),
            person("marles", "Richard Marles", "Richard", "Marles"),
            person(PETERS.id(), "Winston Peters", "Winston", "Peters"),
            person("collins", "Judith Collins", "Judith", "Collins"),
            person(LUXON.id(), "Christopher Luxon", "Christopher", "Luxon"),
            person("albanese", "Anthony Albanese", "Anthony", "Albanese"))
        .addOffices(
            office(AU_PM, "Prime Minister", OfficeKind.HEAD_OF_GOVERNMENT, AUSTRALIA),
            office(AU_DEPUTY_PM, "Deputy Prime Minister", OfficeKind.DEPUTY_HEAD_OF_GOVERNMENT,
                AUSTRALIA),
            office(AU_DEFENCE, "Minister for Defence", OfficeKind.DEFENCE_MINISTER, AUSTRALIA),
            office(AU_FOREIGN, "Minister for Foreign Affairs", OfficeKind.FOREIGN_MINISTER,
                AUSTRALIA),
            office(NZ_PM, "Prime Minister", OfficeKind.HEAD_OF_GOVERNMENT, NEW_ZEALAND),
            office(NZ_DEPUTY_PM, "Deputy Prime Minister", OfficeKind.DEPUTY_HEAD_OF_GOVERNMENT,
                NEW_ZEALAND),
            office(NZ_FOREIGN, "Minister of Foreign Affairs", OfficeKind.FOREIGN_MINISTER,
                NEW_ZEALAND),
            office(NZ_DEFENCE, "Minister of Defence", OfficeKind.DEFENCE_MINISTER, NEW_ZEALAND))
        .addSeries(DialogueSeries.builder()
            .id(SERIES.id())
            .name("Australia-New Zealand Foreign and Defence Ministerial Consultations (ANZMIN)")
            .addSides(AUSTRALIA, NEW_ZEALAND)
            .level(Level.MINISTERIAL)
            .addPrincipalKinds(OfficeKind.FOREIGN_MINISTER, OfficeKind.DEFENCE_MINISTER)
            .build())
        .addEngagements(sydneyMeeting(sydney), firstSession(melbourne), secondSession())
        .addStatements(luxonsRemarks(), jointStatement())
        .addTopics(
            Topic.builder().id(AUKUS.id()).label("AUKUS").kind(TopicKind.INITIATIVE).build(),
            Topic.builder()
                .id(PILLAR_II.id())
                .label("AUKUS Pillar II")
                .kind(TopicKind.INITIATIVE)
                .addParents(AUKUS)
                .description("The part of AUKUS on advanced technologies, apart from the"
                    + " nuclear-powered submarines of Pillar I.")
                .addEvidence(Evidence.quoting(NZ_HERALD, "Pillar two, which is really focused"
                    + " on the development of other advanced technologies")
                    .withNote("Richard Marles, as quoted"))
                .build())
        .addAllSources(sources())
        .build();
  }

  private static Meeting sydneyMeeting(Evidence sydney) {
    return Meeting.builder()
        .id(SYDNEY.id())
        .kind(MeetingKind.MEETING)
        .addSides(AUSTRALIA, NEW_ZEALAND)
        .host(AUSTRALIA)
        .date(SYDNEY_DAY)
        .venue(Venue.builder().country(CountryCode.of("AU")).city("Sydney").build())
        .addParticipants(
            Participant.builder().person(LUXON).side(NEW_ZEALAND).addOffice(NZ_PM).build(),
            Participant.builder().person(Ref.of("albanese")).side(AUSTRALIA).addOffice(AU_PM)
                .build())
        .addEvidence(sydney)
        .addEvidence(Evidence.quoting(PM_TRANSCRIPT, "I am absolutely delighted to host Prime"
            + " Minister Luxon here in Australia on your first official overseas visit as New"
            + " Zealand's Prime Minister.").withNote("Anthony Albanese"))
        .build();
  }

  private static Dialogue firstSession(Evidence melbourne) {
    return Dialogue.builder()
        .id(ANZMIN_2024.id())
        .series(SERIES)
        .ordinal(1)
        .round(Year.of(2024))
        .addSides(AUSTRALIA, NEW_ZEALAND)
        .host(AUSTRALIA)
        .date(DAY)
        .venue(Venue.builder().country(CountryCode.of("AU")).city("Melbourne").build())
        .addParticipants(
            participant("wong", AUSTRALIA, List.of(AU_FOREIGN)),
            participant("marles", AUSTRALIA, List.of(AU_DEPUTY_PM, AU_DEFENCE)),
            participant(PETERS.id(), NEW_ZEALAND, List.of(NZ_DEPUTY_PM, NZ_FOREIGN)),
            participant("collins", NEW_ZEALAND, List.of(NZ_DEFENCE)))
        .addEvidence(melbourne)
        .addEvidence(Evidence.quoting(DEFENCE_CONNECT, "ANZMIN 2024 will chart a course for this"
            + " new phase of our strategic partnership").withNote("Penny Wong, as quoted"))
        .addEvidence(Evidence.quoting(DEVDISCOURSE, "The inaugural meeting was held in Melbourne"
            + " in February"))
        .build();
  }

  private static Dialogue secondSession() {
    return Dialogue.builder()
        .id(ANZMIN_2.id())
        .series(SERIES)
        .ordinal(2)
        .addSides(AUSTRALIA, NEW_ZEALAND)
        .host(NEW_ZEALAND)
        .date(SECOND_DAY)
        .venue(Venue.builder().country(CountryCode.of("NZ")).city("Auckland").build())
        .addEvidence(Evidence.quoting(SECOND_STATEMENT, "hosted Australian Deputy Prime Minister"
            + " and Minister for Defence the Hon Richard Marles MP and Minister for Foreign"
            + " Affairs Senator the Hon Penny Wong on 6 December in Auckland for the second"
            + " Australia \u2013 New Zealand Foreign and Defence Ministerial Consultations"
            + " (ANZMIN)"))
        .build();
  }

  private static Remarks luxonsRemarks() {
    return Remarks.builder()
        .id(LUXON_REMARKS.id())
        .speaker(Attribution.of(LUXON, NZ_PM))
        .side(NEW_ZEALAND)
        .date(SYDNEY_DAY)
        .engagement(SYDNEY)
        .addPositions(Interest.builder()
            .addObjects(PositionObject.builder()
                .conduct("exploring pillar two of AUKUS, and the new technologies and the"
                    + " opportunities that may mean for New Zealand to participate")
                .build())
            .addTopics(PILLAR_II)
            .wording("We are interested in exploring")
            .addEvidence(Evidence.quoting(RNZ_WATCH, "We are interested in exploring pillar two,"
                + " particularly in AUKUS, and the new technologies and the opportunities that may"
                + " mean for New Zealand to participate.").withNote("Luxon at the press"
                + " conference after the leaders' talks"))
            .addEvidence(Evidence.quoting(STRAITS_TIMES, "New Zealand Prime Minister Christopher"
                + " Luxon had previously expressed interest in exploring the benefits that Aukus"
                + " pillar two could bring to his country."))
            .build())
        .addEvidence(Evidence.quoting(RNZ_WATCH, "At a conference after the two leaders had"
            + " discussions, Luxon told reporters"))
        .build();
  }

  private static JointStatement jointStatement() {
    return JointStatement.builder()
        .id("anzmin-2024-joint-statement")
        .addIssuers(AUSTRALIA, NEW_ZEALAND)
        .date(DAY)
        .engagement(ANZMIN_2024)
        .addPositions(
            Agreement.builder()
                .addObjects(PositionObject.builder()
                    .conduct("the AUKUS trilateral partnership made a positive contribution"
                        + " toward maintaining peace, security and prosperity in the"
                        + " Indo-Pacific")
                    .build())
                .addTopics(AUKUS)
                .wording("agreed")
                .addEvidence(Evidence.quoting(NZ_HERALD, "Ministers discussed the Aukus"
                    + " trilateral partnership and agreed it made a positive contribution toward"
                    + " maintaining peace, security and prosperity in the Indo-Pacific")
                    .withNote("the communique as the New Zealand Herald quotes it"))
                .build(),
            Agreement.builder()
                .addObjects(PositionObject.builder()
                    .conduct("continue efforts, in conjunction with Pacific countries, to"
                        + " strengthen regional cooperation and interoperability")
                    .build())
                .wording("agreed to continue")
                .addEvidence(Evidence.quoting(LINE_OF_DEFENCE, "Recognising the importance of"
                    + " the Pacific to both countries, Ministers agreed to continue efforts, in"
                    + " conjunction with Pacific countries, to strengthen regional cooperation and"
                    + " interoperability.").withNote("the joint statement as the magazine"
                    + " quotes it"))
                .build())
        .addEvidence(Evidence.quoting(LINE_OF_DEFENCE, "Trans-Tasman Ministers’ meeting in"
            + " Melbourne delivers a joint statement"))
        .build();
  }

  private static List<Source> sources() {
    return List.of(
        Source.builder().id(PS_NEWS.id()).kind(SourceKind.NEWS_ARTICLE)
            .title("Defence and Foreign Minister talks draw Australia and NZ closer in 'most"
                + " challenging time in decades'")
            .publisher("PS News")
            .published(FuzzyDate.parse("2024-02-04"))
            .url(URI.create("https://psnews.com.au/defence-and-foreign-minister-talks-draw-"
                + "australia-and-nz-closer-in-most-challenging-time-in-decades/126957"))
            .language("en").build(),
        Source.builder().id(DEFENCE_CONNECT.id()).kind(SourceKind.NEWS_ARTICLE)
            .publisher("Defence Connect")
            .url(URI.create("https://defenceconnect.com.au/geopolitics-and-policy/13528-dpm-"
                + "foreign-minister-host-first-australia-new-zealand-ministerial-consultations"))
            .language("en").build(),
        Source.builder().id(LINE_OF_DEFENCE.id()).kind(SourceKind.NEWS_ARTICLE)
            .title("ANZMIN 2+2: NZ and Australian Defence and Foreign Ministers take aim at China")
            .publisher("Line of Defence Magazine")
            .published(FuzzyDate.parse("2024-02-02"))
            .url(URI.create("https://defsec.net.nz/2024/02/02/anzmin-meeting-takes-aim-at-china/"))
            .language("en").build(),
        Source.builder().id(NZ_HERALD.id()).kind(SourceKind.NEWS_ARTICLE)
            .publisher("The New Zealand Herald")
            .url(URI.create("https://nzherald.co.nz/nz/politics/australian-officials-coming-to-"
                + "nz-to-talk-aukus-deal-as-winston-peters-judith-collins-salute-strength-of-anzus/"
                + "QX43GJ3WQBEZHHTFIRUEVFMPX4"))
            .language("en").build(),
        Source.builder().id(STRAITS_TIMES.id()).kind(SourceKind.NEWS_ARTICLE)
            .publisher("The Straits Times")
            .published(DAY)
            .url(URI.create("https://www.straitstimes.com/asia/australianz/"
                + "new-zealand-takes-step-towards-joining-aukus-security-pact"))
            .note("A Bloomberg report.")
            .language("en").build(),
        Source.builder().id(RNZ_WATCH.id()).kind(SourceKind.NEWS_ARTICLE)
            .title("Watch: Prime Minister Christopher Luxon and Australian PM Anthony Albanese")
            .publisher("RNZ")
            .published(SYDNEY_DAY)
            .url(URI.create("https://www.rnz.co.nz/news/political/505166/watch-prime-minister-"
                + "christopher-luxon-and-australian-pm-anthony-albanese"))
            .language("en").build(),
        Source.builder().id(RNZ_EXPLORING.id()).kind(SourceKind.NEWS_ARTICLE)
            .title("Luxon 'exploring' non-nuclear part of AUKUS pact")
            .publisher("RNZ")
            .published(FuzzyDate.parse("2023-12-21"))
            .url(URI.create("https://www.rnz.co.nz/news/political/505227/"
                + "luxon-exploring-non-nuclear-part-of-aukus-pact"))
            .language("en").build(),
        Source.builder().id(PM_TRANSCRIPT.id()).kind(SourceKind.TRANSCRIPT)
            .publisher("Prime Minister of Australia")
            .url(URI.create("https://pm.gov.au/media/press-conference-sydney-10"))
            .language("en").build(),
        Source.builder().id(SECOND_STATEMENT.id()).kind(SourceKind.STATEMENT_TEXT)
            .publisher("Live News")
            .published(SECOND_DAY)
            .url(URI.create("https://livenews.co.nz/2024/12/06/joint-statement-on-australia-new-"
                + "zealand-foreign-and-defence-ministerial-consultations-anzmin-december-2024"))
            .note("The joint statement of the second session, reproduced with its source given as"
                + " the New Zealand Government.")
            .language("en").build(),
        Source.builder().id(DEVDISCOURSE.id()).kind(SourceKind.NEWS_ARTICLE)
            .publisher("Devdiscourse")
            .published(FuzzyDate.parse("2024-12-05"))
            .url(URI.create("https://www.devdiscourse.com/article/law-order/3182353-australia-and-"
                + "nz-ministers-to-discuss-regional-security-defence-cooperation-and-global-"
                + "instability"))
            .language("en").build());
  }

  private static Person person(String id, String name, String given, String family) {
    return Person.builder().id(id).name(name)
        .addNames(PersonName.builder().text(name).script("Latn").language("en")
            .given(given).family(family).order(NameOrder.GIVEN_FAMILY).build())
        .build();
  }

  private static Office office(Ref<Office> id, String title, OfficeKind kind, Ref<Actor> state) {
    return Office.builder().id(id.id()).title(title).kind(kind).jurisdiction(state).build();
  }

  private static Participant participant(String person, Ref<Actor> side,
      List<Ref<Office>> offices) {
    return Participant.builder().person(Ref.of(person)).side(side).offices(offices).build();
  }
}
