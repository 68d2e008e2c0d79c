package kz.ecase.merkle;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/**
 * A signed note of c2sp.org/signed-note taken apart, before any signature is checked: the text
 * (ending in a newline), a blank line, then one signature line per key, {@code "— <key name>
 * <base64(key ID || signature)>"}. {@link NoteVerifier} decides whether to trust it.
 *
 * @param text the signed text, with its final newline
 * @param signatures the signature lines, in order
 */
record SignedNote(String text, List<Signature> signatures) {

  /** More signatures than this make a note suspicious; the spec asks verifiers for at least 16. */
  static final int MAX_SIGNATURES = 100;

  private static final String SIGNATURE_PREFIX = "\u2014 ";

  /**
   * One signature line.
   *
   * @param keyName name of the key that signed
   * @param keyId the key's 32-bit ID
   * @param signature the signature bytes after the key ID
   */
  record Signature(String keyName, int keyId, byte[] signature) {
    Signature {
      signature = signature.clone();
    }

    @Override
    public byte[] signature() {
      return signature.clone();
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Signature that
          && keyName.equals(that.keyName)
          && keyId == that.keyId
          && Arrays.equals(signature, that.signature);
    }

    @Override
    public int hashCode() {
      return 31 * (31 * keyName.hashCode() + keyId) + Arrays.hashCode(signature);
    }

    @Override
    public String toString() {
      return "Signature[" + keyName + ", " + String.format("%08x", keyId) + "]";
    }

    String line() {
      byte[] blob = ByteBuffer.allocate(4 + signature.length).putInt(keyId).put(signature).array();
      return SIGNATURE_PREFIX + keyName + " " + Base64.getEncoder().encodeToString(blob) + "\n";
    }
  }

  SignedNote {
    signatures = List.copyOf(signatures);
  }

  /** The note as it is sent: text, blank line, signature lines. */
  String format() {
    StringBuilder note = new StringBuilder(text).append('\n');
    signatures.forEach(signature -> note.append(signature.line()));
    return note.toString();
  }

  /**
   * Takes a signed note apart.
   *
   * @throws NoteException if it is not a well-formed signed note
   */
  static SignedNote parse(String note) {
    requireValidText(note, "the signed note");
    int blankLine = note.lastIndexOf("\n\n");
    if (blankLine < 0) {
      throw new NoteException("the signed note has no blank line between its text and signatures");
    }
    String text = note.substring(0, blankLine + 1);
    String block = note.substring(blankLine + 2);
    if (block.isEmpty()) {
      throw new NoteException("the signed note has no signatures");
    }
    String[] lines = block.substring(0, block.length() - 1).split("\n", -1);
    if (lines.length > MAX_SIGNATURES) {
      throw new NoteException(
          "the signed note has " + lines.length + " signatures, more than " + MAX_SIGNATURES);
    }
    List<Signature> signatures = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      signatures.add(parseSignature(lines[i], i + 1));
    }
    return new SignedNote(text, signatures);
  }

  private static Signature parseSignature(String line, int number) {
    String problem = "signature line " + number + " is malformed: ";
    if (!line.startsWith(SIGNATURE_PREFIX)) {
      throw new NoteException(problem + "it does not start with an em dash and a space");
    }
    String rest = line.substring(SIGNATURE_PREFIX.length());
    int space = rest.indexOf(' ');
    if (space < 0) {
      throw new NoteException(problem + "it has no space between key name and signature");
    }
    String keyName = rest.substring(0, space);
    if (!isValidKeyName(keyName)) {
      throw new NoteException(problem + "\"" + keyName + "\" is not a valid key name");
    }
    byte[] blob = decodeBase64(rest.substring(space + 1));
    if (blob == null || blob.length <= 4) {
      throw new NoteException(problem + "the signature is not base64 of a key ID and signature");
    }
    ByteBuffer buffer = ByteBuffer.wrap(blob);
    int keyId = buffer.getInt();
    byte[] signature = new byte[buffer.remaining()];
    buffer.get(signature);
    return new Signature(keyName, keyId, signature);
  }

  /**
   * Refuses text a note cannot carry: not ending in a newline, ASCII control characters other than
   * newline, or characters that UTF-8 cannot encode (lone surrogates).
   *
   * @param what what the text is, for the message
   * @throws NoteException if the text is refused
   */
  static void requireValidText(String text, String what) {
    if (text.isEmpty() || !text.endsWith("\n")) {
      throw new NoteException(what + " does not end with a newline");
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20 && c != '\n') {
        throw new NoteException(
            what + " contains a control character (U+" + String.format("%04X", (int) c) + ")");
      }
    }
    try {
      StandardCharsets.UTF_8.newEncoder().encode(CharBuffer.wrap(text));
    } catch (CharacterCodingException e) {
      throw new NoteException(what + " is not valid Unicode text", e);
    }
  }

  /** A key name is non-empty and has neither Unicode spaces nor plus signs. */
  static boolean isValidKeyName(String name) {
    return !name.isEmpty()
        && name.codePoints()
            .noneMatch(c -> c == '+' || Character.isWhitespace(c) || Character.isSpaceChar(c));
  }

  /** Decodes standard base64 with padding, accepting only its one canonical spelling. */
  static byte[] decodeBase64(String text) {
    try {
      byte[] bytes = Base64.getDecoder().decode(text);
      return Base64.getEncoder().encodeToString(bytes).equals(text) ? bytes : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
