package dev.pairpad.cli;

/** ANSI styling that turns itself off when output is not a terminal or {@code NO_COLOR} is set. */
final class Style {
    private final boolean enabled;

    Style(CliContext context) {
        this.enabled = context.colour();
    }

    Style(boolean enabled) {
        this.enabled = enabled;
    }

    boolean enabled() {
        return enabled;
    }

    String bold(String text) {
        return wrap("1", text);
    }

    String dim(String text) {
        return wrap("2", text);
    }

    String red(String text) {
        return wrap("31", text);
    }

    String green(String text) {
        return wrap("32", text);
    }

    String yellow(String text) {
        return wrap("33", text);
    }

    /** Text in a participant's colour ({@code #rrggbb}); unstyled if the colour is not in that form. */
    String colour(String hex, String text) {
        if (!enabled || hex == null || !hex.matches("#[0-9a-fA-F]{6}")) {
            return text;
        }
        int rgb = Integer.parseInt(hex.substring(1), 16);
        return "\u001b[38;2;" + (rgb >> 16) + ";" + ((rgb >> 8) & 0xff) + ";" + (rgb & 0xff) + "m" + text + "\u001b[0m";
    }

    /** Text on a participant's colour as background (a cursor block). */
    String background(String hex, String text) {
        if (!enabled || hex == null || !hex.matches("#[0-9a-fA-F]{6}")) {
            return text;
        }
        int rgb = Integer.parseInt(hex.substring(1), 16);
        return "\u001b[48;2;" + (rgb >> 16) + ";" + ((rgb >> 8) & 0xff) + ";" + (rgb & 0xff) + "m" + text + "\u001b[0m";
    }

    private String wrap(String code, String text) {
        return enabled ? "\u001b[" + code + "m" + text + "\u001b[0m" : text;
    }
}
