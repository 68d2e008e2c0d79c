package kz.ecase.cases.court;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import kz.ecase.cases.persistence.CaseDocumentStore;
import kz.ecase.cases.persistence.CaseDocumentStore.CaseDocument;
import kz.ecase.cases.persistence.CaseDocumentStore.Media;
import kz.ecase.cases.persistence.CaseStore;
import kz.ecase.cases.persistence.CaseStore.CaseSettings;
import kz.ecase.cases.persistence.CaseStore.StoredCase;
import kz.ecase.cases.persistence.ParticipantStore;
import kz.ecase.cases.persistence.ParticipantStore.StoredParticipant;
import kz.ecase.documents.Documents;
import kz.ecase.identity.RecordScope;
import kz.ecase.signing.Signature;
import kz.ecase.signing.Signatures;
import org.springframework.stereotype.Component;

/**
 * The manifest of a court file: the case (ERDR number, unit, qualification, form), its
 * participants, every version of every document with its kind, state, author and approver, and the
 * files of the court file, each by name and SHA-256: a document's PDF, its signature as it stands
 * (every co-signature included) and its media. Signatures are copied into the document storage by
 * their hash, so that the file can be built later with exactly the bytes the manifest names.
 */
@Component
class CourtManifest {

  /** The manifest as sealed: its bytes, and how many documents and files it names. */
  record Sealed(byte[] json, int documents, int files) {}

  /** A file of the court file, by its path in the ZIP and its SHA-256. */
  record FileLine(String name, String sha256) {}

  record SentBy(String document, String kind, int version) {}

  record SignerLine(String subject, String serial) {}

  static final String PKCS7 = "application/pkcs7-signature";

  private final CaseStore cases;
  private final CaseDocumentStore documents;
  private final ParticipantStore participants;
  private final Signatures signatures;
  private final Documents storage;

  CourtManifest(
      CaseStore cases,
      CaseDocumentStore documents,
      ParticipantStore participants,
      Signatures signatures,
      Documents storage) {
    this.cases = cases;
    this.documents = documents;
    this.participants = participants;
    this.signatures = signatures;
    this.storage = storage;
  }

  Sealed of(
      StoredCase c, CaseDocument sentBy, String reference, Instant sealedAt, RecordScope scope) {
    List<FileLine> files = new ArrayList<>();
    Set<String> names = new HashSet<>();
    List<Media> media = documents.media(c.id());
    List<Map<String, Object>> docs = new ArrayList<>();
    for (CaseDocument d : documents.of(c.id())) {
      docs.add(document(d, media, files, names, scope));
    }
    Map<String, Object> manifest = new LinkedHashMap<>();
    manifest.put("format", 1);
    manifest.put("reference", reference);
    manifest.put("sealedAt", sealedAt.toString());
    manifest.put("case", caseOf(c, cases.settings(c.id())));
    manifest.put("sentBy", new SentBy(sentBy.id().toString(), sentBy.kind(), sentBy.version()));
    manifest.put(
        "participants", participants.of(c.id()).stream().map(CourtManifest::person).toList());
    manifest.put("documents", docs);
    manifest.put("files", files);
    return new Sealed(CourtFileBuilder.JSON.writeValueAsBytes(manifest), docs.size(), files.size());
  }

  private Map<String, Object> document(
      CaseDocument d,
      List<Media> media,
      List<FileLine> files,
      Set<String> names,
      RecordScope scope) {
    Signature signature =
        signatures
            .latest(d.sha256())
            .orElseThrow(() -> new IllegalStateException("Document " + d.id() + " is unsigned"));
    storage.store(PKCS7, signature.cms(), scope);
    String base =
        String.format(
            "documents/%03d-%s-v%d", d.seq(), d.kind().toLowerCase(Locale.ROOT), d.version());
    Map<String, Object> line = new LinkedHashMap<>();
    line.put("id", d.id().toString());
    line.put("seq", d.seq());
    line.put("kind", d.kind());
    line.put("version", d.version());
    line.put("replaces", d.replaces() == null ? null : d.replaces().toString());
    line.put("state", state(d));
    line.put("language", d.language());
    line.put("author", d.author());
    line.put("signedAt", d.signedAt().toString());
    line.put("participant", d.participantId() == null ? null : d.participantId().toString());
    line.put("article", d.articleCode());
    line.put("form", d.form());
    line.put("period", d.period());
    line.put("approverRole", d.approverRole());
    line.put("decision", decision(d.decision()));
    line.put("pdf", file(files, names, base + ".pdf", d.sha256()));
    line.put("pdfSha256", d.sha256());
    line.put("signature", file(files, names, base + ".p7s", signature.sha256()));
    line.put("signatureSha256", signature.sha256());
    line.put("signatureVersion", signature.version());
    line.put(
        "signers",
        signature.signers().stream().map(s -> new SignerLine(s.subject(), s.serial())).toList());
    List<Map<String, Object>> attached = new ArrayList<>();
    for (Media m : media) {
      if (m.documentId().equals(d.id())) {
        String name = String.format("media/%03d-%s", d.seq(), safe(m.name()));
        if (names.contains(name)) {
          name =
              String.format(
                  "media/%03d-%s-%s", d.seq(), m.sha256().substring(0, 12), safe(m.name()));
        }
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("file", file(files, names, name, m.sha256()));
        item.put("name", m.name());
        item.put("sha256", m.sha256());
        item.put("mediaType", m.mediaType());
        attached.add(item);
      }
    }
    line.put("media", attached);
    return line;
  }

  private static String file(List<FileLine> files, Set<String> names, String name, String sha256) {
    if (!names.add(name)) {
      throw new IllegalStateException("Two files of the court file are named " + name);
    }
    files.add(new FileLine(name, sha256));
    return name;
  }

  private static Map<String, Object> caseOf(StoredCase c, CaseSettings s) {
    Map<String, Object> line = new LinkedHashMap<>();
    line.put("id", c.id().toString());
    line.put("ledgerRecord", "case/" + c.id());
    line.put("erdrNumber", c.erdrNumber());
    line.put("unit", c.unit());
    line.put("openedAt", c.openedAt().toString());
    line.put("article", s.articleCode());
    line.put("gravity", s.gravity());
    line.put("form", s.form());
    line.put("language", s.language());
    line.put("investigator", s.investigator());
    return line;
  }

  private static Map<String, Object> person(StoredParticipant p) {
    Map<String, Object> line = new LinkedHashMap<>();
    line.put("id", p.id().toString());
    line.put("role", p.role());
    line.put("iin", p.iin());
    line.put("name", p.name());
    return line;
  }

  private static Map<String, Object> decision(CaseDocumentStore.Decision decision) {
    if (decision == null) {
      return null;
    }
    Map<String, Object> line = new LinkedHashMap<>();
    line.put("decision", decision.decision());
    line.put("decidedBy", decision.decidedBy());
    line.put("decidedAt", decision.decidedAt().toString());
    line.put("remarks", decision.remarks());
    return line;
  }

  private static String state(CaseDocument d) {
    if (d.superseded()) {
      return "SUPERSEDED";
    }
    return d.waiting() ? "WAITING" : d.returned() ? "RETURNED" : "IN_EFFECT";
  }

  /** A file name made of letters, digits, dots, dashes and underscores only. */
  static String safe(String name) {
    String safe = name.replaceAll("[^A-Za-z0-9._-]", "_");
    return safe.isEmpty() || safe.startsWith(".") ? "_" + safe : safe;
  }
}
