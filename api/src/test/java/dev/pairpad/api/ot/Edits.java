package dev.pairpad.api.ot;

import java.util.Random;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Random documents and operations derived from them, shared by the property tests, the vector generator and the
 * simulated network: one document in six is empty, one inserted piece in five is an astral character (emoji), and
 * edit boundaries always fall between whole code points.
 */
public final class Edits {
    private static final String[] PIECES = {"a", "b", "c", "x", " ", "\n", "é", "€", "\"", "\\"};
    private static final String[] ASTRAL = {"\uD83D\uDE00", "\uD834\uDD1E", "\uD83C\uDF89", "\uD83D\uDC4D\uD83C\uDFFD"};

    private Edits() {
    }

    /** A source of choices: a number in {@code [low, high]}, both inclusive. */
    @FunctionalInterface
    public interface Choices {
        int between(int low, int high);
    }

    /** Choices drawn from a seeded {@link Random}. */
    public static Choices from(Random random) {
        return (low, high) -> low + random.nextInt(high - low + 1);
    }

    /** A QuickTheories generator built on {@link Choices}, so QuickTheories can shrink what it draws. */
    public static <T> Gen<T> gen(java.util.function.Function<Choices, T> build) {
        return source -> build.apply((low, high) -> Generate.range(low, high).generate(source));
    }

    /** A document: empty one time in six, otherwise up to 24 pieces with astral characters among them. */
    public static String document(Choices choices) {
        if (choices.between(0, 5) == 0) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        int pieces = choices.between(1, 24);
        for (int i = 0; i < pieces; i++) {
            text.append(piece(choices));
        }
        return text.toString();
    }

    /** Text to insert: one to four pieces. */
    public static String insertText(Choices choices) {
        StringBuilder text = new StringBuilder();
        int pieces = choices.between(1, 4);
        for (int i = 0; i < pieces; i++) {
            text.append(piece(choices));
        }
        return text.toString();
    }

    private static String piece(Choices choices) {
        return choices.between(0, 4) == 4 ? ASTRAL[choices.between(0, ASTRAL.length - 1)]
                : PIECES[choices.between(0, PIECES.length - 1)];
    }

    /** An operation that applies to {@code document}, made of random retains, deletes and inserts. */
    public static TextOperation operation(Choices choices, String document) {
        TextOperationBuilder builder = TextOperation.builder();
        int position = 0;
        int length = document.length();
        boolean justInserted = false;
        // Choices shrink towards 0, so 0 means the simplest item: retain.
        while (position < length) {
            int kind = choices.between(0, 5);
            if (kind == 5 && !justInserted) {
                builder.insert(insertText(choices));
                justInserted = true;
                continue;
            }
            int end = advance(document, position, choices.between(1, 4));
            if (kind == 3 || kind == 4) {
                builder.delete(end - position);
            } else {
                builder.retain(end - position);
            }
            position = end;
            justInserted = false;
        }
        if (choices.between(0, 2) == 2) {
            builder.insert(insertText(choices));
        }
        return builder.build();
    }

    /** The offset {@code codePoints} code points after {@code from}, at most the document's end. */
    public static int advance(String document, int from, int codePoints) {
        int position = from;
        for (int i = 0; i < codePoints && position < document.length(); i++) {
            position += Character.charCount(document.codePointAt(position));
        }
        return position;
    }
}
