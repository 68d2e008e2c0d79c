/**
 * Persons: the look-up of a person by IIN in every state registry at once (population,
 * dispensaries, criminal records, administrative offences, vehicles, licences, wanted persons,
 * fines), in parallel under one deadline, with each source's status shown and partial results
 * usable. Every look-up needs a purpose and is recorded in the ledger; the person sees who looked
 * them up and why, a head of unit sees the unit's look-ups, and abnormal rates are flagged.
 */
@ApplicationModule(displayName = "Persons")
package kz.ecase.persons;

import org.springframework.modulith.ApplicationModule;
