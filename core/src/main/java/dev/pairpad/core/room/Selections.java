package dev.pairpad.core.room;

import dev.pairpad.api.protocol.Range;
import dev.pairpad.core.doc.Revision;
import java.util.ArrayList;
import java.util.List;

/** Moves selection offsets past later revisions, so that a selection is valid at the revision it is sent with. */
final class Selections {

    private Selections() {
    }

    /** {@code ranges} valid before the first of {@code later}, moved through every revision up to {@code target}. */
    static List<Range> transform(List<Range> ranges, List<Revision> later, int target) {
        List<Range> current = ranges;
        for (Revision revision : later) {
            if (revision.revision() > target) {
                break;
            }
            List<Range> moved = new ArrayList<>(current.size());
            for (Range range : current) {
                moved.add(new Range(revision.op().transformIndex(range.anchor()),
                        revision.op().transformIndex(range.head())));
            }
            current = moved;
        }
        return List.copyOf(current);
    }
}
