package org.tidewatch.sanctions.match;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Common given-name short forms (Ted for Theodore or Edward, Bill for William, Misha for Mikhail),
 * written for this project from general knowledge of English and Russian naming. A short form is
 * the same word as each of its full forms, for people only; two full forms are not the same word
 * through a shared short form (Edward is not Theodore).
 */
final class Nicknames {

  private static final Map<String, Set<String>> FULL = new HashMap<>();

  static {
    add("ted", "theodore", "edward");
    add("ned", "edward");
    add("ed", "edward", "edwin", "edmund");
    add("eddie", "edward", "edwin", "edmund");
    add("ben", "benjamin");
    add("benny", "benjamin");
    add("bill", "william");
    add("billy", "william");
    add("will", "william");
    add("willy", "william");
    add("bob", "robert");
    add("bobby", "robert");
    add("rob", "robert");
    add("robbie", "robert");
    add("dick", "richard");
    add("rick", "richard", "frederick");
    add("rich", "richard");
    add("jim", "james");
    add("jimmy", "james");
    add("mike", "michael");
    add("tom", "thomas");
    add("tommy", "thomas");
    add("tony", "anthony", "antonio");
    add("joe", "joseph");
    add("jack", "john");
    add("johnny", "john");
    add("dave", "david");
    add("dan", "daniel");
    add("danny", "daniel");
    add("sam", "samuel", "samantha");
    add("alex", "alexander", "alexandra", "alejandro", "aleksandr");
    add("andy", "andrew");
    add("chris", "christopher", "christian", "christine");
    add("matt", "matthew");
    add("nick", "nicholas", "nikolai");
    add("pete", "peter");
    add("steve", "steven", "stephen");
    add("greg", "gregory");
    add("jeff", "jeffrey");
    add("larry", "lawrence");
    add("harry", "henry", "harold");
    add("hank", "henry");
    add("charlie", "charles");
    add("chuck", "charles");
    add("fred", "frederick", "alfred");
    add("ken", "kenneth");
    add("ron", "ronald");
    add("don", "donald");
    add("jerry", "gerald", "jerome");
    add("kate", "katherine", "catherine");
    add("kathy", "katherine", "kathleen");
    add("liz", "elizabeth");
    add("beth", "elizabeth");
    add("betty", "elizabeth");
    add("maggie", "margaret");
    add("peggy", "margaret");
    add("sue", "susan");
    add("jenny", "jennifer");
    add("vlad", "vladimir");
    add("volodya", "vladimir");
    add("sasha", "alexander", "aleksandr", "alexandra");
    add("misha", "mikhail");
    add("kolya", "nikolai");
    add("dima", "dmitry", "dmitri");
    add("pasha", "pavel");
    add("zhenya", "yevgeny", "evgeny");
    add("seryozha", "sergey", "sergei");
  }

  private Nicknames() {}

  private static void add(String nick, String... full) {
    FULL.put(nick, Set.of(full));
  }

  /** True when the token is a short form of some given name. */
  static boolean isShortForm(String w) {
    return FULL.containsKey(w);
  }

  /** True when one token is a short form of the other. */
  static boolean same(String a, String b) {
    Set<String> fa = FULL.get(a);
    if (fa != null && fa.contains(b)) {
      return true;
    }
    Set<String> fb = FULL.get(b);
    return fb != null && fb.contains(a);
  }
}
