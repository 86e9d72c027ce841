package dev.pairpad.core.doc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SeqIndexTests {
    @Test
    void remembersEverySeqWhetherInOrderOrNot() {
        SeqIndex index = new SeqIndex();
        Map<Long, Integer> expected = new HashMap<>();
        Random random = new Random(3);
        long next = 1;
        for (int revision = 1; revision <= 20_000; revision++) {
            long seq = random.nextInt(10) == 0 ? random.nextLong(-1_000_000, 1_000_000) : next++;
            if (expected.containsKey(seq)) {
                continue;
            }
            index.put(seq, revision);
            expected.put(seq, revision);
        }
        expected.forEach((seq, revision) -> assertThat(index.revisionOf(seq)).as("seq %d", seq).isEqualTo(revision));
        assertThat(index.revisionOf(next)).isZero();
        assertThat(index.revisionOf(Long.MIN_VALUE)).isZero();
    }
}
