package kz.ecase.simulators;

import java.util.List;

/**
 * A person's last name, first name and patronymic, chosen by sex: three in four people get Kazakh
 * names with a Kazakh patronymic (father's name + {@code ұлы} for a son, {@code қызы} for a
 * daughter), the others Russian names with a Russian patronymic ({@code …ович}, {@code …овна}).
 * Last names take the feminine {@code а} for women (Жұмабаев, Жұмабаева).
 */
record PersonName(String lastName, String firstName, String patronymic) {

  private static final List<String> KAZAKH_LAST_NAMES =
      List.of(
          "Жұмабаев",
          "Ахметов",
          "Сейітов",
          "Нұрланов",
          "Оспанов",
          "Исаев",
          "Құдайбергенов",
          "Тоқтаров",
          "Бекмұханов",
          "Сәрсенбаев",
          "Әбенов",
          "Қасымов",
          "Омаров",
          "Мұқанов",
          "Байжанов",
          "Серікбаев",
          "Төлеуов",
          "Есенов",
          "Ержанов",
          "Әлиев",
          "Жақыпов",
          "Смағұлов");
  private static final List<String> KAZAKH_MEN =
      List.of(
          "Серік",
          "Нұрлан",
          "Ерлан",
          "Асқар",
          "Дәурен",
          "Бауыржан",
          "Айдос",
          "Ержан",
          "Қанат",
          "Мұрат",
          "Арман",
          "Ерболат",
          "Талғат",
          "Бекзат",
          "Әлібек",
          "Дархан",
          "Ербол",
          "Жандос",
          "Ғалым",
          "Нұржан",
          "Санжар",
          "Әділет");
  private static final List<String> KAZAKH_WOMEN =
      List.of(
          "Айгүл",
          "Гүлнара",
          "Әсем",
          "Динара",
          "Жанар",
          "Айгерім",
          "Салтанат",
          "Мөлдір",
          "Ақмарал",
          "Сәуле",
          "Назерке",
          "Аружан",
          "Гүлмира",
          "Жұлдыз",
          "Ләззат",
          "Мадина",
          "Ботагөз",
          "Дана",
          "Інжу",
          "Томирис");
  private static final List<String> RUSSIAN_LAST_NAMES =
      List.of(
          "Иванов",
          "Петров",
          "Смирнов",
          "Кузнецов",
          "Попов",
          "Васильев",
          "Соколов",
          "Морозов",
          "Новиков",
          "Фёдоров",
          "Волков",
          "Лебедев",
          "Козлов",
          "Степанов",
          "Никитин",
          "Павлов");
  private static final List<String> RUSSIAN_WOMEN =
      List.of(
          "Елена",
          "Ольга",
          "Наталья",
          "Татьяна",
          "Ирина",
          "Анна",
          "Светлана",
          "Марина",
          "Юлия",
          "Екатерина",
          "Людмила",
          "Галина",
          "Вера",
          "Дарья");

  /** A Russian man's name and the patronymics it gives his son and his daughter. */
  private record RussianName(String name, String sonsPatronymic, String daughtersPatronymic) {}

  private static final List<RussianName> RUSSIAN_MEN =
      List.of(
          new RussianName("Александр", "Александрович", "Александровна"),
          new RussianName("Сергей", "Сергеевич", "Сергеевна"),
          new RussianName("Дмитрий", "Дмитриевич", "Дмитриевна"),
          new RussianName("Андрей", "Андреевич", "Андреевна"),
          new RussianName("Алексей", "Алексеевич", "Алексеевна"),
          new RussianName("Владимир", "Владимирович", "Владимировна"),
          new RussianName("Николай", "Николаевич", "Николаевна"),
          new RussianName("Евгений", "Евгеньевич", "Евгеньевна"),
          new RussianName("Игорь", "Игоревич", "Игоревна"),
          new RussianName("Павел", "Павлович", "Павловна"),
          new RussianName("Виктор", "Викторович", "Викторовна"),
          new RussianName("Михаил", "Михайлович", "Михайловна"),
          new RussianName("Юрий", "Юрьевич", "Юрьевна"),
          new RussianName("Олег", "Олегович", "Олеговна"),
          new RussianName("Иван", "Иванович", "Ивановна"));

  static PersonName choose(Dice dice, boolean male) {
    return dice.chance(0.75) ? kazakh(dice, male) : russian(dice, male);
  }

  private static PersonName kazakh(Dice dice, boolean male) {
    String lastName = dice.pick(KAZAKH_LAST_NAMES);
    String firstName = dice.pick(male ? KAZAKH_MEN : KAZAKH_WOMEN);
    String father = dice.pick(KAZAKH_MEN);
    return male
        ? new PersonName(lastName, firstName, father + "ұлы")
        : new PersonName(lastName + "а", firstName, father + "қызы");
  }

  private static PersonName russian(Dice dice, boolean male) {
    String lastName = dice.pick(RUSSIAN_LAST_NAMES);
    RussianName father = dice.pick(RUSSIAN_MEN);
    return male
        ? new PersonName(lastName, dice.pick(RUSSIAN_MEN).name(), father.sonsPatronymic())
        : new PersonName(lastName + "а", dice.pick(RUSSIAN_WOMEN), father.daughtersPatronymic());
  }
}
