package dev.entente.examples.koreauk2024;

import static dev.entente.examples.koreauk2024.KoreaUkDialogue2024.*;

import dev.entente.model.Dialogue;
import dev.entente.model.Source;
import dev.entente.model.SourceKind;
import java.net.URI;
import java.time.LocalTime;
import java.util.List;

/** The sources: the article, and the primary sources that correct it. */
final class Sources {

  private Sources() {}

  static List<Source> all() {
    return List.of(
        Source.builder()
            .id(ARTICLE.id())
            .kind(SourceKind.NEWS_ARTICLE)
            .title("Foreign Ministers of Korea and the UK Issue Separate Statement on the"
                + " Occasion of Strategic Dialogue")
            .publisher("Herald Economy")
            .addAuthors("Choi Eun-ji")
            .section("Politics")
            .published(PUBLICATION)
            .localTime(LocalTime.of(11, 9))
            .language("en")
            .originalLanguage("ko")
            .note("An English translation. Gives days without a month and relative times, and"
                + " spells the Korean minister's name \"Cho Tae-yong\".")
            .build(),
        Source.builder()
            .id(MOFA_PRESS_RELEASE.id())
            .kind(SourceKind.PRESS_RELEASE)
            .title("The 9th Foreign Ministerial Strategic Dialogue between the Republic of Korea"
                + " and the United Kingdom held in Seoul")
            .publisher("Ministry of Foreign Affairs of the Republic of Korea")
            .url(URI.create("https://down.mofa.go.kr/eng/brd/m_5674/view.do?seq=321078"))
            .language("en")
            .build(),
        Source.builder()
            .id(OPENING_REMARKS.id())
            .kind(SourceKind.TRANSCRIPT)
            .publisher("Ministry of Foreign Affairs of the Republic of Korea")
            .published(DIALOGUE_DAY)
            .url(URI.create("https://nic.mofa.go.kr/www/brd/m_20140/view.do?page=1&seq=302792"))
            .note("Minister Cho's opening remarks at the dialogue, dated 10.21.")
            .build(),
        Source.builder()
            .id(STATEMENT_TEXT.id())
            .kind(SourceKind.STATEMENT_TEXT)
            .publisher("UK Defence Journal")
            .url(URI.create(
                "https://ukdefencejournal.org.uk/britain-and-south-korea-condemn-north-korea"))
            .language("en")
            .note("The text of the ministers' joint statement on Russia-DPRK military"
                + " cooperation, as reproduced.")
            .build(),
        Source.builder()
            .id(KOREA_HERALD.id())
            .kind(SourceKind.NEWS_ARTICLE)
            .publisher("The Korea Herald")
            .url(URI.create("http://khview.heraldm.com/view.php?ud=20241022050608"))
            .language("en")
            .note("Quotes the outcome joint statement.")
            .build(),
        Source.builder()
            .id(KOREA_HERALD_MOBILE.id())
            .kind(SourceKind.NEWS_ARTICLE)
            .publisher("The Korea Herald")
            .url(URI.create("https://koreaherald.com/mobile/khpad_view.php?ud=20241022050282"))
            .language("en")
            .note("Quotes the outcome joint statement.")
            .build());
  }
}
