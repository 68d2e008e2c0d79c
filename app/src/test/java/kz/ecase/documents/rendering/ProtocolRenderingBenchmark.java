package kz.ecase.documents.rendering;

import java.time.Instant;
import java.util.List;
import kz.ecase.documents.DocumentLayout;
import org.junit.jupiter.api.Test;

/**
 * A benchmark, not a test (the class name matches no test pattern): milliseconds of CPU per
 * protocol PDF laid out on PDFBox, one thread, after a warm-up. Run with {@code ./mvnw -pl app test
 * -Dtest=ProtocolRenderingBenchmark -Dsurefire.failIfNoSpecifiedTests=false} (docs/BENCHMARKS.md).
 */
class ProtocolRenderingBenchmark {

  static final Instant ISSUED = Instant.parse("2026-12-06T07:31:00Z");

  /** A protocol's paper as ProtocolDocument lays it out (the texts of a real one). */
  static DocumentLayout protocol(int n) {
    return DocumentLayout.builder("Протокол № 2671000100000" + n, "ru")
        .centredBold("Управление полиции района Алматы")
        .heading("ПРОТОКОЛ", "об административном правонарушении")
        .split("№ 2671000100000" + n, "06.12.2026, 07:31")
        .row("Место составления", "Астана, проспект Мәңгілік Ел, 8")
        .row("Составил", "Инспектор дорожно-патрульной полиции Серік Жұмабаев")
        .section("Лицо, привлекаемое к ответственности")
        .row("Фамилия, имя, отчество", "Петрова Дарья Николаевна")
        .row("Дата рождения", "15.03.1985")
        .row("ИИН", "850315401231")
        .section("Правонарушение")
        .row("Время", "06.12.2026, 06:31")
        .row("Место", "Астана, проспект Мәңгілік Ел, 8")
        .row("Транспортное средство", "123ABC01")
        .row("Статья", "ст. 592 ч. 2 КоАП РК — Превышение установленной скорости на 20–40 км/ч")
        .row("Обстоятельства", "Двигался со скоростью 87 км/ч при разрешённых 60 км/ч.")
        .section("Разъяснение прав")
        .paragraph(
            "Лицу, привлекаемому к административной ответственности, разъяснены его права,"
                + " предусмотренные статьёй 744 КоАП РК: знакомиться с протоколом и материалами"
                + " дела, делать из них выписки; давать объяснения; представлять доказательства;"
                + " заявлять ходатайства и отводы; пользоваться юридической помощью защитника;"
                + " выступать на родном языке; обжаловать постановление по делу.")
        .section("Объяснение лица")
        .paragraph("Торопился на работу, с нарушением согласен.")
        .section("Штраф и его уплата")
        .row("Размер штрафа", "10 МРП = 43 250 ₸")
        .row("50 %, до 15.12.2026", "21 625 ₸")
        .smallPrint("При уплате штрафа до 15.12.2026 включительно уплачивается 50 % суммы штрафа.")
        .row("Код платежа", "267100010000020")
        .qr("http://localhost:8080/citizen/pay/267100010000020", List.of("Оплатить штраф"))
        .signature("Инспектор дорожно-патрульной полиции", "Серік Жұмабаев", "(подпись)")
        .signature("С протоколом ознакомлен(а)", "Петрова Дарья Николаевна", "(подпись)")
        .qr("http://localhost:8080/check/jmkljYM8Ps_pxkdM7kj0zw", List.of("Проверить"))
        .build();
  }

  /**
   * The same protocol with one letter beyond the shared faces' set (an "é" in the place): laid out
   * with subsets of the fonts made for it, as every protocol was before the shared faces.
   */
  static DocumentLayout protocolWithOwnSubset(int n) {
    DocumentLayout shared = protocol(n);
    return DocumentLayout.builder(shared.title(), shared.language())
        .row("Место", "Café «Астана», проспект Мәңгілік Ел, 8")
        .build()
        .blocks()
        .stream()
        .reduce(shared, DocumentLayout::with, (a, b) -> a);
  }

  /** Both kinds, one after the other in the same JVM, so that a busy machine affects both alike. */
  @Test
  void layout() {
    LayoutRenderer renderer = new LayoutRenderer();
    measure("shared faces", renderer, ProtocolRenderingBenchmark::protocol);
    measure("own subsets", renderer, ProtocolRenderingBenchmark::protocolWithOwnSubset);
    measure("shared faces", renderer, ProtocolRenderingBenchmark::protocol);
    measure("own subsets", renderer, ProtocolRenderingBenchmark::protocolWithOwnSubset);
  }

  private static void measure(
      String kind,
      LayoutRenderer renderer,
      java.util.function.IntFunction<DocumentLayout> layouts) {
    int warmUp = Integer.getInteger("bench.warmup", 300);
    int samples = Integer.getInteger("bench.samples", 1000);
    for (int i = 0; i < warmUp; i++) {
      renderer.render(layouts.apply(i % 10), ISSUED);
    }
    var threads = java.lang.management.ManagementFactory.getThreadMXBean();
    long cpu = threads.getCurrentThreadCpuTime();
    long wall = System.nanoTime();
    long bytes = 0;
    for (int i = 0; i < samples; i++) {
      bytes += renderer.render(layouts.apply(i % 10), ISSUED).length;
    }
    System.out.printf(
        "layout, %s: %.2f ms CPU, %.2f ms wall per protocol PDF (%d bytes)%n",
        kind,
        (threads.getCurrentThreadCpuTime() - cpu) / 1e6 / samples,
        (System.nanoTime() - wall) / 1e6 / samples,
        bytes / samples);
  }
}
