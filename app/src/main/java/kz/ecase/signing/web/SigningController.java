package kz.ecase.signing.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.time.Instant;
import java.util.List;
import kz.ecase.documents.Documents;
import kz.ecase.documents.StoredDocument;
import kz.ecase.identity.Action;
import kz.ecase.identity.Authorization;
import kz.ecase.identity.CurrentUsers;
import kz.ecase.platform.NotFoundException;
import kz.ecase.signing.IssuedCertificate;
import kz.ecase.signing.Signature;
import kz.ecase.signing.Signatures;
import kz.ecase.signing.Signer;
import kz.ecase.signing.SignerCheck;
import kz.ecase.signing.SigningKeys;
import kz.ecase.signing.Verification;
import kz.ecase.signing.authority.SigningAuthority;
import kz.ecase.signing.crypto.Pem;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The CA certificate, one's signing PIN and certificate, signing and checking documents. */
@RestController
@RequestMapping("/api/signing")
@Tag(name = "Signing")
class SigningController {

  static final String PKCS7 = "application/pkcs7-signature";
  static final String PEM = "application/x-pem-file";
  static final String PIN_RULE = "[0-9]{6,12}";

  /** A new signing PIN, and the current one when changing it. */
  record PinRequest(
      @NotBlank @Pattern(regexp = PIN_RULE, message = "6 to 12 digits") String pin,
      String currentPin) {}

  /** The signing PIN that opens the signer's key. */
  record SignRequest(@NotBlank String pin) {}

  record CertificateResponse(
      String serial,
      String subject,
      String issuer,
      Instant notBefore,
      Instant notAfter,
      String certificate) {

    static CertificateResponse of(IssuedCertificate issued) {
      return new CertificateResponse(
          issued.serial(),
          issued.subject(),
          issued.issuer(),
          issued.notBefore(),
          issued.notAfter(),
          issued.pem());
    }
  }

  record SignatureResponse(String document, int version, String sha256, List<Signer> signers) {

    static SignatureResponse of(Signature signature) {
      return new SignatureResponse(
          signature.documentSha256(), signature.version(), signature.sha256(), signature.signers());
    }
  }

  record VerificationResponse(
      String document, boolean valid, List<SignerCheck> signers, List<String> problems) {}

  private final SigningAuthority authority;
  private final SigningKeys keys;
  private final Signatures signatures;
  private final Documents documents;
  private final Authorization authorization;
  private final CurrentUsers users;

  SigningController(
      SigningAuthority authority,
      SigningKeys keys,
      Signatures signatures,
      Documents documents,
      Authorization authorization,
      CurrentUsers users) {
    this.authority = authority;
    this.keys = keys;
    this.signatures = signatures;
    this.documents = documents;
    this.authorization = authorization;
    this.users = users;
  }

  @GetMapping(value = "/ca", produces = PEM)
  @Operation(
      summary = "ecase's CA certificate, PEM; public",
      description =
          "With it: `openssl cms -verify -binary -inform DER -in doc.p7s -content doc.pdf"
              + " -CAfile ca.pem`.")
  String ca() {
    return Pem.write(authority.ca().certificate());
  }

  @PutMapping("/pin")
  @SecurityRequirement(name = "bearer")
  @Operation(
      summary = "Set one's signing PIN (6 to 12 digits, not the password)",
      description =
          "The first time: makes a key and issues a certificate (201). Later: changes the"
              + " PIN of the same key; `currentPin` is required and a wrong one counts (200).")
  ResponseEntity<CertificateResponse> setPin(@Valid @RequestBody PinRequest request) {
    SigningKeys.PinSet set = keys.setPin(users.current(), request.pin(), request.currentPin());
    return ResponseEntity.status(set.issued() ? HttpStatus.CREATED : HttpStatus.OK)
        .body(CertificateResponse.of(set.certificate()));
  }

  @GetMapping("/certificate")
  @SecurityRequirement(name = "bearer")
  @Operation(summary = "One's current signing certificate")
  CertificateResponse certificate() {
    return keys.certificateOf(users.current().username())
        .map(CertificateResponse::of)
        .orElseThrow(() -> new NotFoundException("No signing certificate: set a PIN first"));
  }

  @DeleteMapping("/keys/{username}")
  @PreAuthorize("hasRole('ADMIN')")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @SecurityRequirement(name = "bearer")
  @Operation(
      summary = "Revoke a user's certificate and remove their key (administrators)",
      description = "After a lock-out or a forgotten PIN; the user then sets a new PIN.")
  void reset(@PathVariable String username) {
    keys.reset(
        username.toLowerCase(java.util.Locale.ROOT), "reset by " + users.current().username());
  }

  @PostMapping(
      value = "/documents/{sha256}/signatures",
      consumes = MediaType.APPLICATION_JSON_VALUE)
  @ResponseStatus(HttpStatus.CREATED)
  @SecurityRequirement(name = "bearer")
  @Operation(
      summary = "Sign a document with one's key: the author's signature, or a co-signature",
      description = "The answer's sha256 is that of the signature (.p7s) as it stands now.")
  SignatureResponse sign(@PathVariable String sha256, @Valid @RequestBody SignRequest request) {
    return SignatureResponse.of(signatures.signOrCosign(users.current(), request.pin(), sha256));
  }

  @PostMapping(value = "/documents/{sha256}/signatures", consumes = PKCS7)
  @ResponseStatus(HttpStatus.CREATED)
  @SecurityRequirement(name = "bearer")
  @Operation(
      summary = "Add a detached CMS signature made elsewhere (DER body)",
      description =
          "Each signer must verify over the document's bytes with a chain to a trust"
              + " anchor, a valid certificate allowing signatures, and no revocation.")
  SignatureResponse addExternal(@PathVariable String sha256, @RequestBody byte[] cms) {
    return SignatureResponse.of(signatures.addExternal(users.current(), sha256, cms));
  }

  @GetMapping("/documents/{sha256}/verification")
  @SecurityRequirement(name = "bearer")
  @Operation(summary = "Check a document's signature, for users who may see the document")
  VerificationResponse verification(@PathVariable String sha256) {
    StoredDocument document =
        documents.find(sha256).orElseThrow(() -> new NotFoundException("No such document"));
    authorization.require(Action.VIEW_RECORD, document.scope());
    Verification verification = signatures.verify(sha256);
    return new VerificationResponse(
        sha256, verification.valid(), verification.signers(), verification.problems());
  }
}
