package dev.pairpad.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class LatencyHistogramTests {
    @Test
    void everyValueFallsInABucketWhoseUpperEdgeIsAtMostOnePointSixPercentAbove() {
        for (long value : new long[] {0, 1, 63, 64, 65, 127, 128, 1000, 123_456, 9_999_999, 3_000_000_000L, Long.MAX_VALUE / 2}) {
            long edge = LatencyHistogram.upperEdge(LatencyHistogram.index(value));
            assertThat(edge).as("edge of %d", value).isGreaterThanOrEqualTo(value);
            assertThat((double) (edge - value)).as("error at %d", value).isLessThanOrEqualTo(value * 0.016 + 1);
        }
    }

    @Test
    void quantilesOfOneToTenThousandMicroseconds() {
        LatencyHistogram histogram = new LatencyHistogram();
        for (int micros = 1; micros <= 10_000; micros++) {
            histogram.record(micros * 1000L);
        }
        assertThat(histogram.count()).isEqualTo(10_000);
        assertThat((double) histogram.quantile(0.50)).isCloseTo(5_000_000, within(5_000_000 * 0.016));
        assertThat((double) histogram.quantile(0.99)).isCloseTo(9_900_000, within(9_900_000 * 0.016));
        assertThat(histogram.quantile(1.0)).isEqualTo(10_000_000);
        assertThat(histogram.max()).isEqualTo(10_000_000);
        assertThat(new LatencyHistogram().quantile(0.5)).isZero();
    }

    @Test
    void histogramsAddedTogetherHaveEverySampleAndTheLargerMax() {
        LatencyHistogram even = new LatencyHistogram();
        LatencyHistogram odd = new LatencyHistogram();
        LatencyHistogram both = new LatencyHistogram();
        for (int micros = 1; micros <= 10_000; micros++) {
            (micros % 2 == 0 ? even : odd).record(micros * 1000L);
            both.record(micros * 1000L);
        }
        LatencyHistogram sum = new LatencyHistogram();
        sum.add(even);
        sum.add(odd);
        assertThat(sum.count()).isEqualTo(10_000);
        assertThat(sum.max()).isEqualTo(10_000_000);
        for (double q : new double[] {0.01, 0.5, 0.95, 0.99, 1.0}) {
            assertThat(sum.quantile(q)).as("quantile %s", q).isEqualTo(both.quantile(q));
        }
    }
}
