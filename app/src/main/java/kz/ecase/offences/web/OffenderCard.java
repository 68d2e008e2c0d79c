package kz.ecase.offences.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kz.ecase.offences.EarlierProtocols;
import kz.ecase.persons.Dossier;
import kz.ecase.persons.Registry;
import kz.ecase.persons.SourceAnswer;
import kz.ecase.persons.SourceStatus;
import tools.jackson.databind.JsonNode;

/**
 * What the officer's page shows of a person look-up: name and birth date from the population
 * register, the vehicles (each a plate to pick), the driving licences and the earlier
 * administrative offences (each carried in the form as {@code article|date} for the repeat check).
 */
record OffenderCard(
    String lookupId,
    String purpose,
    Optional<String> fullName,
    Optional<String> birthDate,
    List<Vehicle> vehicles,
    List<String> licences,
    List<Prior> offences,
    List<String> missing) {

  /** A vehicle the person owns. */
  record Vehicle(String plate, String description) {}

  /** An earlier offence: the register's article ({@code 592-2}), date and protocol. */
  record Prior(String article, String date, String protocolNumber, boolean paid) {
    public String formValue() {
      return article + "|" + date;
    }
  }

  /** The card without ecase's own protocols. */
  static OffenderCard of(Dossier dossier) {
    return of(dossier, List.of());
  }

  /**
   * The card, the offences listing the registry's and then ecase's own protocols for the person
   * that the registry does not list yet (by protocol number), each once.
   */
  static OffenderCard of(Dossier dossier, List<EarlierProtocols.Earlier> registered) {
    Optional<JsonNode> person = data(dossier, Registry.POPULATION);
    List<Vehicle> vehicles = new ArrayList<>();
    data(dossier, Registry.VEHICLES)
        .ifPresent(
            v ->
                v.path("vehicles")
                    .forEach(
                        item ->
                            vehicles.add(
                                new Vehicle(
                                    text(item, "plate"),
                                    String.join(
                                        " ",
                                        text(item, "make"),
                                        text(item, "model"),
                                        text(item, "year"))))));
    List<String> licences = new ArrayList<>();
    data(dossier, Registry.LICENCES)
        .ifPresent(
            l ->
                l.path("licences")
                    .forEach(
                        item ->
                            licences.add(
                                String.join(
                                    " · ",
                                    text(item, "number"),
                                    joined(item.path("categories")),
                                    text(item, "status"),
                                    text(item, "expires")))));
    List<Prior> offences = new ArrayList<>();
    data(dossier, Registry.ADMIN_OFFENCES)
        .ifPresent(
            o ->
                o.path("offences")
                    .forEach(
                        item ->
                            offences.add(
                                new Prior(
                                    text(item, "article"),
                                    text(item, "date"),
                                    text(item, "protocolNumber"),
                                    item.path("paid").asBoolean()))));
    for (EarlierProtocols.Earlier earlier : registered) {
      boolean listed =
          offences.stream().anyMatch(o -> o.protocolNumber().equals(earlier.protocolNumber()));
      if (!listed) {
        offences.add(
            new Prior(
                earlier.article(),
                earlier.offence().date().toString(),
                earlier.protocolNumber(),
                earlier.paid()));
      }
    }
    return new OffenderCard(
        dossier.lookupId(),
        dossier.purpose(),
        person.map(
            p ->
                String.join(" ", text(p, "lastName"), text(p, "firstName"), text(p, "patronymic"))
                    .strip()),
        person.map(p -> text(p, "birthDate")),
        vehicles,
        licences,
        offences,
        dossier.missing().stream().map(Registry::id).toList());
  }

  private static Optional<JsonNode> data(Dossier dossier, Registry registry) {
    return dossier.sources().stream()
        .filter(source -> source.registry() == registry && source.status() == SourceStatus.OK)
        .map(SourceAnswer::data)
        .findFirst();
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.path(field);
    return value.isMissingNode() || value.isNull() ? "" : value.asString();
  }

  private static String joined(JsonNode array) {
    List<String> items = new ArrayList<>();
    array.forEach(item -> items.add(item.asString()));
    return String.join(", ", items);
  }
}
