package dev.entente;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layers of the core: the JDK only at run time, and time below the model. */
class ArchitectureTest {

  private static JavaClasses core;

  @BeforeAll
  static void importTheCoresMainClasses() {
    core = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("dev.entente");
  }

  @Test
  void importsTheModelAndTheTimePackage() {
    assertThat(core.contain("dev.entente.model.Dialogue")).isTrue();
    assertThat(core.contain("dev.entente.time.FuzzyDate")).isTrue();
  }

  @Test
  void coreDependsOnNoJsonLibraryNorOtherModule() {
    noClasses()
        .that().resideInAPackage("dev.entente..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "tools.jackson..", "com.fasterxml..", "dev.entente.serialization..",
            "dev.entente.examples..")
        .because("the core has no runtime dependency but the JDK; JSON is attached from outside")
        .check(core);
  }

  @Test
  void timeDoesNotDependOnTheModel() {
    noClasses()
        .that().resideInAPackage("dev.entente.time..")
        .should().dependOnClassesThat().resideInAPackage("dev.entente.model..")
        .because("time is the lower layer; the model uses it, not the other way round")
        .check(core);
  }

  @Test
  void modelUsesImmutablesOnlyThroughItsAnnotations() {
    DescribedPredicate<JavaClass> annotationOrInsideOne =
        DescribedPredicate.describe("an annotation or a type declared in one", c -> {
          for (Optional<JavaClass> t = Optional.of(c); t.isPresent(); t = t.get().getEnclosingClass()) {
            if (t.get().isAnnotation()) {
              return true;
            }
          }
          return false;
        });
    noClasses()
        .that().resideInAPackage("dev.entente..")
        .should().dependOnClassesThat(
            JavaClass.Predicates.resideInAPackage("org.immutables..")
                .and(DescribedPredicate.not(annotationOrInsideOne)))
        .because("Immutables is needed to compile, never at run time")
        .check(core);
  }
}
