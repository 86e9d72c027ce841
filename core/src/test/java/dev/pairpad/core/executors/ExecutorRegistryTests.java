package dev.pairpad.core.executors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pairpad.executors.spi.LanguageExecutor;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExecutorRegistryTests {

    @Test
    void listsExecutorsOrderedByIdAndFindsThemById() {
        ExecutorRegistry registry = ExecutorRegistry.of(List.of(FakeExecutor.withId("zeta"), FakeExecutor.withId("beta")));

        assertThat(registry.all()).extracting(LanguageExecutor::id).containsExactly("beta", "zeta");
        assertThat(registry.find("zeta")).get().extracting(LanguageExecutor::displayName).isEqualTo("Fake zeta");
        assertThat(registry.find("gamma")).isEmpty();
    }

    @Test
    void refusesTwoExecutorsWithTheSameIdNamingBoth() {
        assertThatThrownBy(() -> ExecutorRegistry.of(List.of(FakeExecutor.withId("dup"), new AlphaExecutor(),
                FakeExecutor.withId("dup").withEntry("other.js"))))
                .isInstanceOf(InvalidExecutorException.class)
                .hasMessageContaining("two language executors have the id 'dup'")
                .hasMessageContaining(FakeExecutor.class.getName());
    }

    @Test
    void refusesIdsThatAreNotUrlSafe() {
        for (String id : List.of("", "Python", "../x", "a/b", "1st", "with space")) {
            assertThatThrownBy(() -> ExecutorRegistry.of(List.of(FakeExecutor.withId(id))))
                    .as(id)
                    .isInstanceOf(InvalidExecutorException.class)
                    .hasMessageContaining("has id '" + id + "'");
        }
    }

    @Test
    void refusesEntriesAndBundleRootsThatLeaveTheBundle() {
        assertThatThrownBy(() -> ExecutorRegistry.of(List.of(FakeExecutor.withId("a").withEntry("../secret.js"))))
                .isInstanceOf(InvalidExecutorException.class).hasMessageContaining("entry '../secret.js'");
        assertThatThrownBy(() -> ExecutorRegistry.of(List.of(FakeExecutor.withId("a").withEntry("/abs.js"))))
                .isInstanceOf(InvalidExecutorException.class).hasMessageContaining("entry '/abs.js'");
        assertThatThrownBy(() -> ExecutorRegistry.of(List.of(FakeExecutor.withId("a").withBundleRoot("root/"))))
                .isInstanceOf(InvalidExecutorException.class).hasMessageContaining("bundleRoot 'root/'");
    }

    @Test
    void refusesANonPositiveTimeLimit() {
        FakeExecutor zero = new FakeExecutor("a", "A", "a", "a.a", "", "root", "runner.js", Duration.ZERO);
        assertThatThrownBy(() -> ExecutorRegistry.of(List.of(zero)))
                .isInstanceOf(InvalidExecutorException.class).hasMessageContaining("must be positive");
    }

    @Test
    void loadFindsThePythonAndJavaScriptPluginsOnTheClassPath() {
        ExecutorRegistry registry = ExecutorRegistry.load();

        assertThat(registry.all()).extracting(LanguageExecutor::id).contains("javascript", "python");
        assertThat(registry.find("python")).get().extracting(LanguageExecutor::bundleRoot)
                .isEqualTo("pairpad/executors/python");
    }

    @Test
    void loadRefusesTwoServiceProvidersWithTheSameId(@TempDir Path dir) throws IOException {
        Path services = dir.resolve("META-INF/services/" + LanguageExecutor.class.getName());
        Files.createDirectories(services.getParent());
        Files.writeString(services, AlphaExecutor.class.getName() + "\n" + AlphaAgainExecutor.class.getName() + "\n");

        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
            assertThatThrownBy(() -> ExecutorRegistry.load(loader))
                    .isInstanceOf(InvalidExecutorException.class)
                    .hasMessageContaining("two language executors have the id 'alpha'")
                    .hasMessageContaining(AlphaExecutor.class.getName())
                    .hasMessageContaining(AlphaAgainExecutor.class.getName());
        }
    }
}
