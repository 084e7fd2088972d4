package dev.entente.testing.generators;

import static org.assertj.core.api.Assertions.assertThat;

import dev.entente.model.CountryCode;
import dev.entente.model.Dialogue;
import dev.entente.model.Dossier;
import dev.entente.model.Engagement;
import dev.entente.model.Position;
import dev.entente.model.PositionKind;
import dev.entente.model.PositionObject;
import dev.entente.model.Source;
import dev.entente.model.Statement;
import dev.entente.serialization.EntenteJson;
import dev.entente.testing.generators.ModelArbitraries.DossierOptions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;

/**
 * Volume: many small valid dossiers through JSON (ten thousand a run) and YAML, each read back
 * equal with validation on; the statistics show that every kind of record and every optional
 * member checked below occurred, so the volume is not spent on one shape.
 */
class VolumePropertiesTest {

  private static final CountryCode KOSOVO = CountryCode.ofUserAssigned("XK", "XKX", "Kosovo");
  private static final EntenteJson JSON = EntenteJson.builder().allowUserAssigned(KOSOVO).build();
  private static final EntenteJson YAML =
      JSON.toBuilder().format(EntenteJson.Format.YAML).build();

  @Property(tries = 10_000, edgeCases = EdgeCasesMode.NONE)
  @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
  void tenThousandSmallValidDossiersReadBackEqualFromJson(@ForAll("smallDossiers") Dossier dossier) {
    assertThat(JSON.readDossier(JSON.writeBytes(dossier))).isEqualTo(dossier);
    collect(dossier);
    checkCoverage();
  }

  @Property(tries = 500, edgeCases = EdgeCasesMode.NONE)
  @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
  void fiveHundredSmallValidDossiersReadBackEqualFromYaml(@ForAll("smallDossiers") Dossier dossier) {
    assertThat(YAML.readDossier(YAML.write(dossier))).isEqualTo(dossier);
    collect(dossier);
  }

  @Provide
  Arbitrary<Dossier> smallDossiers() {
    return ModelArbitraries.validDossiers(DossierOptions.defaults().withMaxRecordsPerKind(2));
  }

  /** The optional members whose presence and absence are counted, by label. */
  private static Map<String, Boolean> optionals(Dossier d) {
    Map<String, Boolean> seen = new LinkedHashMap<>();
    seen.put("dossier title", d.title().isPresent());
    seen.put("dossier description", d.description().isPresent());
    for (Engagement e : d.engagements()) {
      seen.merge("engagement title", e.title().isPresent(), Boolean::logicalOr);
      seen.merge("engagement host", e.host().isPresent(), Boolean::logicalOr);
      seen.merge("engagement venue", e.venue().isPresent(), Boolean::logicalOr);
      seen.merge("engagement partOf", e.partOf().isPresent(), Boolean::logicalOr);
      if (e instanceof Dialogue) {
        seen.merge("dialogue ordinal", ((Dialogue) e).ordinal().isPresent(), Boolean::logicalOr);
      }
    }
    for (Statement s : d.statements()) {
      seen.merge("statement title", s.title().isPresent(), Boolean::logicalOr);
      seen.merge("statement date", s.date().isPresent(), Boolean::logicalOr);
      seen.merge("statement engagement", s.engagement().isPresent(), Boolean::logicalOr);
      seen.merge("statement confirmation", s.confirmation().isPresent(), Boolean::logicalOr);
      for (Position p : s.positions()) {
        seen.merge("position intensity", p.intensity().isPresent(), Boolean::logicalOr);
        seen.merge("position wording", p.wording().isPresent(), Boolean::logicalOr);
        for (PositionObject o : p.objects()) {
          seen.merge("object hedging", o.hedging().isPresent(), Boolean::logicalOr);
          seen.merge("object phenomenon", o.phenomenon().isPresent(), Boolean::logicalOr);
          seen.merge("object conduct", o.conduct().isPresent(), Boolean::logicalOr);
        }
      }
    }
    for (Source s : d.sources()) {
      seen.merge("source title", s.title().isPresent(), Boolean::logicalOr);
      seen.merge("source url", s.url().isPresent(), Boolean::logicalOr);
      seen.merge("source published", s.published().isPresent(), Boolean::logicalOr);
      seen.merge("source publishedAt", s.publishedAt().isPresent(), Boolean::logicalOr);
      seen.merge("source localTime", s.localTime().isPresent(), Boolean::logicalOr);
    }
    d.plannedMeetings().forEach(p -> {
      seen.merge("planned host", p.host().isPresent(), Boolean::logicalOr);
      seen.merge("planned series", p.series().isPresent(), Boolean::logicalOr);
      seen.merge("planned kind", p.kind().isPresent(), Boolean::logicalOr);
    });
    return seen;
  }

  private static final List<String> OPTIONALS = List.of(
      "dossier title", "dossier description", "engagement title", "engagement host",
      "engagement venue", "engagement partOf", "dialogue ordinal", "statement title",
      "statement date", "statement engagement", "statement confirmation", "position intensity",
      "position wording", "object hedging", "object phenomenon", "object conduct", "source title",
      "source url", "source published", "source publishedAt", "source localTime", "planned host",
      "planned series", "planned kind");

  private static void collect(Dossier d) {
    d.actors().forEach(a -> Statistics.label("actor").collect(a.getClass().getSimpleName()));
    d.engagements().forEach(e ->
        Statistics.label("engagement").collect(e.getClass().getSimpleName()));
    d.statements().forEach(s -> Statistics.label("statement").collect(s.getClass().getSimpleName()));
    d.statements().stream().flatMap(s -> s.positions().stream())
        .forEach(p -> Statistics.label("position").collect(p.kind()));
    optionals(d).forEach((label, present) -> Statistics.label(label).collect(present));
  }

  private static void checkCoverage() {
    Statistics.label("actor").coverage(c -> {
      for (String kind : List.of("State", "Grouping", "GovernmentBody", "Person")) {
        c.check(kind).count(n -> n > 0);
      }
    });
    Statistics.label("engagement").coverage(c -> {
      c.check("Dialogue").count(n -> n > 0);
      c.check("Meeting").count(n -> n > 0);
    });
    Statistics.label("statement").coverage(c -> {
      for (String kind : List.of("JointStatement", "UnilateralStatement", "Remarks")) {
        c.check(kind).count(n -> n > 0);
      }
    });
    Statistics.label("position").coverage(c -> {
      for (PositionKind kind : PositionKind.values()) {
        c.check(kind).count(n -> n > 0);
      }
    });
    for (String label : OPTIONALS) {
      Statistics.label(label).coverage(c -> {
        c.check(true).count(n -> n > 0);
        c.check(false).count(n -> n > 0);
      });
    }
  }
}
