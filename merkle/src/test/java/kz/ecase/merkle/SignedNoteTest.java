package kz.ecase.merkle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SignedNoteTest {

  private static final String SIGNATURE = "AAAAAQID"; // key ID 00000001, signature 02 03

  @Test
  void takesTextAndSignaturesApart() {
    String note =
        "first\n\nsecond after an empty line\n\n— a.example/log "
            + SIGNATURE
            + "\n"
            + "— b.example/witness AAAAAgQ=\n";

    SignedNote parsed = SignedNote.parse(note);

    assertThat(parsed.text()).isEqualTo("first\n\nsecond after an empty line\n");
    assertThat(parsed.signatures())
        .containsExactly(
            new SignedNote.Signature("a.example/log", 1, new byte[] {2, 3}),
            new SignedNote.Signature("b.example/witness", 2, new byte[] {4}));
    assertThat(parsed.format()).isEqualTo(note);
  }

  @Test
  void keyIdIsBigEndianAndMayHaveTheHighBitSet() {
    String blob =
        Base64.getEncoder().encodeToString(new byte[] {(byte) 0xc7, 0x4f, 0x20, (byte) 0xa3, 9});

    SignedNote parsed = SignedNote.parse("text\n\n— k " + blob + "\n");

    assertThat(parsed.signatures().get(0).keyId()).isEqualTo(0xc74f20a3);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "text\n— k AAAAAQID\n",
        "text\n",
        "text\n\n",
        "text\n\n\n",
        "text\n\n— k AAAAAQID",
        "text\n\n— k AAAAAQID\n\n",
        "text\n\n-- k AAAAAQID\n",
        "text\n\n—k AAAAAQID\n",
        "text\n\n— k\n",
        "text\n\n—  AAAAAQID\n",
        "text\n\n— k+1 AAAAAQID\n",
        "text\n\n— k AAAAAQID extra\n",
        "text\n\n— k AAAAAQ\n",
        "text\n\n— k AAAAAQ==\n",
        "text\n\n— k AAAAAQIE\n— k not*base64\n",
        "text\n\n— k AAAAAQJ=\n",
        "text\r\n\n— k AAAAAQID\n",
        "te\txt\n\n— k AAAAAQID\n",
        "text\u0000\n\n— k AAAAAQID\n",
        "text\ud800\n\n— k AAAAAQID\n",
      })
  void refusesMalformedNotes(String note) {
    assertThatThrownBy(() -> SignedNote.parse(note)).isInstanceOf(NoteException.class);
  }

  @Test
  void saysWhatIsWrong() {
    assertThatThrownBy(() -> SignedNote.parse("text\n— k AAAAAQID\n"))
        .hasMessage("the signed note has no blank line between its text and signatures");
    assertThatThrownBy(() -> SignedNote.parse("text\n\n— k AAAAAQID"))
        .hasMessage("the signed note does not end with a newline");
    assertThatThrownBy(() -> SignedNote.parse("text\n\n"))
        .hasMessage("the signed note has no signatures");
    assertThatThrownBy(() -> SignedNote.parse("text\n\n— k AAAAAQID\n-- k AAAAAQID\n"))
        .hasMessage("signature line 2 is malformed: it does not start with an em dash and a space");
    assertThatThrownBy(() -> SignedNote.parse("te\rxt\n\n— k AAAAAQID\n"))
        .hasMessage("the signed note contains a control character (U+000D)");
  }

  @Test
  void refusesMoreThanOneHundredSignatures() {
    String hundred = ("— k " + SIGNATURE + "\n").repeat(100);

    assertThat(SignedNote.parse("text\n\n" + hundred).signatures()).hasSize(100);
    assertThatThrownBy(() -> SignedNote.parse("text\n\n" + hundred + "— k " + SIGNATURE + "\n"))
        .isInstanceOf(NoteException.class)
        .hasMessage("the signed note has 101 signatures, more than 100");
  }

  @Test
  void keyNamesHaveNoSpacesNorPlusSigns() {
    assertThat(List.of("a", "example.com/log42", "журнал.kz/1"))
        .allMatch(SignedNote::isValidKeyName);
    assertThat(List.of("", "a b", "a+b", "a\u00a0b", "a\u2003b", "a\tb"))
        .noneMatch(SignedNote::isValidKeyName);
  }
}
