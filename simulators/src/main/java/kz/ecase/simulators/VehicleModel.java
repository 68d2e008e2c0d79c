package kz.ecase.simulators;

import java.util.List;

/**
 * A make and model common on Kazakhstan's roads, the years it was built, how common it is, and the
 * world manufacturer identifier that begins its VIN.
 */
record VehicleModel(
    String make, String model, int firstYear, int lastYear, int weight, String manufacturer) {

  static final List<VehicleModel> ALL =
      List.of(
          new VehicleModel("Toyota", "Camry", 1996, 2025, 14, "JTN"),
          new VehicleModel("Toyota", "Land Cruiser Prado", 2002, 2024, 5, "JTE"),
          new VehicleModel("Toyota", "Corolla", 2000, 2024, 5, "JTD"),
          new VehicleModel("Lada", "Granta", 2011, 2025, 10, "XTA"),
          new VehicleModel("Lada", "Vesta", 2015, 2025, 6, "XTA"),
          new VehicleModel("ВАЗ", "2107", 1982, 2012, 4, "XTA"),
          new VehicleModel("Hyundai", "Accent", 2000, 2020, 9, "KMH"),
          new VehicleModel("Hyundai", "Tucson", 2005, 2025, 5, "KMH"),
          new VehicleModel("Hyundai", "Elantra", 2000, 2025, 5, "KMH"),
          new VehicleModel("Kia", "Rio", 2005, 2025, 5, "KNA"),
          new VehicleModel("Kia", "Sportage", 2005, 2025, 4, "KNA"),
          new VehicleModel("Chevrolet", "Cobalt", 2013, 2025, 7, "XWB"),
          new VehicleModel("Chevrolet", "Nexia", 1996, 2025, 5, "XWB"),
          new VehicleModel("Volkswagen", "Polo", 2010, 2020, 3, "XW8"),
          new VehicleModel("Volkswagen", "Passat", 1990, 2015, 3, "WVW"),
          new VehicleModel("Mercedes-Benz", "E 200", 1996, 2025, 3, "WDD"),
          new VehicleModel("Audi", "80", 1986, 1996, 2, "WAU"),
          new VehicleModel("Mitsubishi", "Outlander", 2003, 2024, 2, "JMB"),
          new VehicleModel("Nissan", "X-Trail", 2001, 2024, 2, "JN1"),
          new VehicleModel("Subaru", "Forester", 1997, 2024, 2, "JF1"),
          new VehicleModel("JAC", "S3", 2014, 2024, 2, "LJ1"),
          new VehicleModel("Chery", "Tiggo 7 Pro", 2020, 2025, 3, "LVV"),
          new VehicleModel("Haval", "Jolion", 2021, 2025, 3, "LGW"));

  static VehicleModel choose(Dice dice) {
    return dice.pickWeighted(ALL, VehicleModel::weight);
  }
}
