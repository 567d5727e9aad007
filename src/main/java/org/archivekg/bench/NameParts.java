package org.archivekg.bench;

/**
 * The pieces generated names are built from: Russian first names, surname stems and endings; Chinese syllables in
 * pinyin with their Palladius spelling; Korean syllables with the Kontsevich spelling Russian texts use. Kept as
 * tables because no transliteration joins the Latin and Cyrillic forms of Chinese and Korean names.
 */
final class NameParts {

    private NameParts() {
    }

    /** {Cyrillic, Latin}. */
    static final String[][] RU_FIRST = {
            {"Иван", "Ivan"}, {"Николай", "Nikolai"}, {"Сергей", "Sergei"}, {"Алексей", "Aleksei"}, {"Андрей", "Andrei"},
            {"Михаил", "Mikhail"}, {"Василий", "Vasilii"}, {"Григорий", "Grigorii"}, {"Дмитрий", "Dmitrii"}, {"Федор", "Fedor"},
            {"Павел", "Pavel"}, {"Борис", "Boris"}, {"Владимир", "Vladimir"}, {"Георгий", "Georgii"}, {"Константин", "Konstantin"},
            {"Леонид", "Leonid"}, {"Семен", "Semen"}, {"Терентий", "Terentii"}, {"Вячеслав", "Vyacheslav"}, {"Анатолий", "Anatolii"},
            {"Виктор", "Viktor"}, {"Яков", "Yakov"}, {"Матвей", "Matvei"}, {"Степан", "Stepan"}, {"Тимофей", "Timofei"},
            {"Аркадий", "Arkadii"}, {"Юрий", "Yurii"}, {"Олег", "Oleg"}, {"Игорь", "Igor"}, {"Роман", "Roman"},
            {"Кирилл", "Kirill"}, {"Лев", "Lev"}, {"Максим", "Maksim"}, {"Илья", "Ilya"}, {"Евгений", "Evgenii"}};

    /** Stems of surnames: a first syllable, an optional middle, and an ending that declines like -ов/-ин/-ский. */
    static final String[] RU_HEAD = {"Бар", "Вол", "Гор", "Дем", "Жар", "Зуб", "Кар", "Лоб", "Мор", "Нос", "Пол", "Рож", "Сол",
            "Тар", "Фед", "Хол", "Чер", "Шум", "Бел", "Вер", "Гал", "Дор", "Зим", "Кол", "Лав", "Мал", "Нар", "Пет", "Рус",
            "Сем", "Тим", "Уст", "Фил", "Хар", "Чуд", "Шир", "Яр", "Бур", "Вас", "Гус", "Дуб", "Ерм", "Жук", "Кам", "Лук",
            "Мед", "Ник", "Ос", "Пан", "Рыб", "Сух", "Тол", "Ус", "Хром", "Цвет", "Щеп", "Бог", "Вор", "Гром", "Дят"};
    static final String[] RU_MIDDLE = {"", "", "а", "о", "е", "и", "ан", "ен", "ол", "ар", "ут", "ыш", "ич", "ем"};
    static final String[] RU_ENDING = {"ов", "ов", "ов", "ев", "ин", "ин", "ков", "нов", "цов", "ский"};

    /** {pinyin, Palladius}: syllables for Chinese family and given names. */
    static final String[][] CN = {
            {"Zhou", "Чжоу"}, {"Lin", "Линь"}, {"Liu", "Лю"}, {"Wang", "Ван"}, {"Zhang", "Чжан"}, {"Chen", "Чэнь"},
            {"Gao", "Гао"}, {"Peng", "Пэн"}, {"Deng", "Дэн"}, {"Song", "Сун"}, {"Kang", "Кан"}, {"Huang", "Хуан"},
            {"Zhu", "Чжу"}, {"Yang", "Ян"}, {"Xu", "Сюй"}, {"Sun", "Сунь"}, {"Hu", "Ху"}, {"Guo", "Го"}, {"He", "Хэ"},
            {"Luo", "Ло"}, {"Dong", "Дун"}, {"Ze", "Цзэ"}, {"En", "Энь"}, {"Lai", "Лай"}, {"Hua", "Хуа"}, {"Biao", "Бяо"},
            {"Shao", "Шао"}, {"Qi", "Ци"}, {"De", "Дэ"}, {"Xiao", "Сяо"}, {"Ping", "Пин"}, {"Jian", "Цзянь"}, {"Ming", "Мин"},
            {"Wen", "Вэнь"}, {"Guang", "Гуан"}, {"Fu", "Фу"}, {"Tian", "Тянь"}, {"Hai", "Хай"}, {"Jun", "Цзюнь"}, {"Bo", "Бо"},
            {"Rong", "Жун"}, {"Zhi", "Чжи"}, {"Qing", "Цин"}, {"Shan", "Шань"}, {"Tao", "Тао"}, {"Feng", "Фэн"}, {"Xi", "Си"},
            {"Yun", "Юнь"}, {"Kai", "Кай"}, {"Li", "Ли"}, {"Ma", "Ма"}, {"Cheng", "Чэн"}, {"Rao", "Жао"}, {"Nie", "Не"}};
    /** How many of {@link #CN}'s first rows are family names. */
    static final int CN_FAMILIES = 24;

    /** {Latin, Cyrillic}: Korean family names and given-name syllables. */
    static final String[][] KO_FAMILY = {{"Kim", "Ким"}, {"Pak", "Пак"}, {"Choe", "Чхве"}, {"Chong", "Чон"}, {"Kang", "Кан"},
            {"Cho", "Чо"}, {"Yun", "Юн"}, {"Han", "Хан"}, {"Ho", "Хо"}, {"Mun", "Мун"}, {"Nam", "Нам"}, {"Om", "Ом"}};
    static final String[][] KO_GIVEN = {{"Il", "Ир"}, {"Sung", "Сен"}, {"Chol", "Чер"}, {"Man", "Ман"}, {"Pong", "Бон"},
            {"Gi", "Ги"}, {"Yong", "Ён"}, {"Chang", "Чан"}, {"Tae", "Тхэ"}, {"Ok", "Ок"}, {"Dok", "Док"}, {"Su", "Су"},
            {"Hyon", "Хён"}, {"Ung", "Ын"}, {"Sok", "Сок"}, {"Ryong", "Рён"}, {"Hui", "Хи"}, {"Gyu", "Гю"}};

    private static final String CYRILLIC = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя";
    private static final String[] LATIN = {"a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "i", "k", "l", "m", "n", "o",
            "p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"};

    /** A simple scholarly-style romanisation of Russian (close to BGN): Петров → Petrov, Рощин → Roshchin, -ский → -skii. */
    static String romanise(String cyrillic) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cyrillic.length(); i++) {
            char c = cyrillic.charAt(i);
            char lower = Character.toLowerCase(c);
            int at = CYRILLIC.indexOf(lower);
            if (at < 0) {
                sb.append(c);
                continue;
            }
            String l = LATIN[at];
            if (lower == 'й' && i > 0 && "ыи".indexOf(Character.toLowerCase(cyrillic.charAt(i - 1))) >= 0) l = "i";
            if (l.isEmpty()) continue;
            if (Character.isUpperCase(c)) {
                boolean wordInCaps = i + 1 < cyrillic.length() && Character.isUpperCase(cyrillic.charAt(i + 1));
                l = wordInCaps ? l.toUpperCase() : Character.toUpperCase(l.charAt(0)) + l.substring(1);
            }
            sb.append(l);
        }
        return sb.toString();
    }
}
