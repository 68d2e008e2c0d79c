package kz.ecase.persons.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kz.ecase.persons.Dossier;
import kz.ecase.persons.Registry;
import kz.ecase.persons.SourceAnswer;
import kz.ecase.persons.SourceStatus;
import tools.jackson.databind.JsonNode;

/**
 * A dossier as the card shows it: the person's particulars, what stands out (wanted, dispensary
 * registration, convictions, unpaid fines), the lists, and every source's status.
 */
record DossierCard(
    Dossier dossier,
    Optional<Person> person,
    List<String> alerts,
    List<String> vehicles,
    List<String> licences,
    List<String> convictions,
    List<String> offences,
    List<String> fines,
    List<SourceRow> sources) {

  /** The population register's particulars. */
  record Person(String fullName, String birthDate, String sex, String address, String phone) {}

  /** One registry's status line. */
  record SourceRow(String registry, String status, long latencyMs, String detail, String tone) {}

  DossierCard(Dossier dossier) {
    this(
        dossier,
        data(dossier, Registry.POPULATION).map(DossierCard::person),
        alerts(dossier),
        list(dossier, Registry.VEHICLES, "vehicles", "plate", "make", "model", "year", "colour"),
        list(dossier, Registry.LICENCES, "licences", "number", "categories", "status", "expires"),
        list(dossier, Registry.CRIMINAL_RECORDS, "convictions", "date", "article", "sentence"),
        list(dossier, Registry.ADMIN_OFFENCES, "offences", "date", "article", "fineMci"),
        list(
            dossier, Registry.FINES, "unpaidFines", "reference", "article", "amountKzt", "dueDate"),
        dossier.sources().stream().map(DossierCard::row).toList());
  }

  private static Optional<JsonNode> data(Dossier dossier, Registry registry) {
    return dossier.sources().stream()
        .filter(source -> source.registry() == registry && source.status() == SourceStatus.OK)
        .map(SourceAnswer::data)
        .findFirst();
  }

  private static Person person(JsonNode p) {
    JsonNode a = p.path("address");
    return new Person(
        text(p, "lastName") + " " + text(p, "firstName") + " " + text(p, "patronymic"),
        text(p, "birthDate"),
        text(p, "sex"),
        String.join(
            ", ",
            text(a, "region"),
            text(a, "city"),
            text(a, "street")
                + " "
                + text(a, "house")
                + (a.path("apartment").isNull() || a.path("apartment").isMissingNode()
                    ? ""
                    : ", " + text(a, "apartment"))),
        text(p, "mobilePhone"));
  }

  private static List<String> alerts(Dossier dossier) {
    List<String> alerts = new ArrayList<>();
    data(dossier, Registry.WANTED)
        .filter(w -> w.path("wanted").asBoolean())
        .ifPresent(w -> alerts.add("lookup.alert.wanted"));
    data(dossier, Registry.NARCOLOGY)
        .filter(n -> n.path("registered").asBoolean())
        .ifPresent(n -> alerts.add("lookup.alert.narcology"));
    data(dossier, Registry.PSYCHIATRY)
        .filter(n -> n.path("registered").asBoolean())
        .ifPresent(n -> alerts.add("lookup.alert.psychiatry"));
    data(dossier, Registry.CRIMINAL_RECORDS)
        .filter(c -> !c.path("openProceedings").isEmpty())
        .ifPresent(c -> alerts.add("lookup.alert.proceedings"));
    return alerts;
  }

  /** One line per item of the registry's list: the named fields, separated by a dot. */
  private static List<String> list(
      Dossier dossier, Registry registry, String field, String... shown) {
    List<String> lines = new ArrayList<>();
    data(dossier, registry)
        .ifPresent(
            node ->
                node.path(field)
                    .forEach(
                        item -> {
                          List<String> parts = new ArrayList<>();
                          for (String name : shown) {
                            JsonNode value = item.path(name);
                            parts.add(value.isArray() ? join(value) : text(item, name));
                          }
                          lines.add(String.join(" · ", parts));
                        }));
    return lines;
  }

  private static SourceRow row(SourceAnswer answer) {
    String tone =
        switch (answer.status()) {
          case OK -> "ok";
          case NOT_FOUND -> "none";
          case TIMEOUT, UNAVAILABLE, CIRCUIT_OPEN -> "missing";
        };
    return new SourceRow(
        answer.registry().id(), answer.status().name(), answer.latencyMs(), answer.detail(), tone);
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.path(field);
    return value.isMissingNode() || value.isNull() ? "—" : value.asString();
  }

  private static String join(JsonNode array) {
    List<String> items = new ArrayList<>();
    array.forEach(item -> items.add(item.asString()));
    return String.join(", ", items);
  }
}
