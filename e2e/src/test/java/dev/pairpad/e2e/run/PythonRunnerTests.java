package dev.pairpad.e2e.run;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Pyodide runner in real Chromium, loaded from a real server the way the web app loads it. */
class PythonRunnerTests {

    private static RunnerServer server;
    private static Chromium chromium;
    private static RunnerPage python;

    @BeforeAll
    static void loadPython() {
        server = new RunnerServer();
        chromium = new Chromium();
        python = new RunnerPage(chromium.browser(), server, "python");
    }

    @AfterAll
    static void close() {
        python.close();
        chromium.close();
        server.close();
    }

    @AfterEach
    void noRunLeftBehindAndNoRequestLeftTheOrigin() {
        if (python.running()) {
            python.stop();
            python.awaitResult();
        }
        assertThat(python.requests()).isNotEmpty()
                .allSatisfy(url -> assertThat(url).matches("(" + server.origin() + "/|blob:).*"));
    }

    @Test
    void printWritesToStdout() {
        RunnerPage.Result result = python.run("print('hello')\nprint(6 * 7)\n", 10_000);

        assertThat(result.status()).isEqualTo("ok");
        assertThat(result.stdout()).isEqualTo("hello\n42\n");
        assertThat(result.stderr()).isEmpty();
    }

    @Test
    void outputArrivesWhileALongComputationStillRuns() {
        // Two lines in quick succession, then no more writes: the second may not wait for the end of the run.
        python.start("print('first')\nprint('second')\nn = 0\nwhile True:\n    n += 1\n", 60_000);

        python.page().waitForFunction("() => harness.text('stdout') === 'first\\nsecond\\n'");
        assertThat(python.running()).isTrue();
    }

    @Test
    void aFloodOfOutputArrivesInOrderAndComplete() {
        RunnerPage.Result result = python.run("import sys\nfor i in range(20000):\n    print(i)\n"
                + "    if i % 5000 == 0:\n        print('mark', i, file=sys.stderr)\n", 30_000);

        assertThat(result.status()).isEqualTo("ok");
        assertThat(result.stdout().split("\n")).hasSize(20000).startsWith("0", "1").endsWith("19999");
        assertThat(result.stderr()).isEqualTo("mark 0\nmark 5000\nmark 10000\nmark 15000\n");
        int messages = ((Number) python.page().evaluate("() => harness.output.length")).intValue();
        assertThat(messages).as("output messages for 20,004 writes").isLessThan(2000);
    }

    @Test
    void anExceptionPrintsATracebackWithTheLineNumberOfTheUsersCode() {
        RunnerPage.Result result = python.run("def f():\n    return 1 / 0\n\nf()\n", 10_000);

        assertThat(result.status()).isEqualTo("error");
        assertThat(result.stderr())
                .contains("File \"main.py\", line 4")
                .contains("File \"main.py\", line 2, in f")
                .contains("ZeroDivisionError: division by zero")
                .doesNotContain("_pyodide");
    }

    @Test
    void inputIsAnsweredByThePage() {
        python.answerStdin("Ada", "36");
        RunnerPage.Result result = python.run(
                "name = input('Name? ')\nage = int(input('Age? '))\nprint(f'{name} is {age + 1} next year')\n", 10_000);

        assertThat(result.status()).isEqualTo("ok");
        assertThat(result.stdout()).contains("Ada is 37 next year");
        assertThat(python.prompts()).containsExactly("Name? ", "Age? ");
    }

    @Test
    void stopEndsARunWaitingForInput() {
        python.answerStdin();
        python.page().evaluate("() => { harness.holdStdin = true; }");
        try {
            python.start("print('asking')\nname = input('Name? ')\n", 60_000);
            python.page().waitForFunction("() => harness.prompts.length === 1");

            python.stop();
            RunnerPage.Result stopped = python.awaitResult();

            assertThat(stopped.status()).isEqualTo("stopped");
            assertThat(stopped.stderr()).contains("KeyboardInterrupt").doesNotContain("fresh Python");
        } finally {
            python.page().evaluate("() => { harness.holdStdin = false; }");
        }
        python.answerStdin("Grace");
        assertThat(python.run("print('hi', input())\n", 10_000).stdout()).isEqualTo("hi Grace\n");
    }

    @Test
    void stopInterruptsAnEndlessLoopWhileThePageKeepsResponding() {
        python.run("import sys\nsys.pairpad_marker = 'kept'\nprint('to stderr', file=sys.stderr)\n", 10_000);
        python.start("print('looping')\nwhile True:\n    pass\n", 60_000);

        // Output written just before a long computation arrives while it still runs (even after a run that
        // ended on stderr).
        python.page().waitForFunction("() => harness.text('stdout') === 'looping\\n'");
        python.awaitTicks(10);
        python.page().click("#click");
        python.page().waitForFunction("() => harness.clicks > 0");
        assertThat(python.running()).isTrue();
        python.stop();
        RunnerPage.Result stopped = python.awaitResult();

        assertThat(stopped.status()).isEqualTo("stopped");
        assertThat(stopped.stderr()).contains("KeyboardInterrupt").doesNotContain("fresh Python");
        RunnerPage.Result next = python.run("import sys\nprint(sys.pairpad_marker)\n", 10_000);
        assertThat(next.status()).isEqualTo("ok");
        assertThat(next.stdout()).isEqualTo("kept\n");
    }

    @Test
    void theTimeLimitInterruptsAnEndlessLoop() {
        python.start("n = 0\nwhile True:\n    n += 1\n", 1_500);
        python.awaitTicks(10);
        assertThat(python.running()).isTrue();

        RunnerPage.Result timedOut = python.awaitResult();

        assertThat(timedOut.status()).isEqualTo("timeout");
        assertThat(timedOut.stderr()).contains("Time limit of 1.5 s reached").contains("KeyboardInterrupt");
        assertThat(python.run("print('again')\n", 10_000).stdout()).isEqualTo("again\n");
    }

    @Test
    void codeStuckInsideCIsEndedAndASpareInterpreterTakesOver() {
        assertStopGoesThroughTheSpare("import itertools\nprint('started', flush=True)\nsum(itertools.repeat(1))\n");
    }

    @Test
    void aLongSleepIsEndedAndASpareInterpreterTakesOver() {
        assertStopGoesThroughTheSpare("import time\nprint('started', flush=True)\ntime.sleep(100)\n");
    }

    private static void assertStopGoesThroughTheSpare(String code) {
        python.run("import sys\nsys.pairpad_marker = 'old interpreter'\n", 10_000);
        python.start(code, 60_000);
        python.page().waitForFunction("() => harness.text('stdout').includes('started')");
        python.awaitTicks(5);

        python.stop();
        RunnerPage.Result stopped = python.awaitResult();

        assertThat(stopped.status()).as(stopped.stderr()).isEqualTo("stopped");
        assertThat(stopped.stderr()).contains("fresh Python took over");
        RunnerPage.Result next = python.run("import sys\nprint(getattr(sys, 'pairpad_marker', 'fresh'))\n", 30_000);
        assertThat(next.status()).isEqualTo("ok");
        assertThat(next.stdout()).isEqualTo("fresh\n");
    }

    @Test
    void theCodeCannotReachOurServerOrThePage() {
        String url = server.origin() + "/harness/from-python.js";
        RunnerPage.Result result = python.run("""
                import js
                print(hasattr(js, 'document'), hasattr(js, 'localStorage'), hasattr(js, 'parent'))
                request = js.XMLHttpRequest.new()
                request.open('GET', '%s', False)
                try:
                    request.send()
                    print('reached', request.status)
                except Exception as error:
                    print('blocked')
                """.formatted(url), 10_000);

        assertThat(result.stdout()).isEqualTo("False False False\nblocked\n");
        // The recording sees requests made inside the sandbox and its worker, not only the page's own.
        assertThat(python.requests()).anyMatch(request -> request.endsWith("/executors/python/sandbox.js"))
                .anyMatch(request -> request.endsWith("/executors/python/worker.js"))
                .anyMatch(request -> request.endsWith("/pyodide.js"));
        assertThat(server.paths()).contains("/executors/python/sandbox.html").doesNotContain("/harness/from-python.js");
    }

    @Test
    void aRuntimeThatNeverLoadsRejectsReadyAfterTheLoadTimeout() {
        Object outcome = python.page().evaluate("() => harness.loadBroken('python', '/executors/missing/', 1500)");

        assertThat(outcome).isEqualTo("rejected: Python did not load within 1.5 s"
                + " (is the executor CSP missing 'wasm-unsafe-eval'?)");
    }
}
