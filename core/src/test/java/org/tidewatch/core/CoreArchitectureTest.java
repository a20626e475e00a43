package org.tidewatch.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The second guard of the module table in {@code ARCHITECTURE.md} (the Maven module graph is the
 * first): the domain core knows nothing of HTTP, SQL, JSON or Flink, and never reads a clock or
 * makes its own randomness.
 */
class CoreArchitectureTest {
  private static JavaClasses core;

  @BeforeAll
  static void importCore() {
    core =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.tidewatch.core");
  }

  @Test
  void core_dependsOnNoFrameworks() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "java.sql..",
            "javax.sql..",
            "java.net.http..",
            "com.fasterxml..",
            "io.javalin..",
            "org.apache.flink..",
            "org.duckdb..",
            "picocli..",
            "org.tidewatch.ais..",
            "org.tidewatch.sanctions..",
            "org.tidewatch.cli..")
        .because("core is the dependency-free domain (architecture.md, rule P1)")
        .allowEmptyShould(true)
        .check(core);
  }

  @Test
  void core_neverReadsTheWallClockOrMakesRandomness() {
    noClasses()
        .should()
        .callMethod(System.class, "currentTimeMillis")
        .orShould()
        .callMethod(System.class, "nanoTime")
        .orShould()
        .callMethod(java.time.Instant.class, "now")
        .orShould()
        .callMethod(java.time.LocalDate.class, "now")
        .orShould()
        .callMethod(java.time.LocalDateTime.class, "now")
        .orShould()
        .callMethod(java.time.Clock.class, "systemUTC")
        .orShould()
        .callConstructor(java.util.Random.class)
        .orShould()
        .callMethod(Math.class, "random")
        .because("detectors run on event time and injected seeds (architecture.md)")
        .allowEmptyShould(true)
        .check(core);
  }
}
