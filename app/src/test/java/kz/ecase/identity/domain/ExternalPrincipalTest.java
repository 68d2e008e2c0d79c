package kz.ecase.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ExternalPrincipalTest {

  static final String ISSUER = "https://sso.example.kz/realms/mvd";

  @Test
  void nameIsKeyedByIssuerAndSubjectInItsOwnNamespace() {
    String name = ExternalPrincipal.nameOf(ISSUER, "7c1e1c9e-0d0b-4a8e-9d1f-2f1f5b3c0a11");

    assertThat(name).matches("ext:[0-9a-f]{8}:7c1e1c9e-0d0b-4a8e-9d1f-2f1f5b3c0a11");
    assertThat(ExternalPrincipal.isExternal(name)).isTrue();
    assertThat(ExternalPrincipal.isExternal("officer")).isFalse();
  }

  @Test
  void sameSubjectOfAnotherIssuerIsAnotherPrincipal() {
    assertThat(ExternalPrincipal.nameOf(ISSUER, "officer"))
        .isNotEqualTo(ExternalPrincipal.nameOf("https://other.example.kz", "officer"))
        .isNotEqualTo("officer");
  }

  @Test
  void longOrControlCharacterSubjectsAreHashedWithinTheLengthOfAUsername() {
    String longName = ExternalPrincipal.nameOf(ISSUER, "x".repeat(300));
    String control = ExternalPrincipal.nameOf(ISSUER, "a\u0001b");

    assertThat(longName).hasSizeLessThanOrEqualTo(64).contains(":#");
    assertThat(control).hasSizeLessThanOrEqualTo(64).contains(":#");
    assertThat(longName).isNotEqualTo(ExternalPrincipal.nameOf(ISSUER, "x".repeat(301)));
  }

  @Test
  void issuerAndSubjectAreRequired() {
    assertThatThrownBy(() -> ExternalPrincipal.nameOf(ISSUER, " "))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ExternalPrincipal.nameOf(null, "s"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
