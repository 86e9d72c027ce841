package dev.pairpad.e2e;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** A run in the room: the runner's output on the runner's page and, live, on everyone else's. */
@ExtendWith(Pairpad.class)
class RoomRunTests {

    @Test
    void othersSeeARunLiveWithWhoRanItStatusAndBothStreams(Pairpad pairpad) {
        String code = "console.log('relay-' + 6 * 7);\nconsole.error('careful');\n";
        Pairpad.Room room = pairpad.createRoom("Run", "javascript", code);
        try (Person ada = pairpad.person("Ada").join(room.interviewerUrl());
             Person bob = pairpad.person("Bob").join(room.candidateUrl())) {
            bob.page().getByTestId("run").click();
            for (Person person : new Person[] {bob, ada}) {
                Locator output = person.page().getByTestId("output");
                assertThat(output.locator("[data-stream=stdout]")).containsText("relay-42");
                assertThat(output.locator("[data-stream=stderr]")).containsText("careful");
                assertThat(person.page().locator(".run-header")).containsText("finished");
            }
            assertThat(ada.page().locator(".run-header")).containsText("Bob ran");
            assertThat(bob.page().locator(".run-header")).containsText("You ran");
            ada.page().screenshot(new Page.ScreenshotOptions()
                    .setPath(Pairpad.screenshot("room-run-seen-by-interviewer")));
        }
    }

    @Test
    void ctrlEnterRunsFromTheEditor(Pairpad pairpad) {
        Pairpad.Room room = pairpad.createRoom("Run key", "javascript", "console.log('from the keyboard');\n");
        try (Person ada = pairpad.person("Ada").join(room.candidateUrl())) {
            ada.caretAtEnd();
            ada.press("Control+Enter");
            assertThat(ada.page().getByTestId("output")).containsText("from the keyboard");
        }
    }

    @Test
    void stopEndsARunawayRunForEveryone(Pairpad pairpad) {
        Pairpad.Room room = pairpad.createRoom("Stop", "javascript", "while (true) {}\n");
        try (Person ada = pairpad.person("Ada").join(room.interviewerUrl());
             Person bob = pairpad.person("Bob").join(room.candidateUrl())) {
            bob.page().getByTestId("run").click();
            assertThat(ada.page().locator(".run-header")).containsText("running");
            bob.page().getByTestId("stop").click();
            assertThat(bob.page().locator(".run-header")).containsText("was stopped");
            assertThat(ada.page().locator(".run-header")).containsText("was stopped");
            assertThat(bob.page().getByTestId("run")).isEnabled();
        }
    }

    @Test
    void theStdinPromptAnswersInput(Pairpad pairpad) {
        Pairpad.Room room = pairpad.createRoom("Input", "python", "name = input('Name? ')\nprint('hello', name)\n");
        try (Person bob = pairpad.person("Bob").join(room.candidateUrl())) {
            bob.page().getByTestId("run").click();
            bob.page().getByTestId("stdin").fill("Ada");
            bob.page().getByTestId("stdin").press("Enter");
            assertThat(bob.page().getByTestId("output")).containsText("hello Ada");
            assertThat(bob.page().locator(".run-header")).containsText("finished");
        }
    }
}
