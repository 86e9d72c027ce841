package dev.pairpad.executors.python;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pairpad.executors.spi.LanguageExecutor;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ServiceLoader;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class PythonExecutorTests {

    private final PythonExecutor python = new PythonExecutor();

    @Test
    void isFoundByTheServiceLoader() {
        assertThat(ServiceLoader.load(LanguageExecutor.class).stream().map(ServiceLoader.Provider::type))
                .contains(PythonExecutor.class);
    }

    @Test
    void theBundleHoldsTheRunnerItsSandboxAndThePyodideRuntimeTheRunnerNames() throws IOException {
        String runner = read(python.entry());
        Matcher folder = Pattern.compile("RUNTIME_FOLDER = '([^']+)'").matcher(runner);
        assertThat(folder.find()).as("runner.js names its runtime folder").isTrue();

        assertThat(runner).contains("export function createRunner");
        assertThat(resource("sandbox.html")).isNotNull();
        assertThat(resource("sandbox.js")).isNotNull();
        assertThat(resource("worker.js")).isNotNull();
        assertThat(resource("ring.js")).isNotNull();
        for (String file : new String[] {"pyodide.js", "pyodide.asm.mjs", "pyodide.asm.wasm", "python_stdlib.zip",
                "pyodide-lock.json"}) {
            assertThat(resource(folder.group(1) + file)).as(folder.group(1) + file).isNotNull();
        }
        try (InputStream wasm = resource(folder.group(1) + "pyodide.asm.wasm")) {
            assertThat(wasm.readNBytes(4)).containsExactly(0, 'a', 's', 'm');
        }
    }

    @Test
    void offersNoPackageLoading() throws IOException {
        String worker = read("worker.js");
        assertThat(worker).doesNotContain("loadPackage").doesNotContain("micropip");
    }

    private String read(String path) throws IOException {
        try (InputStream in = resource(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private InputStream resource(String path) {
        return PythonExecutor.class.getClassLoader().getResourceAsStream(python.bundleRoot() + "/" + path);
    }
}
