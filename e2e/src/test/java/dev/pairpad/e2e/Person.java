package dev.pairpad.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * One simulated person: their own browser context (own storage, own network switch), one page,
 * every WebSocket frame the page received, and every request that left the server's origin.
 */
final class Person implements AutoCloseable {

    private final String name;
    private final BrowserContext context;
    private final Page page;
    private final List<String> framesReceived = new CopyOnWriteArrayList<>();
    private final List<String> foreignRequests = new CopyOnWriteArrayList<>();
    private final List<String> pageErrors = new CopyOnWriteArrayList<>();

    Person(Pairpad pairpad, String name) {
        this(pairpad.browser(), pairpad.url(), name);
    }

    /** A person whose requests to anything but {@code origin} count as foreign. */
    Person(Browser browser, String origin, String name) {
        this.name = name;
        this.context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1440, 900));
        context.setDefaultTimeout(15_000);
        // Errors of every page this person opens (the room, and e.g. the playback it opens in a new tab).
        context.onPage(opened -> {
            opened.onPageError(error -> pageErrors.add(error));
            opened.onConsoleMessage(message -> {
                if (message.type().equals("error")) {
                    pageErrors.add(message.text());
                }
            });
        });
        this.page = context.newPage();
        page.onWebSocket(ws -> ws.onFrameReceived(frame -> framesReceived.add(frame.text())));
        context.onRequest(request -> {
            String url = request.url();
            if (!url.startsWith(origin) && !url.startsWith("data:") && !url.startsWith("blob:")) {
                foreignRequests.add(url);
            }
        });
    }

    String name() {
        return name;
    }

    Page page() {
        return page;
    }

    /** Opens a room link, gives the name when asked, and waits until the room is in sync. */
    Person join(String roomUrl) {
        page.navigate(roomUrl);
        page.getByTestId("name-input").fill(name);
        page.getByTestId("join").click();
        awaitConnected();
        return this;
    }

    void awaitConnected() {
        assertThat(page.getByTestId("status")).hasText("Connected");
    }

    /** The editor's text, read from the Monaco model. */
    String text() {
        return (String) page.evaluate("() => window.pairpad.text()");
    }

    void awaitText(String expected) {
        page.waitForFunction("expected => window.pairpad && window.pairpad.text() === expected", expected);
    }

    /** Puts the caret at the start (or end) of the document. */
    void caretAtStart() {
        focusEditor();
        page.keyboard().press("Control+Home");
    }

    void caretAtEnd() {
        focusEditor();
        page.keyboard().press("Control+End");
    }

    void type(String text) {
        page.keyboard().type(text);
    }

    void press(String keys) {
        page.keyboard().press(keys);
    }

    private void focusEditor() {
        page.locator("[data-testid=editor] .view-lines").click();
    }

    Locator participants() {
        return page.getByTestId("participants").getByTestId("participant");
    }

    Locator cursorLabel(String ofName) {
        return page.getByTestId("remote-cursor-label").filter(new Locator.FilterOptions().setHasText(ofName));
    }

    void awaitVisible(String testId) {
        page.getByTestId(testId).waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.VISIBLE));
    }

    void offline(boolean offline) {
        context.setOffline(offline);
    }

    List<String> framesReceived() {
        return List.copyOf(framesReceived);
    }

    /** Uncaught exceptions and console errors (CSP violations show up here too). */
    List<String> pageErrors() {
        return List.copyOf(pageErrors);
    }

    List<String> foreignRequests() {
        return List.copyOf(foreignRequests);
    }

    @Override
    public void close() {
        context.close();
    }
}
