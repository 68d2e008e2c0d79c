package kz.ecase.platform;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.boot.context.metrics.buffering.StartupTimeline.TimelineEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.metrics.StartupStep;

/**
 * Where the start-up time goes: with {@code ECASE_STARTUP_TIMELINE=true} (or the system property
 * {@code ecase.startup-timeline}), Spring records every start-up step (bean instantiations,
 * configuration class parsing, context refresh) and, once ecase is ready, logs the steps that took
 * longest by their own time, that is without the time of the steps inside them (a bean that waits
 * for its dependencies is not blamed for theirs). Off by default: the recording costs memory.
 * docs/operations.md, Start-up.
 */
public final class StartupReport implements ApplicationListener<ApplicationReadyEvent> {

  private static final Logger log = LoggerFactory.getLogger(StartupReport.class);
  private static final int CAPACITY = 20_000;
  private static final int SHOWN = 40;

  private final BufferingApplicationStartup startup;

  private StartupReport(BufferingApplicationStartup startup) {
    this.startup = startup;
  }

  /** Records the start-up steps of {@code application} when the operator asked for it. */
  public static void recordWhenAsked(SpringApplication application) {
    String asked =
        System.getProperty("ecase.startup-timeline", System.getenv("ECASE_STARTUP_TIMELINE"));
    if (Boolean.parseBoolean(asked)) {
      BufferingApplicationStartup startup = new BufferingApplicationStartup(CAPACITY);
      application.setApplicationStartup(startup);
      application.addListeners(new StartupReport(startup));
    }
  }

  @Override
  public void onApplicationEvent(ApplicationReadyEvent event) {
    List<TimelineEvent> events = startup.getBufferedTimeline().getEvents();
    Map<Long, Long> childNanos = new HashMap<>();
    for (TimelineEvent step : events) {
      Long parent = step.getStartupStep().getParentId();
      if (parent != null) {
        childNanos.merge(parent, step.getDuration().toNanos(), Long::sum);
      }
    }
    List<String> lines = new ArrayList<>();
    events.stream()
        .sorted(
            Comparator.comparingLong((TimelineEvent step) -> selfNanos(step, childNanos))
                .reversed())
        .limit(SHOWN)
        .forEach(
            step ->
                lines.add(
                    String.format(
                        "%7d ms own %7d ms in all  %s %s",
                        selfNanos(step, childNanos) / 1_000_000,
                        step.getDuration().toMillis(),
                        step.getStartupStep().getName(),
                        tags(step.getStartupStep()))));
    log.info(
        "Start-up timeline: ready {} ms after the JVM started, {} steps recorded; longest by own"
            + " time:\n{}",
        ManagementFactory.getRuntimeMXBean().getUptime(),
        events.size(),
        String.join("\n", lines));
  }

  private static long selfNanos(TimelineEvent step, Map<Long, Long> childNanos) {
    return step.getDuration().toNanos()
        - childNanos.getOrDefault(step.getStartupStep().getId(), 0L);
  }

  private static String tags(StartupStep step) {
    return StreamSupport.stream(step.getTags().spliterator(), false)
        .map(tag -> tag.getKey() + "=" + tag.getValue())
        .collect(Collectors.joining(", ", "[", "]"));
  }
}
