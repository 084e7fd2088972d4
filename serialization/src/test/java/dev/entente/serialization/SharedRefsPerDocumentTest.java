package dev.entente.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import dev.entente.model.Dossier;
import dev.entente.model.Ref;
import dev.entente.model.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class SharedRefsPerDocumentTest {

  /** Every reference the dossier's statements make to an engagement or an issuer, in order. */
  private static List<Ref<?>> references(Dossier dossier) {
    List<Ref<?>> refs = new ArrayList<>();
    for (Statement s : dossier.statements()) {
      s.engagement().ifPresent(refs::add);
      refs.addAll(s.issuers());
    }
    return refs;
  }

  /** The id named most often, and how often. */
  private static String repeated(List<Ref<?>> refs) {
    Map<String, Long> counts =
        refs.stream().collect(Collectors.groupingBy(Ref::id, Collectors.counting()));
    return counts.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey)
        .findFirst().orElseThrow(() -> new AssertionError("no id is named twice in " + counts));
  }

  private static List<Ref<?>> named(List<Ref<?>> refs, String id) {
    return refs.stream().filter(r -> r.id().equals(id)).collect(Collectors.toList());
  }

  @Test
  void aReferenceNamedAgainInADocumentIsTheSameObjectButNotAcrossDocuments() {
    EntenteJson json = EntenteJson.standard();
    String text = json.write(SampleDossiers.dossier());
    List<Ref<?>> first = references(json.readDossier(text));
    List<Ref<?>> second = references(json.readDossier(text));
    String id = repeated(first);

    List<Ref<?>> inFirst = named(first, id);
    assertThat(inFirst).hasSizeGreaterThan(1)
        .allSatisfy(r -> assertThat(r).isSameAs(inFirst.get(0)));
    // Same thread, next document: nothing is kept from one read to the next.
    assertThat(named(second, id)).allSatisfy(r -> assertThat(r)
        .isEqualTo(inFirst.get(0)).isNotSameAs(inFirst.get(0)));
  }

  @Test
  void theJacksonModuleWithoutADocumentContextReadsTheSameValues() {
    EntenteJson json = EntenteJson.standard();
    String text = json.write(SampleDossiers.dossier());
    JsonMapper mapper = JsonMapper.builder().addModule(new EntenteModule()).build();

    Dossier viaModule = mapper.readValue(text, Dossier.class);

    assertThat(viaModule).isEqualTo(json.readDossier(text));
    assertThat(references(viaModule)).isEqualTo(references(json.readDossier(text)));
  }
}
