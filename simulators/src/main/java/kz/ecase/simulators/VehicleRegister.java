package kz.ecase.simulators;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The register of vehicles, answering by owner and by plate, the two always agreeing. About 40% of
 * adults own vehicles (one, sometimes two or three). Plates come from {@link PlateCode}: the owners
 * in one group (same birth date, sex and last three serial digits, at most ten IINs) share five
 * plates, handed out in serial order, first vehicles first; in the rare group with more than five
 * vehicles the last ones go without. Owners born before 1925 or after March 2021 own nothing.
 */
final class VehicleRegister {

  static final double OWNER_SHARE = 0.40;

  /** A vehicle as listed for its owner. */
  record Vehicle(String plate, String make, String model, int year, String colour, String vin) {}

  /** The register's answer about an owner: the list is empty for someone who owns nothing. */
  record Ownership(String iin, List<Vehicle> vehicles) {}

  /** The register's answer about a plate. */
  record PlateRecord(
      String plate,
      String make,
      String model,
      int year,
      String colour,
      String vin,
      String ownerIin) {}

  /** The owner of one slot's plate and which of their vehicles (0, 1, 2) it is on. */
  private record Holder(Iin owner, int vehicle) {}

  private static final List<String> COLOURS =
      List.of(
          "белый",
          "белый",
          "чёрный",
          "чёрный",
          "серебристый",
          "серый",
          "синий",
          "красный",
          "бежевый",
          "зелёный");

  private final Population population;

  VehicleRegister(Population population) {
    this.population = population;
  }

  Ownership ownershipOf(Person person) {
    Iin iin = new Iin(person.iin());
    List<Vehicle> vehicles = new ArrayList<>();
    if (PlateCode.covers(iin.birthDate())) {
      int group = iin.serial() % PlateCode.SERIAL_GROUPS;
      List<Holder> holders = holdersOf(iin.birthDate(), iin.isMale(), group);
      for (int slot = 0; slot < holders.size(); slot++) {
        Holder holder = holders.get(slot);
        if (holder.owner().equals(iin)) {
          String plate =
              PlateCode.plateOf(new PlateCode.Slot(iin.birthDate(), iin.isMale(), group, slot));
          vehicles.add(vehicle(plate, holder));
        }
      }
    }
    return new Ownership(person.iin(), vehicles);
  }

  /** The vehicle with this plate and its owner, or empty when no vehicle has it. */
  Optional<PlateRecord> byPlate(String plate) {
    return PlateCode.slotOf(plate)
        .flatMap(
            slot -> {
              List<Holder> holders = holdersOf(slot.birthDate(), slot.male(), slot.serialGroup());
              if (slot.index() >= holders.size()) {
                return Optional.empty();
              }
              Holder holder = holders.get(slot.index());
              Vehicle v = vehicle(plate, holder);
              return Optional.of(
                  new PlateRecord(
                      plate,
                      v.make(),
                      v.model(),
                      v.year(),
                      v.colour(),
                      v.vin(),
                      holder.owner().value()));
            });
  }

  private List<Holder> holdersOf(LocalDate birthDate, boolean male, int group) {
    List<Iin> owners = new ArrayList<>();
    List<Integer> counts = new ArrayList<>();
    for (int serial = group; serial < 10_000; serial += PlateCode.SERIAL_GROUPS) {
      Optional<Iin> iin = Iin.of(birthDate, male, serial).filter(this::isAdultAndRegistered);
      int count = iin.map(VehicleRegister::vehiclesWanted).orElse(0);
      if (count > 0) {
        owners.add(iin.get());
        counts.add(count);
      }
    }
    List<Holder> holders = new ArrayList<>();
    for (int vehicle = 0; vehicle < 3; vehicle++) {
      for (int i = 0; i < owners.size() && holders.size() < PlateCode.SLOTS_PER_GROUP; i++) {
        if (counts.get(i) > vehicle) {
          holders.add(new Holder(owners.get(i), vehicle));
        }
      }
    }
    return holders;
  }

  private boolean isAdultAndRegistered(Iin iin) {
    return !iin.birthDate().plusYears(18).isAfter(population.today())
        && population.isRegistered(iin);
  }

  private static int vehiclesWanted(Iin iin) {
    Dice dice = Dice.of("vehicles", iin);
    if (!dice.chance(OWNER_SHARE)) {
      return 0;
    }
    int percentile = dice.below(100);
    return percentile < 85 ? 1 : percentile < 97 ? 2 : 3;
  }

  private Vehicle vehicle(String plate, Holder holder) {
    Dice dice = Dice.of("vehicle", holder.owner(), holder.vehicle());
    VehicleModel model = VehicleModel.choose(dice);
    int lastYear = Math.min(model.lastYear(), population.today().getYear());
    int year = dice.between(Math.min(model.firstYear(), lastYear), lastYear);
    return new Vehicle(
        plate, model.make(), model.model(), year, dice.pick(COLOURS), Vin.of(dice, model, year));
  }
}
