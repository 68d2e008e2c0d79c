package kz.ecase.persons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PurposeTest {

  @Test
  void aProtocolDraftsPurposeKeepsItsRecordedFormAndIsKnownAsADraftsLookUp() {
    Purpose draft = Purpose.protocolDraft("15a4b7d6-0000-4000-8000-000000000001");

    assertThat(draft.describe())
        .as("the form look-ups were always recorded in, so older rows read the same way")
        .isEqualTo("reason protocol draft 15a4b7d6-0000-4000-8000-000000000001");
    assertThat(Purpose.describesProtocolDraft(draft.describe())).isTrue();
    assertThat(Purpose.describesProtocolDraft(new Purpose(null, "26710001000001", null).describe()))
        .isFalse();
    assertThat(
            Purpose.describesProtocolDraft(new Purpose("1", null, "protocol draft x").describe()))
        .as("a case look-up whose typed reason happens to say so")
        .isFalse();
    assertThat(Purpose.describesProtocolDraft(null)).isFalse();
  }

  @Test
  void aDraftsKeyIsReadBackOnlyFromADraftsPurpose() {
    assertThat(Purpose.protocolDraft("k-1").protocolDraftKey()).contains("k-1");
    assertThat(new Purpose(null, null, "protocol draft k-2").protocolDraftKey())
        .as("typed through the API as the page would")
        .contains("k-2");
    assertThat(new Purpose("1", null, "protocol draft k-3").protocolDraftKey()).isEmpty();
    assertThat(new Purpose(null, "26710001000001", "protocol draft k-4").protocolDraftKey())
        .isEmpty();
    assertThat(new Purpose(null, null, "protocol draft ").protocolDraftKey()).isEmpty();
    assertThat(new Purpose(null, null, "roadside check").protocolDraftKey()).isEmpty();
  }

  @Test
  void aLookUpWithoutAnyPurposeIsRefused() {
    assertThatThrownBy(() -> new Purpose(" ", null, null))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
