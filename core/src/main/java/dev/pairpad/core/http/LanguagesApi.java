package dev.pairpad.core.http;

import dev.pairpad.api.protocol.LanguageInfo;
import dev.pairpad.core.executors.ExecutorRegistry;
import dev.pairpad.executors.spi.LanguageExecutor;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

/** {@code GET /api/languages}: every installed executor, with absolute paths to its bundle and runner module. */
final class LanguagesApi implements HttpService {

    private final LanguageInfo[] languages;

    LanguagesApi(ExecutorRegistry registry) {
        this.languages = registry.all().stream().map(LanguagesApi::info).toArray(LanguageInfo[]::new);
    }

    static LanguageInfo info(LanguageExecutor executor) {
        String assets = "/executors/" + executor.id() + "/";
        return new LanguageInfo(executor.id(), executor.displayName(), executor.editorLanguage(), executor.fileName(),
                assets + executor.entry(), assets);
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/", this::list);
    }

    private void list(ServerRequest req, ServerResponse res) {
        RoomsApi.sendJson(res, languages);
    }
}
