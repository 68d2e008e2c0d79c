package kz.ecase.simulators;

import java.util.function.Function;

/**
 * A registry's answers about people, under {@code <collection>/<iin>}: 400 for a malformed IIN, 404
 * for a person not registered, otherwise the registry's record of the person.
 */
final class PersonLookup implements RegistryLookup {

  private final String prefix;
  private final Population population;
  private final Function<Person, Object> recordOf;

  PersonLookup(String collection, Population population, Function<Person, Object> recordOf) {
    this.prefix = collection + "/";
    this.population = population;
    this.recordOf = recordOf;
  }

  boolean handles(String path) {
    return path.startsWith(prefix) && path.indexOf('/', prefix.length()) < 0;
  }

  @Override
  public Answer lookUp(String path) {
    if (!handles(path)) {
      return Answer.UNKNOWN_PATH;
    }
    return Iin.parse(path.substring(prefix.length()))
        .map(iin -> population.find(iin).map(recordOf).map(Answer::ok).orElse(Answer.NOT_FOUND))
        .orElse(Answer.INVALID_IIN);
  }
}
