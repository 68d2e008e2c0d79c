package kz.ecase.cases.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CasePageTest {

  @Test
  void eachFieldOfTheDocumentFormNamesTheKindsThatTakeIt() {
    Map<String, String> needs =
        CasePage.needs(List.of("INTERROGATION_PROTOCOL", "EXTEND_TERM", "QUALIFY_SUSPECT"));

    assertThat(needs)
        .containsEntry("participantId", "INTERROGATION_PROTOCOL QUALIFY_SUSPECT")
        .containsEntry("article", "QUALIFY_SUSPECT")
        .containsEntry("form", "")
        .containsEntry("period", "EXTEND_TERM")
        .containsEntry("media", "INTERROGATION_PROTOCOL")
        .containsEntry("admits", "INTERROGATION_PROTOCOL");
    assertThat(CasePage.needs(List.of("SUMMONS", "MOTION_DECISION")))
        .containsEntry("participantId", "SUMMONS")
        .containsEntry("appearAt", "SUMMONS")
        .containsEntry("place", "SUMMONS")
        .containsEntry("answers", "MOTION_DECISION")
        .containsEntry("granted", "MOTION_DECISION");
    assertThat(CasePage.needs(List.of("CHANGE_FORM")))
        .containsEntry("form", "CHANGE_FORM")
        .containsEntry("admits", "");
  }
}
