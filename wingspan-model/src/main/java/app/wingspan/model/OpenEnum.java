package app.wingspan.model;

/**
 * A wire enum that stays open: besides its named constants it carries any string a server sends, so
 * a value added by a newer API version never breaks an older reader.
 */
public interface OpenEnum {
  /**
   * The exact string on the wire.
   *
   * @return the wire value, never null
   */
  String value();

  /**
   * Whether this value is one of the constants this code knows.
   *
   * @return true for a known constant, false for a value kept as it came
   */
  boolean isKnown();
}
