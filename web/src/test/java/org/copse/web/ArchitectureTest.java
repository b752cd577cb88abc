package org.copse.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The dependency direction of STYLE.md, checked over every Copse class on the class path (all
 * modules, since web depends on them all). Rules about a module that has no classes yet pass
 * vacuously and start biting when it gains some.
 */
class ArchitectureTest {
  private static JavaClasses copse;

  @BeforeAll
  static void importClasses() {
    copse = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("org.copse");
  }

  @Test
  void nothingDependsOnTheWebApplication() {
    noClasses().that().resideOutsideOfPackage("org.copse.web..")
        .should().dependOnClassesThat().resideInAPackage("org.copse.web..")
        .check(copse);
  }

  @Test
  void ingestAndExpertiseNeverDependOnAnIndexAdapter() {
    noClasses().that().resideInAnyPackage("org.copse.ingest..", "org.copse.expertise..")
        .should().dependOnClassesThat().resideInAnyPackage("org.copse.index.lucene..", "org.copse.index.elasticsearch..")
        .allowEmptyShould(true)
        .check(copse);
  }

  @Test
  void pureModulesDoNotUseSpring() {
    noClasses().that().resideInAnyPackage("org.copse.index..", "org.copse.expertise..", "org.copse.store..")
        .should().dependOnClassesThat().resideInAPackage("org.springframework..")
        .check(copse);
  }

  @Test
  void theIndexApiDependsOnNoAdapter() {
    noClasses().that().resideInAnyPackage("org.copse.index", "org.copse.index.query")
        .should().dependOnClassesThat().resideInAnyPackage("org.copse.index.lucene..",
            "org.copse.index.elasticsearch..", "org.copse.store..", "org.copse.ingest..", "org.copse.expertise..",
            "org.copse.web..")
        .check(copse);
  }

  @Test
  void onlyTheIndexWiringNamesAnAdapter() {
    noClasses().that().resideInAPackage("org.copse.web..")
        .and().doNotHaveSimpleName("IndexBackends")
        .and().doNotHaveSimpleName("ElasticsearchProperties")
        .should().dependOnClassesThat().resideInAnyPackage("org.copse.index.lucene..", "org.copse.index.elasticsearch..")
        .check(copse);
  }
}
