package kz.ecase.simulators;

import java.util.Locale;

/**
 * The vehicle register's two ways in: {@code owners/<iin>} lists a person's vehicles, {@code
 * plates/<plate>} finds a vehicle and its owner (400 for a plate not in the {@code 123ABC01}
 * format, lower case accepted; 404 for a plate no vehicle has).
 */
final class VehiclesLookup implements RegistryLookup {

  private static final String PLATES = "plates/";

  private final PersonLookup owners;
  private final VehicleRegister register;

  VehiclesLookup(Population population, VehicleRegister register) {
    this.owners = new PersonLookup("owners", population, register::ownershipOf);
    this.register = register;
  }

  @Override
  public Answer lookUp(String path) {
    if (owners.handles(path)) {
      return owners.lookUp(path);
    }
    if (!path.startsWith(PLATES) || path.indexOf('/', PLATES.length()) >= 0) {
      return Answer.UNKNOWN_PATH;
    }
    String plate = path.substring(PLATES.length()).toUpperCase(Locale.ROOT);
    if (!PlateCode.isWellFormed(plate)) {
      return Answer.INVALID_PLATE;
    }
    return register.byPlate(plate).<Answer>map(Answer::ok).orElse(Answer.NOT_FOUND);
  }
}
