package dev.pairpad.api.ot;

/** Whether text holds whole code points only: what an insert (and so any editable text) must hold. */
public final class CodePoints {

    private CodePoints() {
    }

    /** The index of the first surrogate in {@code text} that is not half of a pair, or -1 when there is none. */
    public static int loneSurrogateAt(String text) {
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else {
                    return i;
                }
            }
        }
        return -1;
    }
}
