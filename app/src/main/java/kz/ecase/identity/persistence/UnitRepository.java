package kz.ecase.identity.persistence;

import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

public interface UnitRepository extends ListCrudRepository<UnitRow, Long> {

  Optional<UnitRow> findByCode(String code);
}
