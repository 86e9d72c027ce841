package dev.pairpad.executors.javascript;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pairpad.executors.spi.LanguageExecutor;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

class JavaScriptExecutorTests {

    private final JavaScriptExecutor javascript = new JavaScriptExecutor();

    @Test
    void isFoundByTheServiceLoader() {
        assertThat(ServiceLoader.load(LanguageExecutor.class).stream().map(ServiceLoader.Provider::type))
                .contains(JavaScriptExecutor.class);
    }

    @Test
    void theSandboxPageForbidsEveryFetch() throws IOException {
        assertThat(read(javascript.entry())).contains("export function createRunner");
        assertThat(read("sandbox.html"))
                .contains("<meta http-equiv=\"Content-Security-Policy\" content=\"connect-src 'none'\">");
        assertThat(read("worker.js")).isNotEmpty();
    }

    private String read(String path) throws IOException {
        try (InputStream in = JavaScriptExecutor.class.getClassLoader()
                .getResourceAsStream(javascript.bundleRoot() + "/" + path)) {
            assertThat(in).as(path).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
