package kz.ecase.offences;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import kz.ecase.documents.DocumentFacts;
import kz.ecase.documents.DocumentLayout;
import kz.ecase.documents.Documents;
import kz.ecase.documents.StoredDocument;
import kz.ecase.identity.CurrentUser;
import kz.ecase.identity.Directory;
import kz.ecase.identity.RecordScope;
import kz.ecase.offences.domain.ProtocolNumber;
import kz.ecase.offences.persistence.ProtocolParticulars;

/**
 * The protocol's paper, laid out in the language the person chose ({@link Documents#lay}): the
 * issuing unit, number and date, the official, the person, the offence and its article, the rights
 * explained, the person's explanation, the fine with and without the discount, how to pay (with the
 * payment's QR code), and the signatures. Dates in Kazakhstan's time.
 */
final class ProtocolDocument {

  /** What the paper names besides the protocol: who draws it up, for which unit, how to pay. */
  record Issuer(CurrentUser officer, Directory.Position position, String unitName) {}

  /** How the fine is paid. */
  record Payment(LocalDate discountDeadline, BigDecimal discounted, String link) {}

  private final Documents documents;
  private final ZoneId zone;

  ProtocolDocument(Documents documents, ZoneId zone) {
    this.documents = documents;
    this.zone = zone;
  }

  StoredDocument render(
      Issuer issuer,
      ValidProtocol p,
      ProtocolParticulars particulars,
      ProtocolNumber number,
      Payment payment,
      RecordScope scope,
      Instant issuedAt) {
    return documents.lay(
        layout(issuer, p, particulars, number, payment, issuedAt), scope, issuedAt, facts(number));
  }

  DocumentLayout layout(
      Issuer issuer,
      ValidProtocol p,
      ProtocolParticulars particulars,
      ProtocolNumber number,
      Payment payment,
      Instant issuedAt) {
    PaperText t = new PaperText(particulars.language(), zone);
    String position = issuer.position().in(t.language());
    String officer = issuer.officer().displayName();
    DocumentLayout.Builder paper =
        DocumentLayout.builder(
                t.say("Әкімшілік құқық бұзушылық туралы хаттама ", "Протокол ")
                    + "№ "
                    + number.value(),
                t.language())
            .centredBold(issuer.unitName())
            .heading(
                t.say("ӘКІМШІЛІК ҚҰҚЫҚ БҰЗУШЫЛЫҚ ТУРАЛЫ", "ПРОТОКОЛ"),
                t.say("ХАТТАМА", "об административном правонарушении"))
            .split("№ " + number.value(), t.dateTime(issuedAt))
            .row(t.say("Толтырылған орны", "Место составления"), p.place())
            .row(t.say("Хаттаманы толтырған", "Составил"), position + " " + officer)
            .section(
                t.say("Жауапкершілікке тартылатын адам", "Лицо, привлекаемое к ответственности"))
            .row(
                t.say("Тегі, аты, әкесінің аты", "Фамилия, имя, отчество"),
                particulars.offenderName() == null
                    ? t.say("тізілімнен алынбады", "не получено из реестра")
                    : particulars.offenderName())
            .row(t.say("Туған күні", "Дата рождения"), t.date(particulars.offenderBirthDate()))
            .row(t.say("ЖСН", "ИИН"), p.iin().value())
            .section(t.say("Құқық бұзушылық", "Правонарушение"))
            .row(t.say("Уақыты", "Время"), t.dateTime(p.offenceTime()))
            .row(t.say("Орны", "Место"), p.place())
            .row(t.say("Көлік құралы", "Транспортное средство"), p.plate())
            .row(t.say("Бап", "Статья"), t.article(p.article()))
            .row(t.say("Мән-жайлары", "Обстоятельства"), p.description())
            .section(t.say("Құқықтары түсіндірілді", "Разъяснение прав"))
            .paragraph(t.rights())
            .section(t.say("Адамның түсініктемесі", "Объяснение лица"))
            .paragraph(
                particulars.explanation() == null && !particulars.explanationRefused()
                    ? t.say("Түсініктеме берілмеді", "Объяснение не дано")
                    : t.explanation(particulars.explanation(), particulars.explanationRefused()))
            .section(t.say("Айыппұл және оны төлеу", "Штраф и его уплата"))
            .row(
                t.say("Айыппұл мөлшері", "Размер штрафа"),
                t.mci(p.fine().mci())
                    + PaperText.NBSP
                    + "="
                    + PaperText.NBSP
                    + PaperText.tenge(p.fine().tenge()));
    if (payment.discountDeadline() != null) {
      paper
          .row(
              t.say(
                  "50 %, " + t.date(payment.discountDeadline()) + " дейін",
                  "50 %, до " + t.date(payment.discountDeadline())),
              PaperText.tenge(payment.discounted()))
          .smallPrint(t.discountRule(payment.discountDeadline()));
    } else {
      paper.smallPrint(
          t.say(
              "Бұл бап бойынша айыппұлды жеңілдікпен төлеу қолданылмайды.",
              "Уплата штрафа со скидкой по этой статье не применяется."));
    }
    return paper
        .row(t.say("Төлем коды", "Код платежа"), number.paymentReference())
        .qrRow(
            new DocumentLayout.Qr(
                payment.link(),
                List.of(
                    t.say(
                        "Айыппұлды төлеу: кодты сканерлеңіз немесе ашыңыз",
                        "Оплатить штраф: отсканируйте код или откройте"),
                    payment.link())),
            DocumentLayout.Qr.checkCode())
        .smallPrint(
            t.say(
                "Іс бойынша шешім қаулымен қабылданады; қаулыға шағым жасау тәртібі мен мерзімі"
                    + " онда көрсетіледі.",
                "Решение по делу принимается постановлением; порядок и срок его обжалования"
                    + " указываются в постановлении."))
        .signature(position, officer, t.say("(қолы)", "(подпись)"))
        .signature(
            t.say(
                "Хаттамамен таныстым, құқықтарым түсіндірілді, көшірмесін алдым",
                "С протоколом ознакомлен(а), права разъяснены, копию получил(а)"),
            particulars.offenderName() == null ? "" : particulars.offenderName(),
            t.say("(қолы)", "(подпись)"))
        .build();
  }

  /** What the protocol's public check shows: its kind and number. */
  private static DocumentFacts facts(ProtocolNumber number) {
    return new DocumentFacts(
        "Әкімшілік құқық бұзушылық туралы хаттама",
        "Протокол об административном правонарушении",
        number.value());
  }
}
