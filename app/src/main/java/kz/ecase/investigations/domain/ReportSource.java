package kz.ecase.investigations.domain;

/** Where a report came from. */
public enum ReportSource {
  /** A citizen's statement at the duty desk. */
  CITIZEN_STATEMENT("Заявление гражданина"),
  /** A citizen's statement filed on-line. */
  ONLINE_STATEMENT("Заявление, поданное через интернет"),
  /** An officer's report of an offence they detected. */
  OFFICER_REPORT("Рапорт сотрудника"),
  /** Another agency's message. */
  AGENCY_MESSAGE("Сообщение государственного органа или организации");

  private final String titleRu;

  ReportSource(String titleRu) {
    this.titleRu = titleRu;
  }

  public String titleRu() {
    return titleRu;
  }

  /** Whether the report must name who made it (an IIN or a BIN). */
  public boolean namesReporter() {
    return this != OFFICER_REPORT;
  }
}
