package dev.pairpad.e2e;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.MouseButton;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** Two people in one room, each in a browser context of their own, against a real server. */
@ExtendWith(Pairpad.class)
class CollaborationTests {

    private static final String STARTER = "def solve():\n    return 42\n";

    @Test
    void twoPeopleTypingAtOnceAtDifferentPlacesEndWithTheSameTextHoldingBoth(Pairpad pairpad) {
        Pairpad.Room room = pairpad.createRoom("Typing at once", "python", STARTER);
        try (Person ada = pairpad.person("Ada").join(room.interviewerUrl());
             Person bob = pairpad.person("Bob").join(room.candidateUrl())) {
            assertThat(ada.text()).isEqualTo(STARTER);
            assertThat(bob.text()).isEqualTo(STARTER);
            ada.caretAtStart();
            bob.caretAtEnd();
            String adaText = "# reviewed by ada\n";
            String bobText = "print(solve())";
            for (int i = 0; i < Math.max(adaText.length(), bobText.length()); i++) {
                if (i < adaText.length()) {
                    ada.type(adaText.substring(i, i + 1));
                }
                if (i < bobText.length()) {
                    bob.type(bobText.substring(i, i + 1));
                }
            }
            String expected = adaText + STARTER + bobText;
            ada.awaitText(expected);
            bob.awaitText(expected);
            ada.awaitConnected();
            bob.awaitConnected();
            assertThat(ada.foreignRequests()).isEmpty();
            assertThat(bob.foreignRequests()).isEmpty();
            assertThat(ada.pageErrors()).isEmpty();
            assertThat(bob.pageErrors()).isEmpty();
        }
    }

    @Test
    void eachSeesTheOtherInTheParticipantListAndTheOthersNamedCursor(Pairpad pairpad) {
        Pairpad.Room room = pairpad.createRoom("Presence", "javascript", "function add(a, b) {\n  return a + b;\n}\n");
        try (Person ada = pairpad.person("Ada").join(room.interviewerUrl());
             Person bob = pairpad.person("Bob").join(room.candidateUrl())) {
            assertThat(ada.participants().filter(new Locator.FilterOptions().setHasText("Bob")))
                    .containsText("candidate");
            assertThat(bob.participants().filter(new Locator.FilterOptions().setHasText("Ada")))
                    .containsText("interviewer");
            bob.caretAtEnd();
            bob.type("console.log(add(2, 3));");
            ada.caretAtStart();
            ada.type("// ");
            assertThat(ada.cursorLabel("Bob")).isVisible();
            assertThat(bob.cursorLabel("Ada")).isVisible();
            ada.page().screenshot(new Page.ScreenshotOptions()
                    .setPath(Pairpad.screenshot("room-two-people")));
        }
    }

    @Test
    void undoRemovesOnlyTheUndoersOwnText(Pairpad pairpad) {
        Pairpad.Room room = pairpad.createRoom("Undo", "python", "x = 1\n");
        try (Person ada = pairpad.person("Ada").join(room.interviewerUrl());
             Person bob = pairpad.person("Bob").join(room.candidateUrl())) {
            adaThenBobAddALine(ada, bob);
            ada.press("Control+z");
            ada.awaitText("# bob\nx = 1\n");
            bob.awaitText("# bob\nx = 1\n");
            ada.press("Control+Shift+z");
            bob.awaitText("# bob\nx = 1\ny = 2\n");
        }
    }

    @Test
    void offlineEditsAreSentOnReconnectAndNothingIsDuplicated(Pairpad pairpad) {
        Pairpad.Room room = pairpad.createRoom("Offline", "python", "middle\n");
        try (Person ada = pairpad.person("Ada").join(room.interviewerUrl());
             Person bob = pairpad.person("Bob").join(room.candidateUrl())) {
            ada.caretAtEnd();
            bob.caretAtStart();
            ada.offline(true);
            assertThat(ada.page().getByTestId("status")).containsText("Offline");
            ada.type("ada was offline\n");
            assertThat(ada.page().getByTestId("status")).containsText("not yet saved");
            bob.type("bob stayed\n");
            bob.awaitText("bob stayed\nmiddle\n");
            ada.awaitText("middle\nada was offline\n");
            ada.offline(false);
            String expected = "bob stayed\nmiddle\nada was offline\n";
            ada.awaitText(expected);
            bob.awaitText(expected);
            ada.awaitConnected();
            assertThat(bob.participants().filter(new Locator.FilterOptions().setHasText("Ada")))
                    .hasCount(1);
            assertThat(pairpad.serverCode(room)).isEqualTo(expected);
        }
    }

    /** The editor's right-click menu: its Undo and Redo are the per-user ones, never a plain local undo. */
    @Test
    void undoAndRedoFromTheEditorMenuTouchOnlyTheClickersOwnText(Pairpad pairpad) {
        Pairpad.Room room = pairpad.createRoom("Menu undo", "python", "x = 1\n");
        try (Person ada = pairpad.person("Ada").join(room.interviewerUrl());
             Person bob = pairpad.person("Bob").join(room.candidateUrl())) {
            adaThenBobAddALine(ada, bob);

            Locator menu = openContextMenu(ada.page());
            assertThat(menu.filter(new Locator.FilterOptions().setHasText("Undo")))
                    .hasText(new String[] {"Undo your last edit"});
            ada.page().screenshot(new Page.ScreenshotOptions().setPath(Pairpad.screenshot("context-menu-undo")));
            choose(ada.page(), "Undo your last edit");
            ada.awaitText("# bob\nx = 1\n");
            bob.awaitText("# bob\nx = 1\n");

            openContextMenu(ada.page());
            choose(ada.page(), "Redo your edit");
            bob.awaitText("# bob\nx = 1\ny = 2\n");
            ada.awaitText("# bob\nx = 1\ny = 2\n");
            ada.awaitConnected();
            assertThat(pairpad.serverCode(room)).isEqualTo("# bob\nx = 1\ny = 2\n");
        }
    }

    private static Locator openContextMenu(Page page) {
        page.locator("[data-testid=editor] .view-lines").click(new Locator.ClickOptions().setButton(MouseButton.RIGHT));
        Locator items = page.locator(".monaco-menu .action-item:not(.disabled) .action-label");
        items.first().waitFor();
        return items;
    }

    /**
     * Picks a menu entry with the keyboard: Monaco's menu ignores mouse clicks in the first 100 ms after it
     * opens (against accidental clicks), which a test cannot wait for, while keys work at once.
     */
    private static void choose(Page page, String label) {
        Locator focused = page.locator(".monaco-menu .action-item.focused .action-label");
        for (int i = 0; i < 10; i++) {
            page.keyboard().press("ArrowDown");
            focused.waitFor();
            if (focused.textContent().equals(label)) {
                page.keyboard().press("Enter");
                assertThat(page.locator(".monaco-menu")).hasCount(0);
                return;
            }
        }
        throw new AssertionError("no menu entry " + label);
    }

    /** From "x = 1\n": Ada appends "y = 2\n", then Bob prepends "# bob\n"; both see both. */
    private static void adaThenBobAddALine(Person ada, Person bob) {
        ada.caretAtEnd();
        ada.type("y = 2\n");
        bob.awaitText("x = 1\ny = 2\n");
        bob.caretAtStart();
        bob.type("# bob\n");
        ada.awaitText("# bob\nx = 1\ny = 2\n");
    }
}
