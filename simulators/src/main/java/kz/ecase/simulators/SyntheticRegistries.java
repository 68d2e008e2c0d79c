package kz.ecase.simulators;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Every registry's lookup over one synthetic population, wired so that the registries agree with
 * each other (fines with offences, licences with drunk driving, plates with owners).
 */
final class SyntheticRegistries {

  private SyntheticRegistries() {}

  static Map<Registry, RegistryLookup> over(Population population) {
    Dispensaries dispensaries = new Dispensaries(population);
    AdminOffences offences = new AdminOffences(population);
    CriminalRecords criminalRecords = new CriminalRecords(population);
    Map<Registry, RegistryLookup> lookups = new EnumMap<>(Registry.class);
    lookups.put(Registry.POPULATION, persons(population, person -> person));
    lookups.put(Registry.NARCOLOGY, persons(population, dispensaries::narcologyFileOf));
    lookups.put(Registry.PSYCHIATRY, persons(population, dispensaries::psychiatryFileOf));
    lookups.put(Registry.CRIMINAL_RECORDS, persons(population, criminalRecords::recordOf));
    lookups.put(Registry.ADMIN_OFFENCES, persons(population, offences::recordOf));
    lookups.put(Registry.VEHICLES, new VehiclesLookup(population, new VehicleRegister(population)));
    lookups.put(
        Registry.LICENCES, persons(population, new Licences(population, offences)::recordOf));
    lookups.put(Registry.WANTED, persons(population, new WantedList(population)::statusOf));
    lookups.put(Registry.FINES, persons(population, new Fines(population, offences)::recordOf));
    return lookups;
  }

  private static PersonLookup persons(Population population, Function<Person, Object> recordOf) {
    return new PersonLookup("persons", population, recordOf);
  }
}
