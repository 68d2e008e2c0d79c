package kz.ecase.persons.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import kz.ecase.kernel.Iin;
import kz.ecase.persons.Dossier;
import kz.ecase.persons.Registry;
import kz.ecase.persons.SourceAnswer;
import kz.ecase.persons.SourceStatus;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** What the officer's card makes of the registries' answers. */
class DossierCardTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Test
  void theCardShowsParticularsListsAndWhatStandsOut() {
    DossierCard card =
        new DossierCard(
            dossier(
                SourceAnswer.ok(
                    Registry.POPULATION,
                    80,
                    JSON.readTree(
                        """
                        {"lastName":"Жұмабаев","firstName":"Серік","patronymic":"Ерланұлы",
                         "birthDate":"1985-03-15","mobilePhone":"+77011234567",
                         "address":{"region":"Астана","city":"Астана","street":"Мәңгілік Ел",
                                    "house":"8","apartment":null}}
                        """)),
                SourceAnswer.ok(
                    Registry.WANTED,
                    300,
                    JSON.readTree("{\"wanted\":true,\"since\":\"2025-01-02\"}")),
                SourceAnswer.ok(
                    Registry.LICENCES,
                    90,
                    JSON.readTree(
                        "{\"licences\":[{\"number\":\"AB123\",\"categories\":[\"B\",\"C\"],"
                            + "\"status\":\"VALID\",\"expires\":\"2030-01-01\"}]}")),
                SourceAnswer.without(Registry.FINES, SourceStatus.TIMEOUT, 1200, "no answer")));

    assertThat(card.person())
        .hasValueSatisfying(
            person -> {
              assertThat(person.fullName()).isEqualTo("Жұмабаев Серік Ерланұлы");
              assertThat(person.address()).isEqualTo("Астана, Астана, Мәңгілік Ел 8");
            });
    assertThat(card.alerts()).containsExactly("lookup.alert.wanted");
    assertThat(card.licences()).containsExactly("AB123 · B, C · VALID · 2030-01-01");
    assertThat(card.fines()).as("no answer, no lines").isEmpty();
    assertThat(card.sources())
        .extracting(DossierCard.SourceRow::tone)
        .containsExactly("ok", "ok", "ok", "missing");
  }

  private static Dossier dossier(SourceAnswer... answers) {
    return new Dossier(
        "id", 1, Iin.of("850315401231"), Instant.EPOCH, "reason test", List.of(answers));
  }
}
