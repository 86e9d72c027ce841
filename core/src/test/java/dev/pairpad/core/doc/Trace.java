package dev.pairpad.core.doc;

import jakarta.json.Json;
import jakarta.json.stream.JsonParser;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * A keystroke trace in the format of testdata/traces/README.md, held in flat arrays: transaction t owns patches
 * {@code txnStart[t]} to {@code txnStart[t + 1] - 1}; each patch deletes {@code deleted[p]} units at
 * {@code position[p]} and inserts {@code inserted[p]} there. Concurrent traces add {@code agent} and
 * {@code parents} per transaction.
 */
record Trace(String name, String startContent, String endContent, boolean concurrent, int[] txnStart,
             int[] position, int[] deleted, String[] inserted, int[] agent, int[][] parents) {

    int transactions() {
        return txnStart.length - 1;
    }

    int patches() {
        return position.length;
    }

    /** Reads a gzipped trace with a streaming JSON parser. */
    static Trace load(Path path) {
        String name = path.getFileName().toString().replaceFirst("\\.json(\\.gz)?$", "");
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(path), 1 << 16);
             InputStream in = path.toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
             JsonParser parser = Json.createParser(in)) {
            return new Reader(name, parser).read();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read trace " + path, e);
        }
    }

    /** Finds testdata/traces by walking up from the working directory (a module directory under Maven). */
    static Path directory() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path traces = dir.resolve("testdata").resolve("traces");
            if (Files.isDirectory(traces)) {
                return traces;
            }
        }
        throw new IllegalStateException("testdata/traces not found above " + Path.of("").toAbsolutePath());
    }

    private static final class Reader {
        private final String name;
        private final JsonParser parser;
        private String startContent = "";
        private String endContent;
        private boolean concurrent;
        private int[] txnStart = new int[1024];
        private int txns;
        private int[] position = new int[1024];
        private int[] deleted = new int[1024];
        private String[] inserted = new String[1024];
        private int patches;
        private int[] agent = new int[1024];
        private final List<int[]> parents = new ArrayList<>();

        Reader(String name, JsonParser parser) {
            this.name = name;
            this.parser = parser;
        }

        Trace read() {
            expect(JsonParser.Event.START_OBJECT);
            while (parser.next() == JsonParser.Event.KEY_NAME) {
                switch (parser.getString()) {
                    case "startContent" -> startContent = string();
                    case "endContent" -> endContent = string();
                    case "kind" -> concurrent = "concurrent".equals(string());
                    case "txns" -> transactions();
                    default -> skipValue();
                }
            }
            if (endContent == null) {
                throw new IllegalArgumentException("trace " + name + " has no endContent");
            }
            txnStart = Arrays.copyOf(txnStart, txns + 1);
            txnStart[txns] = patches;
            return new Trace(name, startContent, endContent, concurrent, txnStart, Arrays.copyOf(position, patches),
                    Arrays.copyOf(deleted, patches), Arrays.copyOf(inserted, patches),
                    concurrent ? Arrays.copyOf(agent, txns) : new int[0],
                    concurrent ? parents.toArray(new int[0][]) : new int[0][]);
        }

        private void transactions() {
            expect(JsonParser.Event.START_ARRAY);
            while (parser.next() == JsonParser.Event.START_OBJECT) {
                if (txns + 1 >= txnStart.length) {
                    txnStart = Arrays.copyOf(txnStart, txnStart.length * 2);
                    agent = Arrays.copyOf(agent, agent.length * 2);
                }
                txnStart[txns] = patches;
                int[] txnParents = new int[0];
                while (parser.next() == JsonParser.Event.KEY_NAME) {
                    switch (parser.getString()) {
                        case "patches" -> patches();
                        case "agent" -> {
                            parser.next();
                            agent[txns] = parser.getInt();
                        }
                        case "parents" -> txnParents = ints();
                        default -> skipValue();
                    }
                }
                parents.add(txnParents);
                txns++;
            }
        }

        private void patches() {
            expect(JsonParser.Event.START_ARRAY);
            while (parser.next() == JsonParser.Event.START_ARRAY) {
                if (patches == position.length) {
                    position = Arrays.copyOf(position, patches * 2);
                    deleted = Arrays.copyOf(deleted, patches * 2);
                    inserted = Arrays.copyOf(inserted, patches * 2);
                }
                parser.next();
                position[patches] = parser.getInt();
                parser.next();
                deleted[patches] = parser.getInt();
                inserted[patches] = string();
                expect(JsonParser.Event.END_ARRAY);
                patches++;
            }
        }

        private int[] ints() {
            expect(JsonParser.Event.START_ARRAY);
            int[] values = new int[2];
            int count = 0;
            while (parser.next() == JsonParser.Event.VALUE_NUMBER) {
                if (count == values.length) {
                    values = Arrays.copyOf(values, count * 2);
                }
                values[count++] = parser.getInt();
            }
            return Arrays.copyOf(values, count);
        }

        private String string() {
            expect(JsonParser.Event.VALUE_STRING);
            return parser.getString();
        }

        private void skipValue() {
            switch (parser.next()) {
                case START_ARRAY -> parser.skipArray();
                case START_OBJECT -> parser.skipObject();
                default -> { }
            }
        }

        private void expect(JsonParser.Event expected) {
            JsonParser.Event event = parser.next();
            if (event != expected) {
                throw new IllegalArgumentException("trace " + name + ": expected " + expected + " but found " + event);
            }
        }
    }
}
