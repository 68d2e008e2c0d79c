package kz.ecase.offences;

import static java.util.Map.entry;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.ecase.documents.DocumentFacts;
import kz.ecase.documents.DocumentLayout;
import kz.ecase.documents.Documents;
import kz.ecase.documents.StoredDocument;
import kz.ecase.identity.CurrentUser;
import kz.ecase.identity.Directory;
import kz.ecase.identity.RecordScope;
import kz.ecase.offences.domain.Article;
import kz.ecase.offences.domain.ProcedureTerms;
import kz.ecase.offences.domain.ProtocolEvent;
import kz.ecase.offences.domain.ProtocolTransition;
import kz.ecase.offences.persistence.ProtocolParticulars;
import kz.ecase.offences.persistence.ProtocolStore.StoredProtocol;

/**
 * The paper of a step taken by hand (a service note, a decision, a referral, an appeal, its
 * outcome, a cancellation), laid out in the protocol's language ({@link Documents#lay}): the
 * issuing unit, the title, the person, the article with its title, the reasoning (the protocol's
 * circumstances and the reasons given with the step), what is decided, the fine and how it is paid,
 * how to appeal, and the signature line.
 */
final class ProtocolActDocument {

  /** Each step's paper: kind as its check shows it (kk, ru), heading and subheading (kk, ru). */
  private record Title(String kindKk, String kindRu, String[] kk, String[] ru) {}

  private static final Map<ProtocolTransition, Title> TITLES =
      Map.ofEntries(
          entry(
              ProtocolTransition.SERVE,
              new Title(
                  "Хаттаманың тапсырылғаны туралы белгі",
                  "Отметка о вручении протокола",
                  new String[] {"ХАТТАМАНЫҢ ТАПСЫРЫЛҒАНЫ", "туралы белгі"},
                  new String[] {
                    "ОТМЕТКА", "о вручении протокола об административном правонарушении"
                  })),
          entry(
              ProtocolTransition.DECIDE_FINE,
              new Title(
                  "Айыппұл салу туралы қаулы",
                  "Постановление о наложении штрафа",
                  new String[] {"ҚАУЛЫ", "айыппұл түрінде әкімшілік жаза қолдану туралы"},
                  new String[] {
                    "ПОСТАНОВЛЕНИЕ", "о наложении административного взыскания в виде штрафа"
                  })),
          entry(
              ProtocolTransition.DECIDE_WARNING,
              new Title(
                  "Ескерту жасау туралы қаулы",
                  "Постановление о вынесении предупреждения",
                  new String[] {"ҚАУЛЫ", "ескерту түрінде әкімшілік жаза қолдану туралы"},
                  new String[] {
                    "ПОСТАНОВЛЕНИЕ", "о наложении административного взыскания в виде предупреждения"
                  })),
          entry(
              ProtocolTransition.REFER_TO_COURT,
              new Title(
                  "Істі сотқа жіберу туралы ұйғарым",
                  "Определение о направлении дела в суд",
                  new String[] {
                    "ҰЙҒАРЫМ", "әкімшілік құқық бұзушылық туралы істі сотқа жіберу туралы"
                  },
                  new String[] {
                    "ОПРЕДЕЛЕНИЕ", "о направлении дела об административном правонарушении в суд"
                  })),
          entry(
              ProtocolTransition.APPEAL,
              new Title(
                  "Қаулыға шағым",
                  "Жалоба на постановление",
                  new String[] {"ШАҒЫМ", "әкімшілік құқық бұзушылық туралы іс бойынша қаулыға"},
                  new String[] {
                    "ЖАЛОБА", "на постановление по делу об административном правонарушении"
                  })),
          entry(
              ProtocolTransition.DISMISS_APPEAL,
              new Title(
                  "Шешім: шағым қанағаттандырусыз қалдырылды",
                  "Решение: жалоба оставлена без удовлетворения",
                  new String[] {"ШЕШІМ", "қаулыға берілген шағым бойынша"},
                  new String[] {"РЕШЕНИЕ", "по жалобе на постановление"})),
          entry(
              ProtocolTransition.GRANT_APPEAL,
              new Title(
                  "Шешім: шағым қанағаттандырылды, қаулы жойылды",
                  "Решение: жалоба удовлетворена, постановление отменено",
                  new String[] {"ШЕШІМ", "қаулыға берілген шағым бойынша"},
                  new String[] {"РЕШЕНИЕ", "по жалобе на постановление"})),
          entry(
              ProtocolTransition.CANCEL,
              new Title(
                  "Күшін жою туралы қаулы",
                  "Постановление об отмене",
                  new String[] {
                    "ҚАУЛЫ", "әкімшілік құқық бұзушылық туралы іс бойынша күшін жою туралы"
                  },
                  new String[] {
                    "ПОСТАНОВЛЕНИЕ", "об отмене по делу об административном правонарушении"
                  })));

  private final Documents documents;
  private final ProcedureTerms terms;
  private final CatalogueInUse catalogue;
  private final Directory directory;
  private final String publicUrl;

  /**
   * @param publicUrl ecase's public address: a fine decision carries the QR code of the person's
   *     payment page ({@code <publicUrl>/citizen/pay/<reference>})
   */
  ProtocolActDocument(
      Documents documents,
      ProcedureTerms terms,
      CatalogueInUse catalogue,
      Directory directory,
      String publicUrl) {
    this.publicUrl = publicUrl.endsWith("/") ? publicUrl : publicUrl + "/";
    this.documents = documents;
    this.terms = terms;
    this.catalogue = catalogue;
    this.directory = directory;
  }

  StoredDocument render(
      CurrentUser author,
      StoredProtocol protocol,
      ProtocolParticulars particulars,
      ProtocolEvent event,
      RecordScope scope) {
    Title title = title(event.type());
    return documents.lay(
        layout(author, protocol, particulars, event),
        scope,
        event.at(),
        new DocumentFacts(title.kindKk(), title.kindRu(), protocol.number()));
  }

  DocumentLayout layout(
      CurrentUser author,
      StoredProtocol protocol,
      ProtocolParticulars particulars,
      ProtocolEvent event) {
    Title title = title(event.type());
    PaperText t = new PaperText(particulars.language(), terms.zone());
    String[] heading = t.kazakh() ? title.kk() : title.ru();
    boolean byPerson = event.type() == ProtocolTransition.APPEAL;
    String position =
        byPerson
            ? t.say("Шағым беруші", "Заявитель")
            : directory.positionOf(author.username(), author.role()).in(t.language());
    String unitName =
        directory
            .unit(kz.ecase.kernel.UnitCode.of(protocol.unit()))
            .map(u -> u.name(t.language()))
            .orElse(protocol.unit());
    String person =
        particulars.offenderName() == null
            ? t.say("ЖСН ", "ИИН ") + protocol.offenderIin()
            : particulars.offenderName();
    Optional<Article> article =
        catalogue
            .current()
            .version(protocol.catalogueVersion())
            .flatMap(v -> v.article(protocol.articleCode()));
    String cited = article.map(t::article).orElse(protocol.articleCode());
    DocumentLayout.Builder paper =
        DocumentLayout.builder(
                (t.kazakh() ? title.kindKk() : title.kindRu()) + " № " + protocol.number(),
                t.language())
            .centredBold(unitName)
            .heading(heading[0], heading[1])
            .split(t.say("Хаттама № ", "Протокол № ") + protocol.number(), t.dateTime(event.at()))
            .row(
                byPerson
                    ? t.say("Шағым беруші", "Заявитель")
                    : t.say("Лауазымды адам", "Должностное лицо"),
                byPerson ? person : position + " " + author.displayName())
            .section(
                t.say("Жауапкершілікке тартылатын адам", "Лицо, привлекаемое к ответственности"))
            .row(
                t.say("Тегі, аты, әкесінің аты", "Фамилия, имя, отчество"),
                particulars.offenderName())
            .row(t.say("Туған күні", "Дата рождения"), t.date(particulars.offenderBirthDate()))
            .row(t.say("ЖСН", "ИИН"), protocol.offenderIin())
            .section(t.say("Іс", "Дело"))
            .row(
                t.say("Хаттама", "Протокол"),
                "№ " + protocol.number() + t.say(", ", " от ") + t.date(protocol.createdAt()))
            .row(
                t.say("Құқық бұзушылық уақыты", "Время правонарушения"),
                t.dateTime(protocol.offenceTime()))
            .row(t.say("Орны", "Место"), protocol.place())
            .row(t.say("Көлік құралы", "Транспортное средство"), protocol.plate())
            .row(t.say("Бап", "Статья"), cited)
            .section(reasoningHeading(t, event.type()))
            .paragraph(circumstances(t, protocol))
            .paragraph(explanation(t, particulars))
            .paragraph(reasons(t, event));
    decided(paper, t, event.type(), person, cited, protocol);
    if (event.type() == ProtocolTransition.DECIDE_FINE
        || event.type() == ProtocolTransition.DECIDE_WARNING) {
      paper
          .section(t.say("Шағым жасау тәртібі", "Порядок обжалования"))
          .paragraph(t.appeal(terms.appealTerm().getDays()));
    } else if (event.type() == ProtocolTransition.DISMISS_APPEAL) {
      paper
          .section(t.say("Шағым жасау тәртібі", "Порядок обжалования"))
          .paragraph(
              t.say(
                  "Шешімге оның көшірмесі тапсырылған күннен бастап "
                      + terms.appealTerm().getDays()
                      + " тәулік ішінде сотқа шағым жасалуы мүмкін.",
                  "Решение может быть обжаловано в суд в течение "
                      + terms.appealTerm().getDays()
                      + " суток со дня вручения его копии."));
    }
    return paper
        .signature(
            byPerson ? person : position,
            byPerson ? "" : author.displayName(),
            t.say("(қолы)", "(подпись)"))
        .signature(
            byPerson
                ? t.say("Шағым қабылданды", "Жалоба принята")
                : t.say("Көшірмесін алдым", "Копию получил(а)"),
            byPerson ? "" : particulars.offenderName() == null ? "" : particulars.offenderName(),
            t.say("(қолы, күні)", "(подпись, дата)"))
        .build();
  }

  private static Title title(ProtocolTransition type) {
    Title title = TITLES.get(type);
    if (title == null) {
      throw new IllegalArgumentException(type + " has no act of its own");
    }
    return title;
  }

  private static String reasoningHeading(PaperText t, ProtocolTransition type) {
    return switch (type) {
      case APPEAL -> t.say("Шағымның негіздері", "Доводы жалобы");
      case SERVE -> t.say("Мән-жайлары", "Обстоятельства");
      default -> t.say("Анықтады", "Установил");
    };
  }

  private static String circumstances(PaperText t, StoredProtocol protocol) {
    String described =
        protocol.description() == null
            ? t.say(
                "құқық бұзушылықтың мән-жайлары хаттамада баяндалған",
                "обстоятельства правонарушения изложены в протоколе")
            : protocol.description();
    return t.dateTime(protocol.offenceTime())
        + ", "
        + protocol.place()
        + (protocol.plate() == null
            ? ""
            : t.say(", көлік құралы ", ", транспортное средство ") + protocol.plate())
        + ": "
        + described;
  }

  private static String explanation(PaperText t, ProtocolParticulars particulars) {
    if (particulars.explanationRefused()) {
      return t.say("Адамның түсініктемесі: ", "Объяснение лица: ")
          + t.explanation(null, true)
          + ".";
    }
    return particulars.explanation() == null
        ? null
        : t.say("Адамның түсініктемесі: ", "Объяснение лица: ") + particulars.explanation();
  }

  private static String reasons(PaperText t, ProtocolEvent event) {
    if (event.reasons() == null || event.reasons().isBlank()) {
      return event.type() == ProtocolTransition.DECIDE_FINE
              || event.type() == ProtocolTransition.DECIDE_WARNING
          ? t.say(
              "Адамның кінәсі хаттамамен және іс материалдарымен дәлелденеді.",
              "Вина лица подтверждается протоколом и материалами дела.")
          : null;
    }
    return (event.type() == ProtocolTransition.APPEAL ? "" : t.say("Негіздері: ", "Мотивы: "))
        + event.reasons();
  }

  private void decided(
      DocumentLayout.Builder paper,
      PaperText t,
      ProtocolTransition type,
      String person,
      String cited,
      StoredProtocol protocol) {
    String fine =
        t.mci(protocol.fineMci())
            + PaperText.NBSP
            + "="
            + PaperText.NBSP
            + PaperText.tenge(protocol.fineKzt());
    switch (type) {
      case SERVE ->
          paper.paragraph(
              t.say(
                  "Хаттаманың көшірмесі жауапкершілікке тартылатын адамға тапсырылды.",
                  "Копия протокола вручена лицу, привлекаемому к ответственности."));
      case DECIDE_FINE -> {
        paper
            .section(t.say("Қаулы етті", "Постановил"))
            .paragraph(
                t.say(
                    person
                        + " "
                        + cited
                        + " көзделген әкімшілік құқық бұзушылық жасағаны үшін кінәлі деп танылсын"
                        + " және оған "
                        + fine
                        + " мөлшерінде айыппұл салынсын.",
                    "Признать "
                        + person
                        + " виновным(ой) в совершении административного правонарушения,"
                        + " предусмотренного "
                        + cited
                        + ", и наложить административный штраф в размере "
                        + fine
                        + "."));
        if (protocol.discountDeadline() != null) {
          paper
              .row(
                  t.say(
                      "50 %, " + t.date(protocol.discountDeadline()) + " дейін",
                      "50 %, до " + t.date(protocol.discountDeadline())),
                  PaperText.tenge(protocol.fineKzt().divide(java.math.BigDecimal.valueOf(2))))
              .smallPrint(t.discountRule(protocol.discountDeadline()));
        }
        String link = publicUrl + "citizen/pay/" + protocol.paymentReference();
        paper
            .row(t.say("Төлем коды", "Код платежа"), protocol.paymentReference())
            .qrRow(
                new DocumentLayout.Qr(
                    link,
                    List.of(
                        t.say(
                            "Айыппұлды төлеу: кодты сканерлеңіз немесе ашыңыз",
                            "Оплатить штраф: отсканируйте код или откройте"),
                        link)),
                DocumentLayout.Qr.checkCode())
            .smallPrint(
                t.say(
                    "Айыппұл қаулы заңды күшіне енген күннен бастап "
                        + terms.voluntaryPaymentTerm().getDays()
                        + " тәулік ішінде төленуге тиіс; төленбесе, қаулы мәжбүрлеп орындауға"
                        + " жіберіледі.",
                    "Штраф уплачивается в течение "
                        + terms.voluntaryPaymentTerm().getDays()
                        + " суток со дня вступления постановления в законную силу; при неуплате"
                        + " постановление направляется на принудительное исполнение."));
      }
      case DECIDE_WARNING ->
          paper
              .section(t.say("Қаулы етті", "Постановил"))
              .paragraph(
                  t.say(
                      person
                          + " "
                          + cited
                          + " көзделген әкімшілік құқық бұзушылық жасағаны үшін кінәлі деп"
                          + " танылсын және оған ескерту түрінде әкімшілік жаза қолданылсын.",
                      "Признать "
                          + person
                          + " виновным(ой) в совершении административного правонарушения,"
                          + " предусмотренного "
                          + cited
                          + ", и применить административное взыскание в виде предупреждения."));
      case REFER_TO_COURT ->
          paper
              .section(t.say("Ұйғарды", "Определил"))
              .paragraph(
                  t.say(
                      "Іс материалдары соттылығы бойынша қарау үшін сотқа жіберілсін.",
                      "Направить дело об административном правонарушении в суд для рассмотрения"
                          + " по подсудности."));
      case APPEAL ->
          paper.paragraph(
              t.say(
                  "Қаулының күшін жоюды және іс бойынша іс жүргізуді тоқтатуды сұраймын.",
                  "Прошу отменить постановление и прекратить производство по делу."));
      case DISMISS_APPEAL ->
          paper
              .section(t.say("Шешті", "Решил"))
              .paragraph(
                  t.say(
                      "Шағым қанағаттандырусыз, қаулы өзгеріссіз қалдырылсын; қаулы заңды күшіне"
                          + " енеді.",
                      "Жалобу оставить без удовлетворения, постановление — без изменения;"
                          + " постановление вступает в законную силу."));
      case GRANT_APPEAL ->
          paper
              .section(t.say("Шешті", "Решил"))
              .paragraph(
                  t.say(
                      "Шағым қанағаттандырылсын, қаулының күші жойылсын, іс бойынша іс жүргізу"
                          + " тоқтатылсын.",
                      "Жалобу удовлетворить, постановление отменить, производство по делу"
                          + " прекратить."));
      case CANCEL ->
          paper
              .section(t.say("Қаулы етті", "Постановил"))
              .paragraph(
                  t.say(
                      "Хаттама бойынша шығарылған актілердің күші жойылсын, іс бойынша іс жүргізу"
                          + " тоқтатылсын.",
                      "Отменить акты, вынесенные по протоколу, производство по делу прекратить."));
      default -> throw new IllegalArgumentException(type + " has no act of its own");
    }
  }
}
