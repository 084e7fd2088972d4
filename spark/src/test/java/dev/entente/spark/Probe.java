package dev.entente.spark;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.entente.model.Dossier;
import dev.entente.serialization.EntenteJson;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a Spark job of a user's does first: builds a Jackson 3 mapper with Entente's module and
 * writes a record of its own, annotated with Jackson's annotations. Run in a JVM of its own by
 * {@link ClassPathProbeTest}; prints the JSON written.
 */
public final class Probe {

  private Probe() {}

  /** A user's record, annotated as users annotate theirs. */
  @JsonPropertyOrder({"name", "dossier"})
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Finding(@JsonProperty("name") String label, Dossier dossier, String note) {}

  /** Writes one record; exits with an error if the class path is not one Jackson 3 runs on. */
  public static void main(String[] args) {
    JsonMapper mapper = EntenteJson.standard().mapper();
    System.out.println(mapper.writeValueAsString(
        new Finding("probe", Dossier.builder().id("probe-dossier").build(), null)));
  }
}
