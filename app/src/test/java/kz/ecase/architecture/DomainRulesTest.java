package kz.ecase.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/** Rules of procedure stay plain Java with an injected clock. */
class DomainRulesTest {

  static final JavaClasses MAIN =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("kz.ecase");

  @Test
  void domainCodeUsesNoSpringSqlOrHttp() {
    noClasses()
        .that()
        .resideInAPackage("kz.ecase..domain..")
        // a package's annotation names it for the module structure; it is not domain code
        .and()
        .doNotHaveSimpleName("package-info")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.springframework..", "java.sql..", "jakarta.servlet..")
        .check(MAIN);
  }

  @Test
  void domainCodeNeverReadsTheSystemClock() {
    noClasses()
        .that()
        .resideInAnyPackage("kz.ecase..domain..", "kz.ecase.kernel..")
        .should()
        .callMethod(Instant.class, "now")
        .orShould()
        .callMethod(LocalDateTime.class, "now")
        .orShould()
        .callMethod(LocalDate.class, "now")
        .orShould()
        .callMethod(ZonedDateTime.class, "now")
        .check(MAIN);
  }
}
