package org.tidewatch.sanctions.match;

import java.util.HashMap;
import java.util.Map;

/**
 * The same given name in different languages (Peter, Pedro, Pierre, Pyotr; Michael, Miguel,
 * Mikhail), as name-matching systems keep them in equivalence tables (OpenSanctions' rigour keeps
 * such groups of person-name forms, taken from Wikidata). Written for this project from general
 * knowledge of European, Slavic and Arabic naming, in the spelling {@link NameNormaliser} produces
 * (ICU writes Cyrillic Сергей as {@code sergej}, Михаил as {@code mihail}). Forms within the edit
 * budget of each other (Mohammed, Mohamed) need no entry; an entry is for forms that are further
 * apart. People only; a form belongs to one group.
 */
final class GivenNames {

  private static final Map<String, Integer> GROUP = new HashMap<>();

  static {
    group("john", "johann", "johannes", "juan", "joao", "jean", "giovanni", "ivan", "ioannis");
    group(
        "peter", "pedro", "pierre", "pietro", "pyotr", "petr", "piotr", "petro", "pjotr", "petros");
    group("paul", "pablo", "paolo", "pavel", "pawel", "paulo", "pavlo", "pavlos");
    group(
        "michael",
        "miguel",
        "michel",
        "michele",
        "mikhail",
        "mihail",
        "michal",
        "mykhailo",
        "michail");
    group(
        "alexander",
        "alejandro",
        "alessandro",
        "aleksandr",
        "aleksander",
        "alexandre",
        "oleksandr",
        "aliaksandr",
        "alyaksandr",
        "aljaksandr",
        "alexandros");
    group("nicholas", "nicolas", "nikolai", "nikolaj", "nikolay", "nicola", "nikolaos", "mykola");
    group(
        "stephen",
        "steven",
        "stefan",
        "esteban",
        "stepan",
        "stefano",
        "etienne",
        "istvan",
        "stefanos");
    group("andrew", "andres", "andreas", "andrei", "andrej", "andrey", "andrzej", "andriy");
    group(
        "george",
        "jorge",
        "giorgio",
        "georgy",
        "georgiy",
        "georgij",
        "georg",
        "jerzy",
        "giorgi",
        "georgios");
    group("joseph", "jose", "josef", "giuseppe", "iosif", "jozef", "osip");
    group("jacob", "jakob", "jacques", "yakov", "jakov", "jakub", "giacomo", "iakov");
    group("gregory", "gregorio", "grigory", "grigorij", "grigoriy", "grzegorz", "gregor");
    group("theodore", "fyodor", "fedor", "teodor", "feodor", "fjodor", "theodoros");
    group("william", "wilhelm", "guillermo", "guillaume", "willem", "guglielmo");
    group("henry", "henri", "heinrich", "enrique", "enrico", "henrik", "genrikh");
    group("charles", "carlos", "carl", "karl", "carlo", "karel", "karol");
    group("francis", "francisco", "francois", "francesco", "franz", "frantisek", "franciszek");
    group("anthony", "antonio", "anton", "antoine", "antonin");
    group("matthew", "mateo", "matteo", "mathieu", "matthias", "matvei", "matvey", "mateusz");
    group("sergey", "sergei", "sergej", "sergejs", "sergio", "serge", "serhiy", "siarhei");
    group("dmitry", "dmitri", "dmitrij", "dmytro", "dimitri", "dimitrios", "dimitar");
    group("eugene", "evgeny", "evgenij", "yevgeny", "yevgeniy", "eugenio", "eugen", "yevhen");
    group("vladimir", "volodymyr", "uladzimir", "wladimir", "wlodzimierz");
    group("yuri", "yury", "yuriy", "jurij", "iurii");
    group("constantine", "konstantin", "konstantinos", "costantino", "constantin");
    group("muhammad", "mehmet", "mehmed", "mohamud", "mahomed", "magomed");
    group(
        "catherine",
        "katherine",
        "ekaterina",
        "yekaterina",
        "caterina",
        "katarzyna",
        "catalina",
        "katharina");
    group("elizabeth", "elisabeth", "isabel", "elisabetta", "yelizaveta", "elizaveta", "elzbieta");
    group("mary", "maria", "marie", "mariya", "maryam", "miriam", "marija");
    group("helen", "elena", "yelena", "helena", "helene", "olena", "jelena");
    group("margaret", "margarita", "margarethe", "marguerite", "malgorzata");
    group("louis", "luis", "luigi", "ludwig", "ludovic", "lewis", "ludovico");
    group("richard", "ricardo", "riccardo");
    group("edward", "eduardo", "edoardo", "eduard");
    group("thomas", "tomas", "tommaso", "tomasz", "foma");
    group("daniel", "danilo", "daniil");
    group("lawrence", "lorenzo", "laurent", "lavrentiy", "lavrentij", "laurence");
    group("vincent", "vincenzo", "vicente");
    group("philip", "felipe", "filippo", "philippe", "filip", "filipp");
    group("simon", "simeon", "semyon", "semen", "shimon");
    group("benjamin", "beniamino", "veniamin");
    group("abraham", "ibrahim", "avraham");
    group("solomon", "suleiman", "sulayman", "suleyman", "shlomo");
    group("moses", "musa", "moshe", "moises");
    group("isaac", "ishaq", "yitzhak", "isak");
    group("elijah", "ilya", "ilyas", "elias", "ilia");
    group("jonah", "yunus", "jonas", "younes");
    group("zachary", "zakaria", "zakariya", "zacharias", "zakariyya");
  }

  private GivenNames() {}

  private static void group(String... forms) {
    int id = GROUP.size();
    for (String f : forms) {
      GROUP.putIfAbsent(f, id);
    }
  }

  /** The group of a given-name form, or -1 when it is in none. */
  static int group(String w) {
    Integer g = GROUP.get(w);
    return g == null ? -1 : g;
  }

  /** True when the two tokens are forms of the same given name in different languages. */
  static boolean same(String a, String b) {
    Integer ga = GROUP.get(a);
    return ga != null && ga.equals(GROUP.get(b));
  }
}
