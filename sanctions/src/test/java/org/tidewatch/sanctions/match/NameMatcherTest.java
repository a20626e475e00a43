package org.tidewatch.sanctions.match;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tidewatch.core.sanctions.EntityType;

class NameMatcherTest {
  private final NameMatcher m = new NameMatcher();

  private double score(String a, String b, EntityType t) {
    return m.compare(NameNormaliser.normalise(a, t), NameNormaliser.normalise(b, t)).score();
  }

  @Test
  void hangulIsRomanisedTheWayTheListsSpellIt() {
    assertThat(HangulRomaniser.romanise("천마산")).isEqualTo("chon ma san");
    assertThat(HangulRomaniser.romanise("김정은")).isEqualTo("kim jong un");
    assertThat(HangulRomaniser.romanise("리영호")).isEqualTo("ri yong ho");
    assertThat(score("천마산", "CHON MA SAN", EntityType.VESSEL)).isGreaterThan(0.95);
    assertThat(score("김정은", "Kim Jong Un", EntityType.PERSON)).isGreaterThan(0.95);
  }

  @Test
  void romanisationVariantsAndJoinedSyllablesMatch() {
    assertThat(score("CHEON MA SAN", "CHON MA SAN", EntityType.VESSEL)).isGreaterThan(0.9);
    assertThat(score("CHONMASAN", "CHON MA SAN", EntityType.VESSEL)).isGreaterThan(0.9);
    assertThat(score("GEUM UN SAN 3", "KUM UN SAN 3", EntityType.VESSEL)).isGreaterThan(0.85);
    assertThat(score("BAEK MA", "PAEK MA", EntityType.VESSEL)).isGreaterThan(0.85);
    assertThat(score("LI YONG HO", "RI YONG HO", EntityType.PERSON)).isGreaterThan(0.9);
    assertThat(score("Владимир Путин", "Vladimir Putin", EntityType.PERSON)).isGreaterThan(0.9);
  }

  @Test
  void numbersMustAgree() {
    assertThat(score("JI SONG 6", "JI SONG 8", EntityType.VESSEL)).isLessThan(0.5);
    assertThat(score("SAM JONG 1", "SAM JONG 2", EntityType.VESSEL)).isLessThan(0.5);
    assertThat(score("NAM SAN 8", "NAM SAN 7", EntityType.VESSEL)).isLessThan(0.5);
    assertThat(score("BILLIONS NO. 18", "BILLIONS 18", EntityType.VESSEL)).isEqualTo(1.0);
    assertThat(score("MV Hellenic Spirit", "Hellenic Spirit", EntityType.VESSEL)).isEqualTo(1.0);
  }

  @Test
  void legalFormsAndPunctuationDoNotMatter() {
    assertThat(
            score(
                "Korea Achim Shipping Company Limited",
                "KOREA ACHIM SHIPPING CO., LTD.",
                EntityType.COMPANY))
        .isGreaterThan(0.95);
    assertThat(score("Microsoft Corporation", "Microsoft Corp.", EntityType.COMPANY))
        .isGreaterThan(0.95);
    assertThat(score("Paek Jin Ho", "Paek Chang Ho", EntityType.PERSON)).isLessThan(0.7);
  }

  @Test
  void aWordSplitBesideOtherDifferencesIsJoined() {
    assertThat(score("Ali Patr ushev Ivanov", "Ali Patrushev Ivanov", EntityType.PERSON))
        .isGreaterThan(0.95);
    assertThat(score("KHAN MOHAMMAD HASNI", "MOHAMMADHASNI KHAN", EntityType.PERSON))
        .isGreaterThan(0.7);
    // a particle next to the word it stands before is no split
    assertThat(score("HAMID AL AOUADI", "ABDALLAH AOUADI", EntityType.PERSON)).isLessThan(0.7);
  }

  @Test
  void namesSwappedAcrossBinAreFatherAndSon() {
    assertThat(score("ABDULLAH BIN OMAR", "OMAR BIN ABDULLAH", EntityType.PERSON)).isLessThan(0.7);
    assertThat(score("ABDULLAH BIN OMAR", "ABDULLAH IBN OMAR", EntityType.PERSON))
        .isGreaterThan(0.9);
  }

  @Test
  void shortGivenNamesTruncatedLegalFormsAndUntransliteratedScripts() {
    assertThat(score("Ted Doe", "Theodore Doe", EntityType.PERSON)).isGreaterThan(0.8);
    assertThat(score("Bill Gates", "William Gates", EntityType.PERSON)).isGreaterThan(0.8);
    assertThat(score("Edward Doe", "Theodore Doe", EntityType.PERSON)).isLessThan(0.7);
    assertThat(
            score(
                "TACTICAL MISSILES CORPORATION JOINT STOCK COMPAN",
                "TACTICAL MISSILES CORPORATION JSC",
                EntityType.COMPANY))
        .isGreaterThan(0.95);
    // Khmer has no ICU transliteration: compared as written instead of as an empty name
    assertThat(score("ហ៊ុន ម៉ាណែត", "ហ៊ុន ម៉ាណែត", EntityType.PERSON)).isEqualTo(1.0);
    assertThat(score("CRYSTALORD SYSTEMS LIMITED", "CRYSTALORD LTD", EntityType.COMPANY))
        .isLessThan(0.7);
  }

  @Test
  void transliterationMarksStayInsideTheWord() {
    // Kazakh Қ gives K + U+02CC, Arabic ع gives U+02BF, Ethiopic's sixth-order vowel U+01DD
    assertThat(NameNormaliser.latin("Тоқаев")).isEqualTo("tokaev");
    assertThat(NameNormaliser.latin("عمر")).doesNotContain(" ");
    assertThat(NameNormaliser.latin("አሕመድ")).isEqualTo("ahmad");
    assertThat(NameNormaliser.latin("Әлиев")).isEqualTo("aliev");
    assertThat(score("Нұрсұлтан Назарбаев", "Nursultan Nazarbayev", EntityType.PERSON))
        .isGreaterThan(0.8);
  }

  @Test
  void anOrganisationMatchesItsAcronymButAPersonDoesNot() {
    assertThat(score("IRGC", "Islamic Revolutionary Guard Corps", EntityType.COMPANY))
        .isGreaterThan(0.7);
    assertThat(score("Bayerische Motoren Werke AG", "BMW", EntityType.COMPANY)).isGreaterThan(0.7);
    assertThat(score("IRG", "Islamic Revolutionary Guard Corps", EntityType.COMPANY))
        .isLessThan(0.7);
    assertThat(score("Kim", "Kang Il Myong", EntityType.PERSON)).isLessThan(0.7);
  }

  @Test
  void genericWordsAloneDoNotNameACompany() {
    assertThat(
            score(
                "Shipping Company Limited",
                "Korea Achim Shipping Company Limited",
                EntityType.COMPANY))
        .isLessThan(0.7);
    assertThat(
            score("Ocean Maritime Management", "Ocean Maritime Management Co", EntityType.COMPANY))
        .isGreaterThan(0.9);
  }

  @Test
  void wadeGilesAndPinyinSibilantsMeet() {
    assertThat(score("Si Jinping", "Xi Jinping", EntityType.PERSON)).isGreaterThan(0.9);
    assertThat(score("Hsi Jinping", "Xi Jinping", EntityType.PERSON)).isGreaterThan(0.9);
  }

  @Test
  void aGivenNameMatchesItsFormsInOtherLanguages() {
    assertThat(score("Pyotr Ivanov", "Peter Ivanov", EntityType.PERSON)).isGreaterThan(0.8);
    assertThat(score("Михаил Петров", "Michael Petrov", EntityType.PERSON)).isGreaterThan(0.8);
    assertThat(score("Peter Ivanov", "Paul Ivanov", EntityType.PERSON)).isLessThan(0.7);
    assertThat(score("Peter Trading", "Pedro Trading", EntityType.COMPANY)).isLessThan(0.7);
  }

  @Test
  void honorificsBeforePeoplesNamesAreDropped() {
    assertThat(score("Shaykh Abdul Rahman Tahir", "Abdul Rahman Tahir", EntityType.PERSON))
        .isEqualTo(1.0);
    assertThat(score("Mullah Akhtar Mansour", "Akhtar Mansour", EntityType.PERSON)).isEqualTo(1.0);
    // not from company names
    assertThat(score("General Motors", "Motors", EntityType.COMPANY)).isLessThan(1.0);
  }

  @Test
  void companyTypesOfOtherLanguagesAreLegalForms() {
    assertThat(
            score(
                "Общество с ограниченной ответственностью Ромашка",
                "Romashka LLC",
                EntityType.COMPANY))
        .isGreaterThan(0.85);
    assertThat(score("Grupo Alfa Sociedad Anonima", "Grupo Alfa S.A.", EntityType.COMPANY))
        .isGreaterThan(0.95);
    assertThat(score("Tata Steel Private Limited", "Tata Steel Ltd", EntityType.COMPANY))
        .isGreaterThan(0.95);
  }

  @Test
  void arabicAndHebrewScriptMeetLatinThroughTheirConsonants() {
    assertThat(score("محمد علي", "Mohamed Ali", EntityType.PERSON)).isGreaterThan(0.8);
    assertThat(score("خالد محمود", "Khaled Mahmoud", EntityType.PERSON)).isGreaterThan(0.8);
    assertThat(score("דוד", "David", EntityType.PERSON)).isGreaterThan(0.8);
    // two consonants say too little (Yasna ~ Son), and Latin names do not compare this way
    assertThat(score("یسنا جلالی", "SON Chol-ju", EntityType.PERSON)).isLessThan(0.7);
    assertThat(score("Mhmd Ali", "Mohamed Ali", EntityType.PERSON)).isLessThan(0.8);
  }
}
