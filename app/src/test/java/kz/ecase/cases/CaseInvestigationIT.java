package kz.ecase.cases;

import static kz.ecase.cases.CaseApi.document;
import static kz.ecase.investigations.ReportApi.decision;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import kz.ecase.EcaseIntegrationTest;
import kz.ecase.HttpClientSession;
import kz.ecase.HttpClientSession.Reply;
import kz.ecase.TestAccounts;
import kz.ecase.investigations.ReportApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The pre-trial investigation through the HTTP API as the investigator, the duty prosecutor, the
 * supervising prosecutor and the head of the unit use it.
 */
@EcaseIntegrationTest
class CaseInvestigationIT {

  static final String PIN = "246810";
  static final String SUSPECT = "791028302728";
  static final String VICTIM = "850315401231";
  static final String LAWYER_IIN = "870412300406";

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired CaseTermSweep sweep;

  HttpClientSession http;
  ReportApi officer;
  ReportApi investigatorReports;
  CaseApi investigator;
  CaseApi dutyProsecutor;
  CaseApi supervisor;

  @BeforeEach
  void staffWithSigningKeys() {
    http = new HttpClientSession(port);
    officer = ReportApi.withPin(http, "officer", PIN);
    investigatorReports = ReportApi.withPin(http, "investigator", PIN);
    investigator = CaseApi.of(investigatorReports, PIN);
    dutyProsecutor = CaseApi.of(ReportApi.withPin(http, "duty-prosecutor", PIN), PIN);
    supervisor = CaseApi.of(ReportApi.withPin(http, "supervisor", PIN), PIN);
  }

  @Test
  void shopliftingInTheOrderProcedureReachesCourtWithOneApproval(@TempDir Path dir)
      throws Exception {
    String caseId = registeredCase("188-1", "ORDER_PROCEDURE");
    JsonNode opened = investigator.viewed(caseId);
    assertThat(opened.get("status").asString()).isEqualTo("INVESTIGATING");
    assertThat(opened.get("form").asString()).isEqualTo("ORDER_PROCEDURE");
    assertThat(opened.get("investigator").asString()).isEqualTo("investigator");
    Duration term =
        Duration.between(
            Instant.parse(opened.get("openedAt").asString()),
            Instant.parse(opened.get("deadline").asString()));
    assertThat(term).as("the order procedure's five days").isEqualTo(Duration.ofDays(5));

    String suspect = investigator.participant(caseId, "SUSPECT", SUSPECT);
    String victim = investigator.participant(caseId, "VICTIM", VICTIM);
    JsonNode recognised =
        investigator.signed(
            caseId,
            document(
                "RECOGNISE_VICTIM",
                "Хищением ноутбука гражданке причинён имущественный вред",
                "participantId",
                victim));
    assertThat(recognised.get("approverRole").isNull()).isTrue();

    Reply tooEarly =
        investigator.sign(caseId, document("ORDER_PROTOCOL", "Подозреваемый изобличён"));
    assertThat(tooEarly.status()).isEqualTo(400);
    assertThat(tooEarly.body()).contains("kind").contains("admitted");

    String audio = investigator.upload(caseId, "dopros.mp3", "audio/mpeg", new byte[] {1, 2, 3, 4});
    investigator.signed(
        caseId,
        document(
            "INTERROGATION_PROTOCOL",
            "Вину признаю полностью, ноутбук взял, чтобы продать.",
            "participantId",
            suspect,
            "admits",
            true,
            "media",
            List.of(Map.of("name", "dopros.mp3", "sha256", audio))));
    assertThat(investigator.viewed(caseId).get("proposedForm").asString())
        .isEqualTo("ORDER_PROCEDURE");

    JsonNode protocol =
        investigator.signed(
            caseId,
            document(
                "ORDER_PROTOCOL",
                "Вина подозреваемого подтверждается его признанием и протоколом допроса"));
    String protocolId = protocol.get("id").asString();
    assertThat(protocol.get("approverRole").asString()).isEqualTo("DUTY_PROSECUTOR");
    assertThat(dutyProsecutor.approvalIds()).contains(protocolId);
    assertThat(supervisor.decide(protocolId, "APPROVE", null).status())
        .as("the law names one approver: the duty prosecutor")
        .isEqualTo(403);

    Reply approved = dutyProsecutor.decide(protocolId, "APPROVE", null);
    assertThat(approved.status()).as(approved.body()).isEqualTo(201);
    JsonNode sent = investigator.viewed(caseId);
    assertThat(sent.get("status").asString()).isEqualTo("SENT_TO_COURT");
    assertThat(dutyProsecutor.approvalIds()).doesNotContain(protocolId);
    assertThat(sent.get("steps").valueStream().map(s -> s.get("step").asString()).toList())
        .containsExactly(
            "OPEN",
            "ADD_PARTICIPANT",
            "ADD_PARTICIPANT",
            "SIGN_DOCUMENT",
            "SIGN_DOCUMENT",
            "SIGN_DOCUMENT",
            "SEND_TO_COURT");

    investigatorReports.assertActVerifiesWithOpenssl(protocol.get("sha256").asString(), dir);
    assertBundleVerifies(caseId, 7);
  }

  @Test
  void aReturnedDocumentIsCorrectedByANewVersionThatKeepsTheOld() {
    String caseId = registeredCase("188-2", null);
    String suspect = investigator.participant(caseId, "SUSPECT", SUSPECT);
    JsonNode first =
        investigator.signed(
            caseId,
            document(
                "QUALIFY_SUSPECT",
                "Проник в жилище",
                "participantId",
                suspect,
                "article",
                "188-2"));
    assertThat(first.get("approverRole").asString()).isEqualTo("SUPERVISING_PROSECUTOR");

    Reply noRemarks = supervisor.decide(first.get("id").asString(), "RETURN", " ");
    assertThat(noRemarks.status()).isEqualTo(400);
    assertThat(noRemarks.body()).contains("remarks");
    Reply returned =
        supervisor.decide(first.get("id").asString(), "RETURN", "Опишите способ проникновения");
    assertThat(returned.status()).as(returned.body()).isEqualTo(201);

    JsonNode second =
        investigator.signed(
            caseId,
            document(
                "QUALIFY_SUSPECT",
                "Проник в жилище, взломав замок входной двери",
                "participantId",
                suspect,
                "article",
                "188-2",
                "replaces",
                first.get("id").asString()));
    assertThat(second.get("version").asInt()).isEqualTo(2);
    assertThat(supervisor.decide(second.get("id").asString(), "APPROVE", null).status())
        .isEqualTo(201);

    JsonNode view = investigator.viewed(caseId);
    List<String> states =
        view.get("documents").valueStream().map(d -> d.get("state").asString()).toList();
    assertThat(states).containsExactly("SUPERSEDED", "IN_EFFECT");
    assertThat(view.get("participants").get(0).get("recognised").asBoolean()).isTrue();
  }

  @Test
  void aGeneralCaseIsExtendedOnLineBeforeItsTermRunsOut() {
    String caseId = registeredCase("188-3", null);
    JsonNode before = investigator.viewed(caseId);
    assertThat(before.get("form").asString()).isEqualTo("GENERAL");
    Instant deadline = Instant.parse(before.get("deadline").asString());

    Reply badPeriod = investigator.sign(caseId, document("EXTEND_TERM", "", "period", "soon"));
    assertThat(badPeriod.status()).isEqualTo(400);
    assertThat(badPeriod.json().toString()).contains("period");

    JsonNode request =
        investigator.signed(
            caseId,
            document(
                "EXTEND_TERM",
                "Назначена товароведческая экспертиза, заключение ожидается через три недели",
                "period",
                "P1M"));
    assertThat(Instant.parse(investigator.viewed(caseId).get("deadline").asString()))
        .as("not before it is approved")
        .isEqualTo(deadline);
    assertThat(supervisor.decide(request.get("id").asString(), "APPROVE", null).status())
        .isEqualTo(201);
    Instant extended = Instant.parse(investigator.viewed(caseId).get("deadline").asString());
    assertThat(extended).isAfter(deadline.plus(Duration.ofDays(27)));
    assertThat(extended).isBefore(deadline.plus(Duration.ofDays(32)));
  }

  @Test
  void aTermThatRunsOutWithoutADecisionIsRecordedOnceAndAlerted() {
    String caseId = registeredCase("188-1", "ORDER_PROCEDURE");
    Instant deadline = Instant.parse(investigator.viewed(caseId).get("deadline").asString());

    sweep.sweep(deadline.minus(Duration.ofHours(12)));
    assertThat(alerts("investigator")).anyMatch(t -> t.contains("75") || t.contains("четверт"));

    sweep.sweep(deadline.plusSeconds(60));
    sweep.sweep(deadline.plusSeconds(120));
    List<String> steps =
        investigator
            .viewed(caseId)
            .get("steps")
            .valueStream()
            .map(s -> s.get("step").asString())
            .toList();
    assertThat(steps.stream().filter("MISS_TERM"::equals).count()).isEqualTo(1);
    assertThat(alerts("investigator")).anyMatch(t -> t.contains("ran out") || t.contains("истёк"));
  }

  @Test
  void anotherUnitsInvestigatorSeesNoCaseAndTakesNoStep() {
    String caseId = registeredCase("188-1", null);
    String stranger = TestAccounts.create(http, "710002", "INVESTIGATOR", null);
    CaseApi other =
        CaseApi.of(new ReportApi(http, http.token(stranger, TestAccounts.PASSWORD)), PIN);
    assertThat(http.putJson("/api/signing/pin", Map.of("pin", PIN), ReportApi.auth(other.token)))
        .extracting(Reply::status)
        .isEqualTo(201);
    assertThat(other.view(caseId).status()).isEqualTo(404);
    assertThat(other.sign(caseId, document("START_DECISION", "x")).status()).isEqualTo(404);
    assertThat(http.get("/api/ledger/bundles/case/" + caseId, ReportApi.auth(other.token)).status())
        .isEqualTo(404);
    long documents =
        jdbc.sql("select count(*) from criminal_case_documents where case_id = :id::uuid")
            .param("id", caseId)
            .query(Long.class)
            .single();
    assertThat(documents).isZero();
  }

  @Test
  void anotherCaseIsJoinedByAnApprovedDecisionAndKeepsItsActs() {
    String leading = registeredCase("188-2", null);
    String other = registeredCase("188-1", null);
    String otherNumber = investigator.viewed(other).get("erdrNumber").asString();

    Reply itself =
        investigator.sign(
            leading,
            document(
                "JOIN_CASES",
                "Одно лицо",
                "otherCase",
                investigator.viewed(leading).get("erdrNumber").asString()));
    assertThat(itself.status()).isEqualTo(400);
    assertThat(itself.body()).contains("otherCase");
    Reply unknown =
        investigator.sign(
            leading, document("JOIN_CASES", "Одно лицо", "otherCase", "999999999999999"));
    assertThat(unknown.status()).isEqualTo(400);

    JsonNode joinder =
        investigator.signed(
            leading,
            document(
                "JOIN_CASES", "Кражи совершены одним лицом в один день", "otherCase", otherNumber));
    assertThat(investigator.viewed(other).get("status").asString())
        .as("not before the consent")
        .isEqualTo("INVESTIGATING");
    assertThat(supervisor.decide(joinder.get("id").asString(), "APPROVE", null).status())
        .isEqualTo(201);
    JsonNode joined = investigator.viewed(other);
    assertThat(joined.get("status").asString()).isEqualTo("JOINED");
    assertThat(joined.get("steps").valueStream().map(st -> st.get("step").asString()).toList())
        .containsExactly("OPEN", "JOIN_INTO");
    assertThat(investigator.sign(other, document("START_DECISION", "x")).status())
        .as("a joined case takes no further act")
        .isEqualTo(400);
  }

  @Test
  void aSuspectsPartIsSeveredIntoANewCaseOfTheRegisterAndTheLeadingCaseKeepsItsActs()
      throws Exception {
    String leading = registeredCase("188-2", null);
    String suspect = investigator.participant(leading, "SUSPECT", SUSPECT);
    Reply notYet =
        investigator.sign(
            leading,
            document("SEVER_CASE", "Эпизод", "participantId", suspect, "article", "188-1"));
    assertThat(notYet.status()).isEqualTo(400);
    assertThat(notYet.body()).contains("participantId").contains("recognised suspect");

    JsonNode qualified =
        investigator.signed(
            leading,
            document(
                "QUALIFY_SUSPECT",
                "Проник в жилище",
                "participantId",
                suspect,
                "article",
                "188-2"));
    assertThat(supervisor.decide(qualified.get("id").asString(), "APPROVE", null).status())
        .isEqualTo(201);
    Reply noArticle =
        investigator.sign(leading, document("SEVER_CASE", " ", "participantId", suspect));
    assertThat(noArticle.status()).isEqualTo(400);
    assertThat(noArticle.body()).contains("article").contains("text");

    JsonNode decision =
        investigator.signed(
            leading,
            document(
                "SEVER_CASE",
                "Кража из магазина 1 декабря совершена подозреваемым отдельно от кражи из жилища",
                "participantId",
                suspect,
                "article",
                "188-1"));
    assertThat(decision.get("approverRole").isNull())
        .as("the investigator's own decision")
        .isTrue();

    JsonNode lead = investigator.viewed(leading);
    assertThat(lead.get("severed").size()).isEqualTo(1);
    String number = lead.get("severed").get(0).asString();
    assertThat(number)
        .as("a new number of the register")
        .hasSize(15)
        .isNotEqualTo(lead.get("erdrNumber").asString());
    assertThat(lead.get("status").asString()).isEqualTo("INVESTIGATING");
    assertThat(lead.get("steps").size()).as("the leading case keeps its acts").isEqualTo(5);

    String severedId =
        jdbc.sql("select id::text from criminal_cases where erdr_number = :n")
            .param("n", number)
            .query(String.class)
            .single();
    JsonNode severed = investigator.viewed(severedId);
    assertThat(severed.get("severedFrom").asString()).isEqualTo(lead.get("erdrNumber").asString());
    assertThat(severed.get("articleCode").asString()).isEqualTo("188-1");
    assertThat(severed.get("investigator").asString()).isEqualTo("investigator");
    assertThat(severed.get("steps").valueStream().map(st -> st.get("step").asString()).toList())
        .containsExactly("OPEN", "ADD_PARTICIPANT");
    assertThat(severed.get("participants").get(0).get("iin").asString()).isEqualTo(SUSPECT);
    assertThat(severed.get("participants").get(0).get("recognised").asBoolean())
        .as("qualified in the new case by its own decision")
        .isFalse();
    assertThat(
            investigator
                .signed(
                    severedId,
                    document(
                        "QUALIFY_SUSPECT",
                        "Кража из магазина",
                        "participantId",
                        severed.get("participants").get(0).get("id").asString(),
                        "article",
                        "188-1"))
                .get("approverRole")
                .asString())
        .isEqualTo("SUPERVISING_PROSECUTOR");
    assertBundleVerifies(severedId, 3);
  }

  @Test
  void aGraveCrimesCaseAndItsLedgerEntriesAreHiddenFromTheUnitsOtherInvestigators()
      throws Exception {
    String caseId = registeredCase("188-3", null);
    investigatorReports.assertBundleVerifies("case", caseId, 1);
    String outsider = TestAccounts.create(http, "710001", "INVESTIGATOR", null);
    String token = http.token(outsider, TestAccounts.PASSWORD);
    assertThat(http.get("/api/cases/" + caseId, ReportApi.auth(token)).status())
        .as("not of the team of a grave crime's case")
        .isEqualTo(404);
    assertThat(http.get("/api/ledger/bundles/case/" + caseId, ReportApi.auth(token)).status())
        .as("nor its ledger entries")
        .isEqualTo(404);
    long entry =
        jdbc.sql("select min(idx) from ledger_entries where record_key = :key")
            .param("key", "case/" + caseId)
            .query(Long.class)
            .single();
    assertThat(http.get("/api/ledger/entries/" + entry, ReportApi.auth(token)).status())
        .isEqualTo(404);
  }

  @Test
  void aGraveCrimeIsNotRegisteredInTheOrderProcedure() {
    String reportId = officer.receive(ReportApi.theft(PIN));
    Reply refused =
        investigatorReports.step(
            reportId, decision("REGISTER", PIN, "article", "188-3", "form", "ORDER_PROCEDURE"));
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body()).contains("form");
    assertThat(investigatorReports.status(reportId)).isEqualTo("RECEIVED");
  }

  @Test
  void aDocumentWithEveryFieldWrongNamesThemAllAndStoresNothing() {
    String caseId = registeredCase("188-1", null);
    Reply reply =
        investigator.sign(
            caseId,
            document(
                "QUALIFY_SUSPECT",
                " ",
                "participantId",
                "not-an-id",
                "article",
                "999-9",
                "period",
                "x"));
    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.body()).contains("participantId").contains("article").contains("period");
    assertThat(investigator.viewed(caseId).get("documents")).isEmpty();
  }

  @Test
  void anAdmittedLawyerReadsTheFileAuditedAndAMotionIsAnswered() throws Exception {
    String caseId = registeredCase("188-1", null);
    String number = investigator.viewed(caseId).get("erdrNumber").asString();
    CaseApi lawyer = new CaseApi(http, http.token("lawyer", "demo"), PIN);
    String otherLawyer = otherLawyer();
    CaseApi stranger = new CaseApi(http, http.token(otherLawyer, "demo"), PIN);
    assertThat(lawyer.view(caseId).status()).as("not admitted yet").isEqualTo(404);

    Reply asked =
        http.postJson(
            "/api/cases/defence-requests",
            Map.of(
                "erdrNumber", number, "clientIin", SUSPECT, "warrant", "Ордер № 17 от 05.12.2026"),
            ReportApi.auth(lawyer.token));
    assertThat(asked.status()).as(asked.body()).isEqualTo(202);
    Reply askedBlind =
        http.postJson(
            "/api/cases/defence-requests",
            Map.of("erdrNumber", "999999999999999", "clientIin", SUSPECT, "warrant", "Ордер № 18"),
            ReportApi.auth(lawyer.token));
    assertThat(askedBlind.status()).as("no hint whether a number names a case").isEqualTo(202);
    assertThat(investigator.viewed(caseId).get("defenceRequests")).hasSize(1);

    String counsel = investigator.participant(caseId, "DEFENCE_LAWYER", LAWYER_IIN);
    JsonNode admission =
        investigator.signed(
            caseId, document("ADMIT_DEFENCE", "Предъявлен ордер № 17", "participantId", counsel));
    JsonNode file = lawyer.viewed(caseId);
    assertThat(file.get("erdrNumber").asString()).isEqualTo(number);
    assertThat(
            http.getBytes(
                    "/api/cases/"
                        + caseId
                        + "/documents/"
                        + admission.get("id").asString()
                        + "/pdf",
                    ReportApi.auth(lawyer.token))
                .contentType())
        .startsWith("application/pdf");
    long reads =
        jdbc.sql("select count(*) from audit_reads where reader = 'lawyer' and record_key = :key")
            .param("key", "case/" + caseId)
            .query(Long.class)
            .single();
    assertThat(reads).as("every read of the file audited").isEqualTo(2);
    assertThat(
            http.get("/api/cases/defence", ReportApi.auth(lawyer.token))
                .json()
                .valueStream()
                .map(c -> c.get("id").asString()))
        .contains(caseId);

    Reply motion =
        http.postJson(
            "/api/cases/" + caseId + "/motions",
            Map.of("text", "Прошу назначить товароведческую экспертизу похищенного ноутбука"),
            ReportApi.auth(lawyer.token));
    assertThat(motion.status()).as(motion.body()).isEqualTo(201);
    String motionId = motion.json().get("id").asString();
    assertThat(
            Duration.between(
                Instant.parse(motion.json().get("filedAt").asString()),
                Instant.parse(motion.json().get("deadline").asString())))
        .isEqualTo(Duration.ofDays(3));

    Reply noVerdict =
        investigator.sign(
            caseId, document("MOTION_DECISION", "Экспертиза нужна", "answers", motionId));
    assertThat(noVerdict.status()).isEqualTo(400);
    assertThat(noVerdict.body()).contains("granted");
    investigator.signed(
        caseId,
        document(
            "MOTION_DECISION",
            "Стоимость ноутбука влияет на квалификацию",
            "answers",
            motionId,
            "granted",
            true));
    JsonNode answered = lawyer.viewed(caseId).get("motions").get(0);
    assertThat(answered.get("granted").asBoolean()).isTrue();
    investigatorReports.assertBundleVerifies(
        "case", caseId, investigator.viewed(caseId).get("steps").size());
    assertThat(
            http.get("/api/ledger/bundles/case/" + caseId, ReportApi.auth(lawyer.token)).status())
        .as("the admitted lawyer checks the case's ledger entries too")
        .isEqualTo(200);

    Reply second =
        http.postJson(
            "/api/cases/" + caseId + "/motions",
            Map.of("text", "Прошу допросить свидетеля Ахметова"),
            ReportApi.auth(lawyer.token));
    assertThat(second.status()).isEqualTo(201);
    Instant secondDeadline = Instant.parse(second.json().get("deadline").asString());
    sweep.sweep(secondDeadline.minusSeconds(60));
    assertThat(alerts("investigator"))
        .noneMatch(a -> a.contains("past its term") && a.contains(numberOf(caseId)));
    sweep.sweep(secondDeadline.plusSeconds(60));
    sweep.sweep(secondDeadline.plusSeconds(120));
    assertThat(
            alerts("investigator").stream()
                .filter(a -> a.contains("motion") && a.contains("past its term"))
                .filter(a -> a.contains(numberOf(caseId)))
                .count())
        .as("the unanswered motion is alerted once, the answered one never")
        .isEqualTo(1);

    assertThat(stranger.view(caseId).status()).as("a lawyer not admitted").isEqualTo(404);
    assertThat(
            http.postJson(
                    "/api/cases/" + caseId + "/motions",
                    Map.of("text", "x"),
                    ReportApi.auth(stranger.token))
                .status())
        .isEqualTo(404);
    assertThat(lawyer.sign(caseId, document("START_DECISION", "x")).status())
        .as("a lawyer signs no act of the investigation")
        .isEqualTo(403);
  }

  @Test
  void aSummonsGoesByTextMessageAndThePersonSeesItInTheirCases() {
    String caseId = registeredCase("188-1", null);
    String victim = investigator.participant(caseId, "VICTIM", VICTIM);
    String suspect = investigator.participant(caseId, "SUSPECT", SUSPECT);
    Reply past =
        investigator.sign(
            caseId,
            document(
                "SUMMONS",
                "в качестве потерпевшей для допроса",
                "participantId",
                victim,
                "appearAt",
                "2020-01-01T10:00",
                "place",
                " "));
    assertThat(past.status()).isEqualTo(400);
    assertThat(past.body()).contains("appearAt").contains("place");

    JsonNode summons = investigator.signed(caseId, CaseApi.summons(victim));
    String text =
        jdbc.sql("select text from sms_outbox where client_ref = :ref and recipient_iin = :iin")
            .param("ref", "case-summons-" + summons.get("id").asString())
            .param("iin", VICTIM)
            .query(String.class)
            .single();
    assertThat(text)
        .contains("Бейбітшілік")
        .contains(investigator.viewed(caseId).get("erdrNumber").asString());
    JsonNode line =
        investigator
            .viewed(caseId)
            .get("documents")
            .valueStream()
            .filter(d -> d.get("kind").asString().equals("SUMMONS"))
            .findFirst()
            .orElseThrow();
    assertThat(line.get("smsStatus").asString()).isIn("PENDING", "SENT", "DELIVERED");

    String citizen = http.token("citizen", "demo");
    JsonNode mine =
        http.get("/api/cases/as-participant", ReportApi.auth(citizen))
            .json()
            .valueStream()
            .filter(p -> p.get("caseId").asString().equals(caseId))
            .findFirst()
            .orElseThrow();
    assertThat(mine.get("role").asString()).isEqualTo("VICTIM");
    assertThat(mine.get("documents").valueStream().map(d -> d.get("kind").asString()))
        .containsExactly("SUMMONS");

    JsonNode recognised =
        investigator.signed(
            caseId,
            document("RECOGNISE_VICTIM", "Похищен ноутбук потерпевшей", "participantId", victim));
    String notice =
        jdbc.sql("select text from sms_outbox where client_ref = :ref and recipient_iin = :iin")
            .param("ref", "case-document-" + recognised.get("id").asString() + "-" + victim)
            .param("iin", VICTIM)
            .query(String.class)
            .single();
    assertThat(notice)
        .as("the decision is sent to the person it concerns, with the link to the portal")
        .contains("признании потерпевшим")
        .contains("/cases/my-cases");
    assertThat(
            jdbc.sql("select count(*) from sms_outbox where client_ref like :ref")
                .param("ref", "case-document-" + recognised.get("id").asString() + "-%")
                .query(Long.class)
                .single())
        .as("only to the victim")
        .isEqualTo(1);
    String pdf = "/api/cases/" + caseId + "/documents/" + summons.get("id").asString() + "/pdf";
    assertThat(http.getBytes(pdf, ReportApi.auth(citizen)).status()).isEqualTo(200);
    JsonNode other =
        investigator.signed(
            caseId, document("INTERROGATION_PROTOCOL", "Показания", "participantId", suspect));
    assertThat(
            http.getBytes(
                    "/api/cases/" + caseId + "/documents/" + other.get("id").asString() + "/pdf",
                    ReportApi.auth(citizen))
                .status())
        .as("a document not addressed to the person")
        .isEqualTo(404);
    assertThat(http.get("/api/cases/" + caseId, ReportApi.auth(citizen)).status()).isEqualTo(404);
  }

  @Test
  void aComplaintAgainstAnActIsUpheldTheActMarkedAndTheInvestigatorAlerted() {
    String caseId = registeredCase("188-1", null);
    String number = investigator.viewed(caseId).get("erdrNumber").asString();
    JsonNode act = investigator.signed(caseId, document("START_DECISION", "Начато расследование"));
    String citizen = http.token("citizen", "demo");
    long upheldBefore = figure("upheld");

    Reply bad =
        http.postJson(
            "/api/cases/complaints",
            Map.of("unit", "999999", "erdrNumber", "12", "text", " "),
            ReportApi.auth(citizen));
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.body()).contains("unit").contains("erdrNumber").contains("text");

    Reply filed =
        http.postJson(
            "/api/cases/complaints",
            Map.of(
                "unit",
                "710001",
                "erdrNumber",
                number,
                "documentId",
                act.get("id").asString(),
                "text",
                "Меня не ознакомили с постановлением и не разъяснили права"),
            ReportApi.auth(citizen));
    assertThat(filed.status()).as(filed.body()).isEqualTo(201);
    String complaintId = filed.json().get("id").asString();
    assertThat(filed.json().get("number").asString()).startsWith("Ж-").contains("710001");
    assertThat(
            http.get("/api/cases/complaints", ReportApi.auth(supervisor.token))
                .json()
                .valueStream()
                .map(c -> c.get("id").asString()))
        .contains(complaintId);

    String decision = "/api/cases/complaints/" + complaintId + "/decision";
    assertThat(
            http.postJson(
                    decision,
                    Map.of("decision", "UPHELD", "reasons", "x", "pin", PIN),
                    ReportApi.auth(officer.token))
                .status())
        .isEqualTo(403);
    Reply noReasons =
        http.postJson(
            decision, Map.of("decision", "UPHELD", "pin", PIN), ReportApi.auth(supervisor.token));
    assertThat(noReasons.status()).isEqualTo(400);
    assertThat(noReasons.body()).contains("reasons");
    Reply upheld =
        http.postJson(
            decision,
            Map.of(
                "decision", "UPHELD",
                "reasons", "Права потерпевшей не разъяснены: нарушена ст. 71 УПК",
                "pin", PIN),
            ReportApi.auth(supervisor.token));
    assertThat(upheld.status()).as(upheld.body()).isEqualTo(201);
    assertThat(upheld.json().get("decision").asString()).isEqualTo("UPHELD");
    assertThat(
            http.postJson(
                    decision,
                    Map.of("decision", "REJECTED", "reasons", "again", "pin", PIN),
                    ReportApi.auth(supervisor.token))
                .status())
        .as("decided once")
        .isEqualTo(400);

    JsonNode marked = investigator.viewed(caseId).get("upheldComplaints").get(0);
    assertThat(marked.get("documentId").asString()).isEqualTo(act.get("id").asString());
    assertThat(alerts("investigator"))
        .anyMatch(t -> t.contains(filed.json().get("number").asString()));
    assertThat(figure("upheld")).isEqualTo(upheldBefore + 1);
    assertThat(
            http.get("/api/cases/complaints", ReportApi.auth(citizen))
                .json()
                .valueStream()
                .filter(c -> c.get("id").asString().equals(complaintId))
                .map(c -> c.get("decision").asString()))
        .containsExactly("UPHELD");
  }

  private long figure(String name) {
    JsonNode figures =
        http.get("/api/cases/complaints/figures", ReportApi.auth(supervisor.token)).json();
    JsonNode unit = figures.get("710001");
    return unit == null ? 0 : unit.get(name).asLong();
  }

  private String otherLawyer() {
    String username = "lawyer-" + java.util.UUID.randomUUID().toString().substring(0, 8);
    jdbc.sql(
            "insert into user_accounts (username, password_hash, display_name, role, iin)"
                + " select :name, password_hash, 'Другой защитник', 'LAWYER', '061211600012' from"
                + " user_accounts where username = 'lawyer'")
        .param("name", username)
        .update();
    return username;
  }

  private String registeredCase(String article, String form) {
    String reportId = officer.receive(ReportApi.theft(PIN));
    if (form == null) {
      investigatorReports.stepped(reportId, decision("REGISTER", PIN, "article", article));
    } else {
      investigatorReports.stepped(
          reportId, decision("REGISTER", PIN, "article", article, "form", form));
    }
    return investigator.caseOfReport(reportId);
  }

  private String numberOf(String caseId) {
    return investigator.viewed(caseId).get("erdrNumber").asString();
  }

  private List<String> alerts(String username) {
    return jdbc.sql("select text from staff_alerts where recipient_user = :user order by raised_at")
        .param("user", username)
        .query(String.class)
        .list();
  }

  private void assertBundleVerifies(String caseId, int entries) throws Exception {
    investigatorReports.assertBundleVerifies("case", caseId, entries);
  }
}
