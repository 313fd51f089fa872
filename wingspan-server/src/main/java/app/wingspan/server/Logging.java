package app.wingspan.server;

import org.slf4j.LoggerFactory;

/**
 * The server's few touches of the logging backend, made only when the backend is Logback: the
 * server's own process ships with it (and with its configuration, {@link #CONFIGURATION}), while a
 * program that embeds the server (the test kit in a user's tests) brings whatever SLF4J binding it
 * likes, or none, and the server leaves it alone.
 */
public final class Logging {

  /**
   * The Logback configuration of the server's own process, a class-path resource that Logback reads
   * only when told to: it is not at the root, so it configures no program that merely has the
   * server's jar on its class path.
   */
  static final String CONFIGURATION = "app/wingspan/server/logback-server.xml";

  private static final boolean LOGBACK = present("ch.qos.logback.classic.Logger");

  private Logging() {}

  /** Points Logback at {@link #CONFIGURATION} unless the process was given a configuration. */
  static void configureOwnProcess() {
    if (System.getProperty("logback.configurationFile") == null) {
      System.setProperty("logback.configurationFile", CONFIGURATION);
    }
  }

  /**
   * The root logger's level when the backend is Logback and one is set.
   *
   * @return the level's name, or empty when unknown
   */
  public static java.util.Optional<String> rootLevel() {
    return LOGBACK ? LogbackLevels.root() : java.util.Optional.empty();
  }

  /** Sets the root level when the backend is Logback; does nothing otherwise. */
  static void setRootLevel(String level) {
    if (LOGBACK) {
      LogbackLevels.setRoot(level);
    }
  }

  private static boolean present(String className) {
    try {
      Class.forName(className, false, Logging.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }

  /** Loaded only when Logback is present. */
  private static final class LogbackLevels {
    static java.util.Optional<String> root() {
      org.slf4j.Logger root = LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
      if (root instanceof ch.qos.logback.classic.Logger logback) {
        ch.qos.logback.classic.Level level = logback.getLevel();
        if (level != null) {
          return java.util.Optional.of(level.levelStr);
        }
      }
      return java.util.Optional.empty();
    }

    static void setRoot(String level) {
      org.slf4j.Logger root = LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
      if (root instanceof ch.qos.logback.classic.Logger logback) {
        logback.setLevel(
            ch.qos.logback.classic.Level.toLevel(level, ch.qos.logback.classic.Level.INFO));
      }
    }
  }
}
