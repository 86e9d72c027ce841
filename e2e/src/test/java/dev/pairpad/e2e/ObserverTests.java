package dev.pairpad.e2e;

import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** Someone who joins with {@code &observe=1} in the link watches live and cannot change anything. */
@ExtendWith(Pairpad.class)
class ObserverTests {

    @Test
    void anObserverSeesEditsLiveAndCannotTypeRunOrSwitchLanguage(Pairpad pairpad) {
        Pairpad.Room room = pairpad.createRoom("Watched", "python", "x = 1\n");
        try (Person ada = pairpad.person("Ada").join(room.interviewerUrl());
             Person bob = pairpad.person("Bob").join(room.candidateUrl());
             Person cy = pairpad.person("Cy").join(room.candidateUrl() + "&observe=1")) {
            assertThat(cy.page().getByTestId("observer-badge")).isVisible();
            assertThat(cy.page().getByTestId("run")).isHidden();
            assertThat(cy.page().getByTestId("stop")).isHidden();
            assertThat(cy.page().getByTestId("language")).isHidden();
            assertThat(cy.page().getByTestId("notes")).hasCount(0);
            assertThat(cy.page().getByTestId("end-interview")).isHidden();
            assertThat(ada.participants().filter(new Locator.FilterOptions().setHasText("Cy")))
                    .containsText("observer");

            bob.caretAtEnd();
            bob.type("y = 2\n");
            cy.awaitText("x = 1\ny = 2\n");

            cy.caretAtEnd();
            cy.type("z = 3");
            bob.type("w = 4\n");
            String expected = "x = 1\ny = 2\nw = 4\n";
            cy.awaitText(expected);
            ada.awaitText(expected);
            bob.awaitConnected();
            assertThat(pairpad.serverCode(room)).isEqualTo(expected);
            cy.page().screenshot(new com.microsoft.playwright.Page.ScreenshotOptions()
                    .setPath(Pairpad.screenshot("room-observer")));
            assertThat(cy.framesReceived()).noneMatch(f -> f.contains("\"type\":\"error\""));
            assertThat(cy.framesReceived()).noneMatch(f -> f.contains("\"notes\""));
        }
    }

    @Test
    void theInterviewerKeyInObserveModeGetsNoNotesNoEndButtonAndNoPlaybackLink(Pairpad pairpad) {
        Pairpad.Room room = pairpad.createRoom("Watched by the panel", "javascript", "");
        try (Person ada = pairpad.person("Ada").join(room.interviewerUrl());
             Person dan = pairpad.person("Dan").join(room.interviewerUrl() + "&observe=1")) {
            ada.page().getByTestId("notes").fill("NOTE-FOR-INTERVIEWERS");
            ada.page().waitForFunction("() => window.pairpad.notes() === 'NOTE-FOR-INTERVIEWERS'");
            ada.caretAtStart();
            ada.type("let a = 1;");
            dan.awaitText("let a = 1;");
            assertThat(dan.page().getByTestId("observer-badge")).isVisible();
            assertThat(dan.page().getByTestId("notes")).hasCount(0);
            assertThat(dan.page().getByTestId("end-interview")).isHidden();
            assertThat(dan.page().getByTestId("playback-link")).isHidden();
            assertThat(dan.framesReceived()).noneMatch(f -> f.contains("NOTE-FOR-INTERVIEWERS"));
        }
    }
}
