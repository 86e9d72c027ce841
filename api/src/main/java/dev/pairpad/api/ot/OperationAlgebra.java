package dev.pairpad.api.ot;

/** Compose and transform, kept apart from the value type so each reads on one screen (after ot.js). */
final class OperationAlgebra {
    private OperationAlgebra() {
    }

    /** Law: {@code b.apply(a.apply(doc)).equals(compose(a, b).apply(doc))} for every doc a applies to. */
    static TextOperation compose(TextOperation a, TextOperation b) {
        if (a.targetLength() != b.baseLength()) {
            throw new InvalidOperationException("cannot compose: the second operation's base length " + b.baseLength()
                    + " does not match the first operation's target length " + a.targetLength());
        }
        TextOperationBuilder out = TextOperation.builder();
        ItemCursor first = new ItemCursor(a);
        ItemCursor second = new ItemCursor(b);
        while (!first.done() || !second.done()) {
            if (first.isDelete()) {
                out.delete(first.remaining());
                first.advance(first.remaining());
                continue;
            }
            if (second.isInsert()) {
                int length = second.remaining();
                out.insert(second.text(length));
                second.advance(length);
                continue;
            }
            // Lengths were checked above, so neither side can run out before the other here.
            int count = Math.min(first.remaining(), second.remaining());
            if (first.isRetain()) {
                if (second.isRetain()) {
                    out.retain(count);
                } else {
                    out.delete(count);
                }
            } else if (second.isRetain()) {
                out.insert(first.text(count));
            }
            // an insert of a deleted by b leaves nothing
            first.advance(count);
            second.advance(count);
        }
        return out.build();
    }

    /**
     * Law: {@code compose(a, pair.right()).equals(compose(b, pair.left()))}; where both insert at one position,
     * a's insert ends up first.
     */
    static OperationPair transform(TextOperation a, TextOperation b) {
        if (a.baseLength() != b.baseLength()) {
            throw new InvalidOperationException("cannot transform: base lengths differ (" + a.baseLength() + " and "
                    + b.baseLength() + "); both operations must apply to the same document");
        }
        TextOperationBuilder left = TextOperation.builder();
        TextOperationBuilder right = TextOperation.builder();
        ItemCursor first = new ItemCursor(a);
        ItemCursor second = new ItemCursor(b);
        while (!first.done() || !second.done()) {
            if (first.isInsert()) {
                int length = first.remaining();
                left.insert(first.text(length));
                right.retain(length);
                first.advance(length);
                continue;
            }
            if (second.isInsert()) {
                int length = second.remaining();
                left.retain(length);
                right.insert(second.text(length));
                second.advance(length);
                continue;
            }
            int count = Math.min(first.remaining(), second.remaining());
            if (first.isRetain() && second.isRetain()) {
                left.retain(count);
                right.retain(count);
            } else if (first.isRetain()) {
                right.delete(count);
            } else if (second.isRetain()) {
                left.delete(count);
            }
            // both delete the same range: nothing is left to do on either side
            first.advance(count);
            second.advance(count);
        }
        return new OperationPair(left.build(), right.build());
    }
}
