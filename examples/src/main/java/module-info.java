/**
 * Real bilateral engagements encoded as Entente dossiers: the seed article, a report on the 9th
 * ROK-UK Foreign Ministerial Strategic Dialogue, whose dossier the main class prints as JSON; two
 * planned visits of 2023 whose sources disagree about their fate; the 33rd AUSMIN (2023), with a
 * minister attending in two offices; the Japan-ROK foreign ministers' meeting in Busan (2023);
 * ANZMIN 2024, a session named by its year, with an interest New Zealand had expressed;
 * Canada's accusation over the killing of Hardeep Singh Nijjar (2023), with India's denial in
 * response; the ninth Japan-Australia 2+2 (2021), with a concern the two sides declared
 * shared; the Japan-UK Reciprocal Access Agreement (2022-2023), a signed instrument with its
 * ratifications, entry into force and disputed first step; and the US-ROK summit of 26 April 2023,
 * with a declaration, a joint statement and a fact sheet told apart by their kinds, and a US
 * official contradicting a Korean one; and the Cuba-Namibia memorandum of understanding of
 * December 2024, signed by two ministers in the presence of the two presidents, its witnesses.
 */
module dev.entente.examples {
  requires transitive dev.entente.core;
  requires static org.jspecify;
  requires dev.entente.serialization;

  exports dev.entente.examples;
  exports dev.entente.examples.anzmin2024;
  exports dev.entente.examples.ausmin2023;
  exports dev.entente.examples.cubanamibia2024;
  exports dev.entente.examples.indiacanada2023;
  exports dev.entente.examples.japanaustralia2021;
  exports dev.entente.examples.japanrok2023;
  exports dev.entente.examples.japanuk2023;
  exports dev.entente.examples.koreauk2024;
  exports dev.entente.examples.lifecycles2023;
  exports dev.entente.examples.usrok2023;
}
