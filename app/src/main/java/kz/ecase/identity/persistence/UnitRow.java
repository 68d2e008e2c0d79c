package kz.ecase.identity.persistence;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** A unit as stored. */
@Table("units")
public record UnitRow(
    @Id Long id,
    String code,
    String kind,
    Long parentId,
    String nameKk,
    String nameRu,
    String nameEn) {}
