/**
 * Technical platform shared by every module: the database (external PostgreSQL or the embedded
 * default), the clock, request ids in logs and RFC 9457 problem responses. No business rules.
 */
@ApplicationModule(displayName = "Platform", type = ApplicationModule.Type.OPEN)
package kz.ecase.platform;

import org.springframework.modulith.ApplicationModule;
