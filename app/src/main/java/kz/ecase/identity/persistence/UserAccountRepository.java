package kz.ecase.identity.persistence;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

public interface UserAccountRepository extends ListCrudRepository<UserAccountRow, Long> {

  /** Usernames are stored lower-case: pass the normalised name. */
  Optional<UserAccountRow> findByUsername(String username);

  boolean existsByDemoTrueAndEnabledTrue();

  List<UserAccountRow> findAllByOrderByUsername();
}
