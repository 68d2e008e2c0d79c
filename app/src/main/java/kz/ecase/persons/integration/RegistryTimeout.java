package kz.ecase.persons.integration;

/** A registry did not answer within its timeout: not retried, but it counts against its circuit. */
class RegistryTimeout extends RuntimeException {

  RegistryTimeout(String message) {
    super(message, null, false, false);
  }
}
