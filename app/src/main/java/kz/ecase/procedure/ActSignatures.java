package kz.ecase.procedure;

import java.util.List;
import kz.ecase.documents.StoredDocument;
import kz.ecase.identity.CurrentUser;
import kz.ecase.ledger.Attachment;
import kz.ecase.platform.InvalidInputException;
import kz.ecase.signing.Signature;
import kz.ecase.signing.Signatures;
import kz.ecase.signing.UnlockedKey;
import org.springframework.stereotype.Service;

/**
 * Signs the acts of procedural steps: the author's key is unlocked with their PIN before the step's
 * transaction (a wrong PIN refuses the step before anything is written), and the rendered act is
 * signed inside it; the ledger entry names the PDF and its detached CMS signature.
 */
@Service
public class ActSignatures {

  private final Signatures signatures;

  ActSignatures(Signatures signatures) {
    this.signatures = signatures;
  }

  /**
   * @throws InvalidInputException ({@code pin}) when no PIN is given
   */
  public UnlockedKey unlock(CurrentUser author, String pin) {
    requirePin(pin);
    return signatures.unlock(author, pin);
  }

  /**
   * @throws InvalidInputException ({@code pin}) when no PIN is given
   */
  public static void requirePin(String pin) {
    if (pin == null || pin.isBlank()) {
      throw new InvalidInputException("pin", "Your signing PIN is required to sign the act");
    }
  }

  /** The act signed by its author; attachments {@code <name>.pdf} and {@code <name>.p7s}. */
  public SignedAct sign(CurrentUser author, UnlockedKey key, StoredDocument act, String name) {
    Signature signature = signatures.sign(author, key, act.sha256());
    return new SignedAct(
        act.sha256(),
        List.of(
            new Attachment(name + ".pdf", act.sha256()),
            new Attachment(name + ".p7s", signature.sha256())));
  }

  /** An act without a signature (filed by a person who signs no documents in ecase). */
  public SignedAct unsigned(StoredDocument act, String name) {
    return new SignedAct(act.sha256(), List.of(new Attachment(name + ".pdf", act.sha256())));
  }
}
