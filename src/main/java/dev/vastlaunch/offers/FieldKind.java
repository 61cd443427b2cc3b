package dev.vastlaunch.offers;

/** Lists how a query field's values are typed on the wire. */
public enum FieldKind {
    /** A number; numeric text is sent as a JSON number. */
    NUMBER,
    /** {@code true} or {@code false}. */
    BOOLEAN,
    /** Free text; {@code _} becomes a space. */
    TEXT,
    /** A field the official CLI does not know: typed as the CLI would (string unless true/false/null). */
    UNKNOWN
}
