package kz.ecase.identity.web;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import java.time.Duration;
import kz.ecase.identity.Directory;
import org.springframework.stereotype.Component;

/**
 * The names pages show for logins ({@code ${@staffNames.of(login)}}): a case's timeline names each
 * actor, so the names are kept a minute rather than asked for once per line.
 */
@Component("staffNames")
public class StaffNames {

  private final LoadingCache<String, String> names;

  StaffNames(Directory directory) {
    this.names =
        Caffeine.newBuilder()
            .maximumSize(10_000)
            .expireAfterWrite(Duration.ofMinutes(1))
            .build(directory::nameOf);
  }

  /** The person's name for a login, the login itself when no account has it. */
  public String of(String username) {
    return username == null ? null : names.get(username);
  }
}
