package dev.pairpad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pairpad.api.client.PairpadClient;
import dev.pairpad.api.client.RoomSession;
import dev.pairpad.api.protocol.History;
import dev.pairpad.api.protocol.RestCodec;
import dev.pairpad.api.protocol.RoomCreated;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each command through {@code CommandLine.execute} against a real server on a loopback port. */
class CommandsAgainstServerTests {
    private static TestServer server;

    @TempDir
    Path config;

    @BeforeAll
    static void start() {
        server = TestServer.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private CliRun cli() {
        return new CliRun(config).env("PAIRPAD_SERVER", server.url());
    }

    private RoomCreated createJson(String... more) {
        String[] args = new String[more.length + 2];
        args[0] = "create";
        args[1] = "--json";
        System.arraycopy(more, 0, args, 2, more.length);
        CliRun.Result result = cli().run(args);
        assertThat(result.exitCode()).as(result.toString()).isZero();
        return RestCodec.decodeRoomCreated(result.out().strip());
    }

    @Test
    void createPrintsBothLinksAndRemembersTheKeysForLaterCommands() {
        CliRun.Result result = cli().run("create", "--title", "Backend, Ada", "--language", "python");
        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).contains("\"Backend, Ada\"").contains("(python")
                .containsPattern("candidate: +" + java.util.regex.Pattern.quote(server.url()) + "/r/\\S+#k=\\S+")
                .containsPattern("interviewer: +" + java.util.regex.Pattern.quote(server.url()) + "/r/\\S+#k=\\S+");
        String id = result.out().lines().findFirst().orElseThrow().split("\\s+")[1];
        assertThat(new CliConfig(config).interviewerKey(id)).isPresent();
        CliRun.Result show = cli().run("show", id);
        assertThat(show.exitCode()).as(show.toString()).isZero();
        assertThat(show.out()).contains("Backend, Ada").contains("language:  python").contains("revision:  0");
    }

    @Test
    void createJsonIsTheServersAnswerAndCountMakesNumberedRooms() throws Exception {
        RoomCreated one = createJson("--title", "Solo");
        assertThat(one.title()).isEqualTo("Solo");
        assertThat(one.candidateKey()).isNotBlank();
        assertThat(one.interviewerUrl()).endsWith("#k=" + one.interviewerKey());

        CliRun.Result many = cli().run("create", "--title", "Onsite", "--count", "3", "--json");
        assertThat(many.exitCode()).as(many.toString()).isZero();
        try (Jsonb jsonb = JsonbBuilder.create()) {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> rooms = jsonb.fromJson(many.out(), List.class);
            assertThat(rooms).extracting(r -> r.get("title")).containsExactly("Onsite 1", "Onsite 2", "Onsite 3");
            rooms.forEach(r -> assertThat(new CliConfig(config).interviewerKey((String) r.get("id")))
                    .contains((String) r.get("interviewerKey")));
        }
    }

    @Test
    void starterFileBecomesTheCodeShownByShowCode() throws Exception {
        Path starter = config.resolve("warmup.py");
        Files.writeString(starter, "def add(a, b):\n    return a + b\n");
        RoomCreated room = createJson("--starter", starter.toString());
        CliRun.Result code = cli().run("show", room.id(), "--code");
        assertThat(code.exitCode()).isZero();
        assertThat(code.out()).isEqualTo("def add(a, b):\n    return a + b\n");
        CliRun.Result missing = cli().run("create", "--starter", config.resolve("nope.py").toString());
        assertThat(missing.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(missing.err()).contains("cannot read starter file");
    }

    @Test
    void listShowsTheRooms() {
        RoomCreated room = createJson("--title", "Listed room", "--language", "python");
        CliRun.Result list = cli().run("list");
        assertThat(list.exitCode()).as(list.toString()).isZero();
        assertThat(list.out().lines().findFirst().orElseThrow()).startsWith("ID").contains("TITLE").contains("STATE");
        assertThat(list.out()).containsPattern(room.id() + " +Listed room +python +open +0 ");
        assertThat(RestCodec.decodeSummaries(cli().run("list", "--json").out()))
                .anySatisfy(s -> assertThat(s.id()).isEqualTo(room.id()));
    }

    @Test
    void historyPrintsEachEditWithAuthorAndPlaceAndJsonAndFrom() throws Exception {
        Path empty = Files.writeString(config.resolve("empty.py"), "");
        RoomCreated room = createJson("--starter", empty.toString());
        try (RoomSession ada = PairpadClient.of(URI.create(server.url())).session(room.id(), room.candidateKey())
                .name("ada").open()) {
            ada.insert(0, "for i in range(3):\n");
            ada.settled().get(10, TimeUnit.SECONDS);
            ada.insert(19, "    print(i)");
            ada.settled().get(10, TimeUnit.SECONDS);
            ada.delete(0, 4);
            ada.settled().get(10, TimeUnit.SECONDS);
        }
        CliRun.Result history = cli().run("history", room.id(), "--every-op");
        assertThat(history.exitCode()).as(history.toString()).isZero();
        List<String> lines = history.out().lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).startsWith("r1 ").contains("ada").endsWith("+19 \"for i in range(3):\\n\"  L1:1");
        assertThat(lines.get(1)).startsWith("r2 ").endsWith("+12 \"    print(i)\"  L2:1");
        assertThat(lines.get(2)).startsWith("r3 ").endsWith("-4  L1:1");

        History json = RestCodec.decodeHistory(cli().run("history", room.id(), "--json").out().strip());
        assertThat(json.ops()).extracting(History.Entry::rev).containsExactly(1, 2, 3);
        List<String> later = cli().run("history", room.id(), "--from", "2").out().lines().toList();
        assertThat(later).hasSize(1);
        assertThat(later.get(0)).startsWith("r3 ").endsWith("-4  L1:1");

        RoomCreated typed = createJson("--starter", empty.toString());
        try (RoomSession ada = PairpadClient.of(URI.create(server.url())).session(typed.id(), typed.candidateKey())
                .name("ada").open()) {
            for (char c : "x = 1\ny".toCharArray()) {
                ada.edit(length -> dev.pairpad.api.ot.TextOperation.builder().retain(length).insert(String.valueOf(c)).build());
                ada.settled().get(10, TimeUnit.SECONDS);
            }
        }
        assertThat(cli().run("history", typed.id()).out().lines().toList()).satisfiesExactly(
                line -> assertThat(line).startsWith("r1-6 ").endsWith("ada  +6 \"x = 1\\n\"  L1:1"),
                line -> assertThat(line).startsWith("r7 ").endsWith("ada  +1 \"y\"  L2:1"));
    }

    @Test
    void historyOfARoomWithStarterCodeGivesLineAndColumnInTheStarterText() throws Exception {
        Path starter = Files.writeString(config.resolve("starter.py"), "def f(n):\n    total = 0\n    return n\n");
        RoomCreated room = createJson("--starter", starter.toString());
        try (RoomSession ada = PairpadClient.of(URI.create(server.url())).session(room.id(), room.candidateKey())
                .name("ada").open()) {
            ada.insert(36, " + total");
            ada.settled().get(10, TimeUnit.SECONDS);
            ada.insert(0, "# sum\n");
            ada.settled().get(10, TimeUnit.SECONDS);
            ada.delete(20, 1);
            ada.settled().get(10, TimeUnit.SECONDS);
        }
        assertThat(cli().run("history", room.id(), "--every-op").out().lines().toList()).satisfiesExactly(
                line -> assertThat(line).startsWith("r1 ").endsWith("+8 \" + total\"  L3:13"),
                line -> assertThat(line).startsWith("r2 ").endsWith("+6 \"# sum\\n\"  L1:1"),
                line -> assertThat(line).startsWith("r3 ").endsWith("-1  L3:5"));
        assertThat(cli().run("history", room.id(), "--from", "2").out().lines().toList()).satisfiesExactly(
                line -> assertThat(line).startsWith("r3 ").endsWith("-1  L3:5"));
    }

    @Test
    void closeMakesTheRoomReadOnly() {
        RoomCreated room = createJson();
        CliRun.Result close = cli().run("close", room.id());
        assertThat(close.exitCode()).as(close.toString()).isZero();
        assertThat(close.out()).contains("Closed room " + room.id());
        assertThat(cli().run("show", room.id()).out()).contains("state:     closed");
    }

    @Test
    void deleteNeedsYesOffATerminalAndThenTheRoomIsGone() {
        RoomCreated room = createJson();
        CliRun.Result refused = cli().run("delete", room.id());
        assertThat(refused.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(refused.err()).contains("--yes");
        assertThat(cli().run("show", room.id()).exitCode()).isZero();

        CliRun.Result deleted = cli().run("delete", room.id(), "--yes");
        assertThat(deleted.exitCode()).as(deleted.toString()).isZero();
        assertThat(new CliConfig(config).interviewerKey(room.id())).isEmpty();
        CliRun.Result gone = cli().run("show", room.id(), "--key", room.interviewerKey());
        assertThat(gone.exitCode()).isEqualTo(ExitCodes.SERVER_FAILURE);
        assertThat(gone.err()).contains("404");
    }

    @Test
    void languagesListsTheInstalledLanguages() {
        CliRun.Result languages = cli().run("languages");
        assertThat(languages.exitCode()).as(languages.toString()).isZero();
        assertThat(languages.out()).containsPattern("(?m)^python +\\S").containsPattern("(?m)^javascript +\\S");
    }

    @Test
    void unknownRoomAndWrongKeyAreServerFailuresOnOneLine() {
        CliRun.Result unknown = cli().run("show", "no-such-room", "--key", "whatever");
        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.SERVER_FAILURE);
        assertThat(unknown.err()).contains("404").contains("interview list");
        assertThat(unknown.err().lines()).as(unknown.err()).hasSize(1);

        RoomCreated room = createJson();
        CliRun.Result wrongKey = cli().run("close", room.id(), "--key", "not-the-key");
        assertThat(wrongKey.exitCode()).isEqualTo(ExitCodes.SERVER_FAILURE);
        assertThat(wrongKey.err()).contains("401").contains("--key");
    }

    @Test
    void showAcceptsARoomLinkWithItsKey() {
        RoomCreated room = createJson("--title", "By link");
        CliRun.Result show = new CliRun(config.resolve("elsewhere")).run("show", room.interviewerUrl());
        assertThat(show.exitCode()).as(show.toString()).isZero();
        assertThat(show.out()).contains("By link");
    }

    @Test
    void deployCheckPassesAgainstARealServer() {
        CliRun.Result check = cli().run("deploy", "check", server.url());
        assertThat(check.exitCode()).as(check.toString()).isZero();
        assertThat(check.out()).contains("ok    health").contains("ok    create room").contains("ok    edit round trip")
                .contains("ok    read back").contains("ok    delete room").contains("All checks passed.");
    }
}
