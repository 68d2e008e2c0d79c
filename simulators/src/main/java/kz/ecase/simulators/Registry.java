package kz.ecase.simulators;

import java.util.Arrays;
import java.util.Optional;

/**
 * The state registries the simulators stand in for. Each answers under {@code /<id>/…} and is
 * configured under {@code /admin/registries/<id>}.
 */
public enum Registry {
  POPULATION("population"),
  NARCOLOGY("narcology"),
  PSYCHIATRY("psychiatry"),
  CRIMINAL_RECORDS("criminal-records"),
  ADMIN_OFFENCES("admin-offences"),
  VEHICLES("vehicles"),
  LICENCES("licences"),
  WANTED("wanted"),
  FINES("fines");

  private final String id;

  Registry(String id) {
    this.id = id;
  }

  /** The registry's name in URLs and in the admin API, e.g. {@code criminal-records}. */
  public String id() {
    return id;
  }

  /** The registry with this id, if any. */
  public static Optional<Registry> byId(String id) {
    return Arrays.stream(values()).filter(registry -> registry.id.equals(id)).findFirst();
  }
}
