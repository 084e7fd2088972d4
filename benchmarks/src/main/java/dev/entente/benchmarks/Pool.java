package dev.entente.benchmarks;

import java.util.List;
import java.util.Map;

/**
 * The pool that {@link Data} draws its documents from: countries with their ministers' names in
 * their own scripts, the states positions are about, topics, position kinds, and the wording of
 * conducts, quotes and publishers. Only constants; the draws are {@link Data}'s.
 */
final class Pool {

  private Pool() {}

  /** A country of the pool: code, id, name in English, capital, script and native name. */
  record Country(String code, String id, String name, String capital, String script,
      String language, String[] givenNames, String[] familyNames) {}

  static final List<Country> COUNTRIES = List.of(
      new Country("KR", "rok", "Republic of Korea", "Seoul", "Hang", "ko",
          new String[] {"태열", "진", "경화", "병세"}, new String[] {"조", "박", "강", "윤"}),
      new Country("GB", "uk", "United Kingdom", "London", null, "en",
          new String[] {"David", "James", "Elizabeth", "Dominic"},
          new String[] {"Lammy", "Cleverly", "Truss", "Raab"}),
      new Country("JP", "japan", "Japan", "Tokyo", "Jpan", "ja",
          new String[] {"陽子", "芳正", "林", "茂木"}, new String[] {"上川", "林", "茂木", "岸田"}),
      new Country("DE", "germany", "Germany", "Berlin", null, "de",
          new String[] {"Annalena", "Heiko", "Johann", "Frank-Walter"},
          new String[] {"Baerbock", "Maas", "Wadephul", "Steinmeier"}),
      new Country("FR", "france", "France", "Paris", null, "fr",
          new String[] {"Jean-Noël", "Catherine", "Stéphane", "Jean-Yves"},
          new String[] {"Barrot", "Colonna", "Séjourné", "Le Drian"}),
      new Country("UA", "ukraine", "Ukraine", "Kyiv", "Cyrl", "uk",
          new String[] {"Дмитро", "Андрій", "Павло", "Вадим"},
          new String[] {"Кулеба", "Сибіга", "Клімкін", "Пристайко"}),
      new Country("US", "usa", "United States", "Washington", null, "en",
          new String[] {"Antony", "Marco", "Mike", "Rex"},
          new String[] {"Blinken", "Rubio", "Pompeo", "Tillerson"}),
      new Country("AU", "australia", "Australia", "Canberra", null, "en",
          new String[] {"Penny", "Marise", "Julie", "Bob"},
          new String[] {"Wong", "Payne", "Bishop", "Carr"}),
      new Country("IN", "india", "India", "New Delhi", "Deva", "hi",
          new String[] {"सुब्रह्मण्यम", "सुषमा", "विदेश"}, new String[] {"जयशंकर", "स्वराज", "मंत्री"}),
      new Country("GR", "greece", "Greece", "Athens", "Grek", "el",
          new String[] {"Γιώργος", "Νίκος", "Κώστας"},
          new String[] {"Γεραπετρίτης", "Δένδιας", "Κοτζιάς"}),
      new Country("CA", "canada", "Canada", "Ottawa", null, "en",
          new String[] {"Mélanie", "Anita", "Chrystia", "Marc"},
          new String[] {"Joly", "Anand", "Freeland", "Garneau"}),
      new Country("PL", "poland", "Poland", "Warsaw", null, "pl",
          new String[] {"Radosław", "Zbigniew", "Jacek"},
          new String[] {"Sikorski", "Rau", "Czaputowicz"}),
      new Country("IT", "italy", "Italy", "Rome", null, "it",
          new String[] {"Antonio", "Luigi", "Enzo"}, new String[] {"Tajani", "Di Maio", "Moavero"}),
      new Country("ES", "spain", "Spain", "Madrid", null, "es",
          new String[] {"José Manuel", "Arancha", "Josep"},
          new String[] {"Albares", "González Laya", "Borrell"}),
      new Country("BR", "brazil", "Brazil", "Brasília", null, "pt",
          new String[] {"Mauro", "Carlos", "Ernesto"},
          new String[] {"Vieira", "França", "Araújo"}),
      new Country("MX", "mexico", "Mexico", "Mexico City", null, "es",
          new String[] {"Alicia", "Marcelo", "Juan Ramón"},
          new String[] {"Bárcena", "Ebrard", "de la Fuente"}),
      new Country("ID", "indonesia", "Indonesia", "Jakarta", null, "id",
          new String[] {"Retno", "Sugiono", "Marty"},
          new String[] {"Marsudi", "Sugiono", "Natalegawa"}),
      new Country("VN", "vietnam", "Viet Nam", "Hanoi", null, "vi",
          new String[] {"Bùi Thanh", "Phạm Bình", "Bùi Thanh"},
          new String[] {"Sơn", "Minh", "Sơn"}),
      new Country("TR", "turkey", "Türkiye", "Ankara", null, "tr",
          new String[] {"Hakan", "Mevlüt", "Ahmet"},
          new String[] {"Fidan", "Çavuşoğlu", "Davutoğlu"}),
      new Country("EG", "egypt", "Egypt", "Cairo", "Arab", "ar",
          new String[] {"بدر", "سامح", "نبيل"}, new String[] {"عبد العاطي", "شكري", "فهمي"}),
      new Country("SE", "sweden", "Sweden", "Stockholm", null, "sv",
          new String[] {"Maria", "Tobias", "Ann"}, new String[] {"Malmer Stenergard", "Billström",
              "Linde"}),
      new Country("NL", "netherlands", "Netherlands", "The Hague", null, "nl",
          new String[] {"Caspar", "Hanke", "Wopke"},
          new String[] {"Veldkamp", "Bruins Slot", "Hoekstra"}),
      new Country("NO", "norway", "Norway", "Oslo", null, "no",
          new String[] {"Espen Barth", "Anniken", "Ine"},
          new String[] {"Eide", "Huitfeldt", "Eriksen Søreide"}),
      new Country("SG", "singapore", "Singapore", "Singapore", null, "en",
          new String[] {"Vivian", "Kasiviswanathan", "George"},
          new String[] {"Balakrishnan", "Shanmugam", "Yeo"}));

  /** Names in the Latin script of the ministers of countries that write another script. */
  static final Map<String, String[]> ROMANIZED = Map.of(
      "rok", new String[] {"Cho Tae-yul", "Park Jin", "Kang Kyung-wha", "Yun Byung-se"},
      "japan", new String[] {"Kamikawa Yoko", "Hayashi Yoshimasa", "Motegi Toshimitsu"},
      "ukraine", new String[] {"Dmytro Kuleba", "Andrii Sybiha", "Pavlo Klimkin"},
      "india", new String[] {"Subrahmanyam Jaishankar", "Sushma Swaraj"},
      "greece", new String[] {"Giorgos Gerapetritis", "Nikos Dendias", "Nikos Kotzias"},
      "egypt", new String[] {"Badr Abdelatty", "Sameh Shoukry", "Nabil Fahmy"});

  /** Targets that positions condemn or are concerned about. */
  static final List<Country> TARGETS = List.of(
      new Country("KP", "dprk", "Democratic People's Republic of Korea", "Pyongyang", null, "ko",
          new String[0], new String[0]),
      new Country("RU", "russia", "Russian Federation", "Moscow", null, "ru",
          new String[0], new String[0]),
      new Country("IR", "iran", "Islamic Republic of Iran", "Tehran", null, "fa",
          new String[0], new String[0]),
      new Country("MM", "myanmar", "Myanmar", "Naypyidaw", null, "my",
          new String[0], new String[0]));

  static final String[] TOPICS = {"security", "defence", "non-proliferation", "sanctions",
      "cyber", "economy", "trade", "supply-chains", "science-technology", "ai", "quantum",
      "space", "energy", "clean-energy", "climate", "development", "humanitarian",
      "human-rights", "health", "maritime", "multilateralism", "people-to-people"};

  static final String[] POSITION_KINDS = {"condemnation", "concern", "welcome",
      "support", "recognition", "agreement", "commitment", "monitoring", "hope", "opposition",
      "appeal"};

  static final String[] CONDUCTS = {
      "ballistic missile launches in violation of Security Council resolutions",
      "the transfer of arms and munitions and the deployment of troops",
      "continued cooperation on critical minerals and resilient supply chains",
      "the conclusion of negotiations on an upgraded free trade agreement",
      "joint research on artificial intelligence safety and quantum technologies",
      "support for Ukraine's sovereignty, independence and territorial integrity",
      "freedom of navigation and overflight in the South China Sea",
      "deepen cooperation on clean energy, including civil nuclear energy",
      "malicious cyber activities targeting critical infrastructure",
      "humanitarian access and the protection of civilians in Gaza",
      "expand youth exchanges, working holidays and cultural cooperation",
      "hold regular consultations between their foreign and defence ministries"};

  static final String[] QUOTES = {
      "The two ministers condemned in the strongest terms the launches, which threaten peace and"
          + " stability on the Korean Peninsula and beyond.",
      "Both sides expressed serious concern over the deepening military cooperation, including"
          + " the transfer of munitions and ballistic missiles.",
      "The ministers welcomed the progress made since the last dialogue and agreed to meet"
          + " again next year in the capital of the other side.",
      "They reaffirmed their commitment to a free, open and inclusive Indo-Pacific based on the"
          + " rule of law.",
      "Les ministres ont salué l'accord conclu et réaffirmé leur engagement commun.",
      "양국 장관은 한반도의 완전한 비핵화 목표를 재확인하였다."};

  static final String[] PUBLISHERS = {"Ministry of Foreign Affairs", "Reuters",
      "Yonhap News Agency", "The Guardian", "Kyodo News", "Agence France-Presse",
      "Deutsche Welle", "The Korea Herald"};
}
