package kz.ecase.investigations;

import kz.ecase.investigations.domain.ReportStep;

/** The acts of the report register, with their official titles in Russian and Kazakh. */
enum ReportAct {
  RECEIPT(
      "Рапорт (заявление) о уголовном правонарушении принят",
      "Қылмыстық құқық бұзушылық туралы арыз (баянат) қабылданды"),
  REGISTRATION(
      "Регистрация в Едином реестре досудебных расследований",
      "Сотқа дейінгі тергеп-тексерулердің бірыңғай тізілімінде тіркеу"),
  REFUSAL("Постановление об отказе в регистрации", "Тіркеуден бас тарту туралы қаулы"),
  TRANSFER(
      "Постановление о передаче по подследственности",
      "Тергеу бағыныстылығы бойынша беру туралы қаулы"),
  PASSING(
      "Постановление о направлении материалов для производства по делу об административном правонарушении",
      "Материалдарды әкімшілік құқық бұзушылық туралы іс бойынша іс жүргізуге жіберу туралы қаулы"),
  CONFIRMATION(
      "Отметка прокурора о законности решения", "Шешімнің заңдылығы туралы прокурордың белгісі"),
  RETURN(
      "Указание прокурора о возвращении решения с замечаниями",
      "Шешімді ескертулермен қайтару туралы прокурордың нұсқауы"),
  ANNULMENT(
      "Постановление прокурора об отмене постановления об отказе в регистрации",
      "Тіркеуден бас тарту туралы қаулының күшін жою туралы прокурордың қаулысы");

  private final String titleRu;
  private final String titleKk;

  ReportAct(String titleRu, String titleKk) {
    this.titleRu = titleRu;
    this.titleKk = titleKk;
  }

  String titleRu() {
    return titleRu;
  }

  String titleKk() {
    return titleKk;
  }

  /** The act a step taken by hand produces. */
  static ReportAct of(ReportStep step) {
    return switch (step) {
      case REGISTER -> REGISTRATION;
      case REFUSE -> REFUSAL;
      case TRANSFER -> TRANSFER;
      case PASS_TO_ADMINISTRATIVE -> PASSING;
      case CONFIRM_REGISTRATION, CONFIRM_REFUSAL, CONFIRM_TRANSFER, CONFIRM_PASSING -> CONFIRMATION;
      case RETURN -> RETURN;
      case ANNUL_REFUSAL -> ANNULMENT;
      case MISS_REGISTRATION_TERM ->
          throw new IllegalArgumentException("a missed term is recorded by ecase, without an act");
    };
  }
}
