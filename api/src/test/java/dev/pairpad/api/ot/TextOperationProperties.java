package dev.pairpad.api.ot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The laws written above the OT functions, each checked on random documents with astral characters. */
class TextOperationProperties {
    record Sequential(String document, TextOperation first, TextOperation second) {
    }

    record Concurrent(String document, TextOperation a, TextOperation b) {
    }

    record Cursors(String document, TextOperation op, int low, int high) {
    }

    private static final Gen<Sequential> SEQUENTIAL = Edits.gen(choices -> {
        String document = Edits.document(choices);
        TextOperation first = Edits.operation(choices, document);
        return new Sequential(document, first, Edits.operation(choices, first.apply(document)));
    });

    private static final Gen<Concurrent> CONCURRENT = Edits.gen(choices -> {
        String document = Edits.document(choices);
        return new Concurrent(document, Edits.operation(choices, document), Edits.operation(choices, document));
    });

    private static final Gen<Cursors> CURSORS = Edits.gen(choices -> {
        String document = Edits.document(choices);
        int a = choices.between(0, document.length());
        int b = choices.between(0, document.length());
        return new Cursors(document, Edits.operation(choices, document), Math.min(a, b), Math.max(a, b));
    });

    @Test
    void applyingTheCompositionEqualsApplyingBothInTurn() {
        qt().withExamples(2000).forAll(SEQUENTIAL).checkAssert(c -> {
            TextOperation composed = c.first().compose(c.second());
            assertThat(composed.apply(c.document())).isEqualTo(c.second().apply(c.first().apply(c.document())));
            assertThat(composed.baseLength()).isEqualTo(c.first().baseLength());
            assertThat(composed.targetLength()).isEqualTo(c.second().targetLength());
        });
    }

    @Test
    void transformedOperationsConvergeWhicheverArrivesFirst() {
        qt().withExamples(2000).forAll(CONCURRENT).checkAssert(c -> {
            OperationPair pair = TextOperation.transform(c.a(), c.b());
            assertThat(c.a().compose(pair.right())).isEqualTo(c.b().compose(pair.left()));
            String aThenB = pair.right().apply(c.a().apply(c.document()));
            String bThenA = pair.left().apply(c.b().apply(c.document()));
            assertThat(aThenB).isEqualTo(bThenA);
        });
    }

    @Test
    void everyInsertSurvivesATransformAndOnlyDeletedTextIsLost() {
        qt().withExamples(1000).forAll(CONCURRENT).checkAssert(c -> {
            OperationPair pair = TextOperation.transform(c.a(), c.b());
            String merged = pair.right().apply(c.a().apply(c.document()));
            int inserted = inserted(c.a()) + inserted(c.b());
            assertThat(merged.length()).isGreaterThanOrEqualTo(inserted);
            assertThat(pair.left().targetLength() - pair.left().baseLength())
                    .isEqualTo(c.a().targetLength() - c.a().baseLength() + overlap(c.a(), c.b()));
        });
    }

    private static int inserted(TextOperation op) {
        int[] count = {0};
        op.accept(new TextOperation.Visitor() {
            public void retain(int n) { }
            public void insert(String text) { count[0] += text.length(); }
            public void delete(int n) { }
        });
        return count[0];
    }

    /** Code units both delete: a' need not delete them again. */
    private static int overlap(TextOperation a, TextOperation b) {
        boolean[] deletedByA = deleted(a);
        boolean[] deletedByB = deleted(b);
        int both = 0;
        for (int i = 0; i < deletedByA.length; i++) {
            both += deletedByA[i] && deletedByB[i] ? 1 : 0;
        }
        return both;
    }

    private static boolean[] deleted(TextOperation op) {
        boolean[] deleted = new boolean[op.baseLength()];
        int[] position = {0};
        op.accept(new TextOperation.Visitor() {
            public void retain(int n) { position[0] += n; }
            public void insert(String text) { }
            public void delete(int n) {
                for (int i = 0; i < n; i++) {
                    deleted[position[0]++] = true;
                }
            }
        });
        return deleted;
    }

    @Test
    void invertingUndoesTheOperation() {
        qt().withExamples(2000).forAll(CONCURRENT).checkAssert(c -> {
            TextOperation inverse = c.a().invert(c.document());
            assertThat(inverse.apply(c.a().apply(c.document()))).isEqualTo(c.document());
            assertThat(inverse.invert(c.a().apply(c.document()))).isEqualTo(c.a());
        });
    }

    @Test
    void aTransformedCursorStaysInsideTheDocumentAndKeepsItsOrder() {
        qt().withExamples(2000).forAll(CURSORS).checkAssert(c -> {
            int low = c.op().transformIndex(c.low());
            int high = c.op().transformIndex(c.high());
            assertThat(low).isBetween(0, high);
            assertThat(high).isLessThanOrEqualTo(c.op().targetLength());
            Selection.Range range = new Selection(List.of(new Selection.Range(c.low(), c.high()), new Selection.Range(c.high(), c.low() + 1_000)))
                    .transform(c.op()).ranges().get(1);
            assertThat(range.head()).isBetween(range.anchor(), c.op().targetLength());
        });
    }

    @Test
    void aCursorBeforeASurvivingCharacterStaysBeforeThatCharacter() {
        qt().withExamples(2000).forAll(CURSORS).checkAssert(c -> {
            boolean[] deleted = deleted(c.op());
            if (c.low() < c.document().length() && !deleted[c.low()]) {
                String target = c.op().apply(c.document());
                assertThat(target.charAt(c.op().transformIndex(c.low()))).isEqualTo(c.document().charAt(c.low()));
            }
        });
    }

    @Test
    void operationsWithTheSameItemsHaveOneCanonicalForm() {
        qt().withExamples(2000).forAll(CONCURRENT, Edits.gen(choices -> choices)).checkAssert((c, choices) -> {
            TextOperation rebuilt = rebuiltInPieces(c.a(), choices);
            assertThat(rebuilt).isEqualTo(c.a()).hasSameHashCodeAs(c.a());
            assertThat(rebuilt.toWire()).isEqualTo(c.a().toWire());
            assertCanonical(c.a().toWire());
        });
    }

    /** The same edit, fed to a builder in random small pieces, with each delete/insert pair in random order. */
    private static TextOperation rebuiltInPieces(TextOperation op, Edits.Choices choices) {
        List<Object> wire = op.toWire();
        TextOperationBuilder builder = TextOperation.builder();
        for (int i = 0; i < wire.size(); i++) {
            Object item = wire.get(i);
            if (item instanceof String text && i + 1 < wire.size() && wire.get(i + 1) instanceof Integer next
                    && next < 0 && choices.between(0, 1) == 0) {
                builder.delete(-next).insert(text);
                i++;
            } else if (item instanceof String text) {
                int cut = Edits.advance(text, 0, choices.between(0, 2));
                builder.insert(text.substring(0, cut)).insert(text.substring(cut));
            } else {
                int count = (Integer) item;
                int cut = choices.between(0, Math.abs(count));
                if (count > 0) {
                    builder.retain(cut).retain(0).retain(count - cut);
                } else {
                    builder.delete(cut).delete(-count - cut);
                }
            }
        }
        return builder.build();
    }

    private static void assertCanonical(List<Object> wire) {
        for (int i = 0; i < wire.size(); i++) {
            Object item = wire.get(i);
            assertThat(item).isNotIn(0, "");
            if (i > 0) {
                Object previous = wire.get(i - 1);
                assertThat(kind(previous)).isNotEqualTo(kind(item));
                assertThat(kind(previous) == 'd' && kind(item) == 'i').as("insert after delete in %s", wire).isFalse();
            }
        }
    }

    private static char kind(Object item) {
        return item instanceof String ? 'i' : (Integer) item > 0 ? 'r' : 'd';
    }

    @Test
    void anOperationSurvivesAJsonRoundTrip() throws Exception {
        try (Jsonb jsonb = JsonbBuilder.create(new JsonbConfig()
                .withSerializers(new TextOperationJsonb()).withDeserializers(new TextOperationJsonb()))) {
            qt().withExamples(1000).forAll(CONCURRENT).checkAssert(c -> {
                String json = jsonb.toJson(c.a());
                assertThat(json).isEqualTo(c.a().toString());
                assertThat(jsonb.fromJson(json, TextOperation.class)).isEqualTo(c.a());
                assertThat(TextOperation.fromWire(new ArrayList<>(c.a().toWire()))).isEqualTo(c.a());
            });
        }
    }
}
