package dev.pairpad.e2e;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** The home page: create an interview and get its two links. */
@ExtendWith(Pairpad.class)
class HomePageTests {

    @Test
    void creatingAnInterviewShowsBothLinksAndOpensTheInterviewerView(Pairpad pairpad) {
        try (Person ada = pairpad.person("Ada")) {
            Page page = ada.page();
            page.navigate(pairpad.url() + "/");
            page.locator("#title").fill("Backend pairing");
            page.getByTestId("language").selectOption("python");
            page.getByTestId("create-room").click();
            String candidate = page.getByTestId("candidate-link").inputValue();
            String interviewer = page.getByTestId("interviewer-link").inputValue();
            assertThat(candidate).matches(".*/r/[^/#]+#k=.+");
            assertThat(interviewer).matches(".*/r/[^/#]+#k=.+").isNotEqualTo(candidate);
            page.screenshot(new Page.ScreenshotOptions().setPath(Pairpad.screenshot("home")).setFullPage(true));

            page.getByTestId("open-interviewer").click();
            page.getByTestId("name-input").fill("Ada");
            page.getByTestId("join").click();
            ada.awaitConnected();
            assertThat(page.locator(".room-title")).hasText("Backend pairing");
            assertThat(page.getByTestId("participant")).containsText("interviewer");
            assertThat(page.getByTestId("notes")).isVisible();
            assertThat(ada.foreignRequests()).isEmpty();
            assertThat(ada.pageErrors()).isEmpty();
        }
    }
}
