package dev.entente.spark;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/** One local[2] session for every test of the module: a session takes seconds to start. */
final class LocalSpark {

  private LocalSpark() {}

  private static SparkSession session;

  static synchronized SparkSession session() {
    if (session == null) {
      SparkConf conf = EntenteKryo.configure(new SparkConf()
          .setMaster("local[2]")
          .setAppName("entente-spark-tests")
          .set("spark.ui.enabled", "false")
          .set("spark.sql.shuffle.partitions", "2")
          .set(EntenteKryo.USER_ASSIGNED, "XK:XKX:Kosovo"));
      session = SparkSession.builder().config(conf).getOrCreate();
      session.sparkContext().setLogLevel("WARN");
    }
    return session;
  }
}
