package kz.ecase.identity.persistence;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.ReadOnlyProperty;
import org.springframework.data.relational.core.mapping.Table;

/** An account as stored. */
@Table("user_accounts")
public record UserAccountRow(
    @Id Long id,
    String username,
    String passwordHash,
    String displayName,
    String role,
    Long unitId,
    String iin,
    boolean enabled,
    boolean demo,
    @ReadOnlyProperty Instant createdAt) {}
