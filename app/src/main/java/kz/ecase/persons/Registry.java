package kz.ecase.persons;

/**
 * The state registries a person look-up asks, each with the path of a person's file in its API
 * ({@code {iin}} is replaced).
 */
public enum Registry {
  POPULATION("population", "/population/persons/{iin}"),
  NARCOLOGY("narcology", "/narcology/persons/{iin}"),
  PSYCHIATRY("psychiatry", "/psychiatry/persons/{iin}"),
  CRIMINAL_RECORDS("criminal-records", "/criminal-records/persons/{iin}"),
  ADMIN_OFFENCES("admin-offences", "/admin-offences/persons/{iin}"),
  VEHICLES("vehicles", "/vehicles/owners/{iin}"),
  LICENCES("licences", "/licences/persons/{iin}"),
  WANTED("wanted", "/wanted/persons/{iin}"),
  FINES("fines", "/fines/persons/{iin}");

  private final String id;
  private final String personPath;

  Registry(String id, String personPath) {
    this.id = id;
    this.personPath = personPath;
  }

  /** The registry's name in configuration, the API and the ledger. */
  public String id() {
    return id;
  }

  public String personPath(String iin) {
    return personPath.replace("{iin}", iin);
  }
}
