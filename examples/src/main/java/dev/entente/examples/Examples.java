package dev.entente.examples;

import dev.entente.examples.anzmin2024.Anzmin2024;
import dev.entente.examples.ausmin2023.Ausmin2023;
import dev.entente.examples.cubanamibia2024.CubaNamibia2024;
import dev.entente.examples.indiacanada2023.IndiaCanada2023;
import dev.entente.examples.japanaustralia2021.JapanAustralia2021;
import dev.entente.examples.japanrok2023.JapanRokBusan2023;
import dev.entente.examples.japanuk2023.JapanUk2023;
import dev.entente.examples.koreauk2024.KoreaUkDialogue2024;
import dev.entente.examples.lifecycles2023.PostponedVisits2023;
import dev.entente.examples.usrok2023.UsRok2023;
import dev.entente.model.Dossier;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every example dossier of this module, in one place: for tools that want to show, export or
 * test against all of them, and for this project's own tests, which must not miss one.
 *
 * <pre>{@code
 * Examples.all().forEach((name, dossier) -> System.out.println(name + ": " + dossier.title()));
 * }</pre>
 */
public final class Examples {

  private Examples() {}

  /**
   * Every example dossier, built anew, by the simple name of the class that builds it: the
   * seed article's ({@code KoreaUkDialogue2024}) first, then the others by name.
   *
   * @return an unmodifiable map from class name to dossier, in that order
   */
  public static Map<String, Dossier> all() {
    Map<String, Dossier> all = new LinkedHashMap<>();
    all.put("KoreaUkDialogue2024", KoreaUkDialogue2024.dossier());
    all.put("Anzmin2024", Anzmin2024.dossier());
    all.put("Ausmin2023", Ausmin2023.dossier());
    all.put("CubaNamibia2024", CubaNamibia2024.dossier());
    all.put("IndiaCanada2023", IndiaCanada2023.dossier());
    all.put("JapanAustralia2021", JapanAustralia2021.dossier());
    all.put("JapanRokBusan2023", JapanRokBusan2023.dossier());
    all.put("JapanUk2023", JapanUk2023.dossier());
    all.put("PostponedVisits2023", PostponedVisits2023.dossier());
    all.put("UsRok2023", UsRok2023.dossier());
    return Collections.unmodifiableMap(all);
  }
}
