package kz.ecase.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.importer.ImportOption;
import ecasefixture.brokenboundary.FixtureApplication;
import kz.ecase.EcaseApplication;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.Violations;

/** Each bounded context reaches another only through that one's public API. */
class ModularityTest {

  /** The verifier is on the test classpath (for tamper tests) but is no part of the service. */
  static final com.tngtech.archunit.base.DescribedPredicate<
          com.tngtech.archunit.core.domain.JavaClass>
      NOT_THE_APP =
          com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage(
              "kz.ecase.verifier..");

  static final ApplicationModules MODULES =
      ApplicationModules.of(EcaseApplication.class, NOT_THE_APP);

  @Test
  void modulesRespectEachOthersBoundaries() {
    MODULES.verify();
  }

  @Test
  void theModulesAreTheBoundedContextsOfTheArchitecture() {
    assertThat(MODULES.stream().map(module -> module.getIdentifier().toString()))
        .contains("identity", "kernel", "platform", "web");
  }

  /**
   * Proves the check above can fail: a fixture application (outside {@code kz.ecase}) whose module
   * {@code alpha} uses a class from {@code beta}'s internal package.
   */
  @Test
  void reachingIntoAnotherModulesInternalsIsAViolation() {
    ApplicationModules broken = ApplicationModules.of(FixtureApplication.class, location -> true);

    assertThatThrownBy(broken::verify)
        .isInstanceOf(Violations.class)
        .hasMessageContaining("BetaSecret")
        .hasMessageContaining("alpha");
  }

  @Test
  void theFixtureIsOnlyBrokenWhereItMeansToBe() {
    ImportOption everything = location -> true;
    ApplicationModules broken = ApplicationModules.of(FixtureApplication.class, everything);

    assertThat(broken.detectViolations().getMessages())
        .isNotEmpty()
        .allSatisfy(
            message ->
                assertThat(message)
                    .contains("Module 'alpha'")
                    .contains("beta.internal.BetaSecret"));
  }
}
