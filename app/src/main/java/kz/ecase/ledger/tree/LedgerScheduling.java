package kz.ecase.ledger.tree;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Periodic checkpoints need Spring's scheduler. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class LedgerScheduling {}
