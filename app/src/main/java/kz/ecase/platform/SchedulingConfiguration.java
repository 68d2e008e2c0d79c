package kz.ecase.platform;

import org.springframework.boot.task.ThreadPoolTaskSchedulerBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/**
 * The scheduler of every {@code @Scheduled} job, built from {@code spring.task.scheduling.*}.
 * Declared here because Spring Boot backs off from its own as soon as any module has a {@code
 * ScheduledExecutorService} bean (the registries' retries), and the jobs would then run on that
 * one, which is stopped abruptly; this one lets a job's current run finish on shutdown before the
 * database goes (docs/operations.md, Stopping).
 */
@Configuration(proxyBeanMethods = false)
class SchedulingConfiguration {

  @Bean
  ThreadPoolTaskScheduler taskScheduler(ThreadPoolTaskSchedulerBuilder builder) {
    return builder.build();
  }
}
