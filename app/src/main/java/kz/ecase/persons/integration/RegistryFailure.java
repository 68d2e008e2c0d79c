package kz.ecase.persons.integration;

/** A registry answered with an error or could not be reached: worth one more try. */
class RegistryFailure extends RuntimeException {

  RegistryFailure(String message) {
    super(message, null, false, false);
  }
}
