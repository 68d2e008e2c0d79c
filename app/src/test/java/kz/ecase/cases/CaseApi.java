package kz.ecase.cases;

import static kz.ecase.investigations.ReportApi.auth;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kz.ecase.HttpClientSession;
import kz.ecase.HttpClientSession.Reply;
import kz.ecase.investigations.ReportApi;
import tools.jackson.databind.JsonNode;

/** Criminal cases as one user's API client sees them. */
final class CaseApi {

  final HttpClientSession http;
  final String token;
  final String pin;

  CaseApi(HttpClientSession http, String token, String pin) {
    this.http = http;
    this.token = token;
    this.pin = pin;
  }

  static CaseApi of(ReportApi user, String pin) {
    return new CaseApi(user.http, user.token, pin);
  }

  Reply view(String caseId) {
    return http.get("/api/cases/" + caseId, auth(token));
  }

  JsonNode viewed(String caseId) {
    Reply reply = view(caseId);
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    return reply.json();
  }

  String caseOfReport(String reportId) {
    Reply reply = http.get("/api/cases/by-report/" + reportId, auth(token));
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    return reply.json().get("id").asString();
  }

  String participant(String caseId, String role, String iin) {
    Reply reply =
        http.postJson(
            "/api/cases/" + caseId + "/participants",
            Map.of("role", role, "iin", iin),
            auth(token));
    assertThat(reply.status()).as(reply.body()).isEqualTo(201);
    return reply.json().get("id").asString();
  }

  Reply sign(String caseId, Map<String, Object> document) {
    Map<String, Object> form = new HashMap<>(document);
    form.putIfAbsent("pin", pin);
    return http.postJson("/api/cases/" + caseId + "/documents", form, auth(token));
  }

  JsonNode signed(String caseId, Map<String, Object> document) {
    Reply reply = sign(caseId, document);
    assertThat(reply.status()).as(reply.body()).isEqualTo(201);
    return reply.json();
  }

  Reply decide(String documentId, String decision, String remarks) {
    Map<String, Object> form = new HashMap<>();
    form.put("decision", decision);
    form.put("remarks", remarks);
    form.put("pin", pin);
    return http.postJson("/api/cases/documents/" + documentId + "/decision", form, auth(token));
  }

  List<String> approvalIds() {
    Reply reply = http.get("/api/cases/approvals", auth(token));
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    return reply.json().valueStream().map(w -> w.get("documentId").asString()).toList();
  }

  /** Uploads a media file for a protocol; answers its SHA-256. */
  String upload(String caseId, String name, String mediaType, byte[] bytes) {
    String boundary = "ecase-test-boundary";
    byte[] head =
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + name
                + "\"\r\nContent-Type: "
                + mediaType
                + "\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8);
    byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
    byte[] body = new byte[head.length + bytes.length + tail.length];
    System.arraycopy(head, 0, body, 0, head.length);
    System.arraycopy(bytes, 0, body, head.length, bytes.length);
    System.arraycopy(tail, 0, body, head.length + bytes.length, tail.length);
    Reply reply =
        http.postBytes(
            "/api/cases/" + caseId + "/media",
            "multipart/form-data; boundary=" + boundary,
            body,
            auth(token));
    assertThat(reply.status()).as(reply.body()).isEqualTo(201);
    return reply.json().get("sha256").asString();
  }

  /** A victim's summons to be questioned in two days, at an office in Astana. */
  static Map<String, Object> summons(String participantId) {
    return document(
        "SUMMONS",
        "в качестве потерпевшей для допроса",
        "participantId",
        participantId,
        "appearAt",
        java.time.Instant.now().plus(java.time.Duration.ofDays(2)).toString(),
        "place",
        "Астана, ул. Бейбітшілік, 12, каб. 305");
  }

  /** The decision recognising the participant a victim of the theft. */
  static Map<String, Object> recognition(String participantId) {
    return document(
        "RECOGNISE_VICTIM",
        "Хищением ноутбука гражданке причинён имущественный вред",
        "participantId",
        participantId);
  }

  static Map<String, Object> document(String kind, String text, Object... pairs) {
    Map<String, Object> form = new HashMap<>();
    form.put("kind", kind);
    form.put("text", text);
    for (int i = 0; i + 1 < pairs.length; i += 2) {
      form.put((String) pairs[i], pairs[i + 1]);
    }
    return form;
  }

  /** The purposes of a user's audited reads of a case, in the order they were read. */
  static List<String> readPurposes(
      org.springframework.jdbc.core.simple.JdbcClient jdbc, String reader, String caseId) {
    return jdbc.sql(
            "select purpose from audit_reads where reader = :reader and record_key = :key"
                + " order by id")
        .param("reader", reader)
        .param("key", "case/" + caseId)
        .query(String.class)
        .list();
  }
}
