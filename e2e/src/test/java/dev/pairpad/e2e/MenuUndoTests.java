package dev.pairpad.e2e;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.MouseButton;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** The editor's right-click menu: its Undo and Redo are the per-user ones, never a plain local undo. */
@ExtendWith(Pairpad.class)
class MenuUndoTests {

    @Test
    void contextMenuUndoAndRedoTouchOnlyTheClickersOwnText(Pairpad pairpad) {
        Pairpad.Room room = pairpad.createRoom("Menu undo", "python", "x = 1\n");
        try (Person ada = pairpad.person("Ada").join(room.interviewerUrl());
             Person bob = pairpad.person("Bob").join(room.candidateUrl())) {
            ada.caretAtEnd();
            ada.type("y = 2\n");
            bob.awaitText("x = 1\ny = 2\n");
            bob.caretAtStart();
            bob.type("# bob\n");
            ada.awaitText("# bob\nx = 1\ny = 2\n");

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
}
