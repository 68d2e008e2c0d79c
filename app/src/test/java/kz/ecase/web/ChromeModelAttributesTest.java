package kz.ecase.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import kz.ecase.identity.CurrentUser;
import kz.ecase.identity.CurrentUsers;
import kz.ecase.identity.Role;
import kz.ecase.kernel.UnitCode;
import kz.ecase.platform.EcaseProperties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/** Pages get the signed-in user and the zone; JSON answers and redirects get nothing. */
class ChromeModelAttributesTest {

  private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");
  private final ChromeModelAttributes chrome =
      new ChromeModelAttributes(new CurrentUsers(), new EcaseProperties(Path.of("."), ALMATY));
  private final CurrentUser officer =
      new CurrentUser("officer", "Серік Жұмабаев", Role.OFFICER, UnitCode.of("710001"), null);

  @AfterEach
  void signOut() {
    SecurityContextHolder.clearContext();
  }

  @Test
  void aPageGetsTheSignedInUserAndTheZone() {
    SecurityContextHolder.getContext()
        .setAuthentication(new TestingAuthenticationToken(officer, null, List.of()));
    ModelAndView page = new ModelAndView("web/workspace");

    postHandle(page);

    assertThat(page.getModel())
        .containsEntry(ChromeModelAttributes.CURRENT_USER, officer)
        .containsEntry(ChromeModelAttributes.ZONE, ALMATY);
  }

  @Test
  void anAnonymousPageGetsNoUser() {
    ModelAndView page = new ModelAndView("login");

    postHandle(page);

    assertThat(page.getModel())
        .containsEntry(ChromeModelAttributes.CURRENT_USER, null)
        .containsEntry(ChromeModelAttributes.ZONE, ALMATY);
  }

  @Test
  void whatTheHandlerPutThereStays() {
    ModelAndView page = new ModelAndView("report");
    page.addObject(ChromeModelAttributes.ZONE, ZoneId.of("Asia/Aqtobe"));

    postHandle(page);

    assertThat(page.getModel()).containsEntry(ChromeModelAttributes.ZONE, ZoneId.of("Asia/Aqtobe"));
  }

  @Test
  void redirectsCarryNothingIntoTheirAddress() {
    ModelAndView byName = new ModelAndView("redirect:/offences/protocols");
    ModelAndView byView = new ModelAndView(new RedirectView("/offences/protocols"));

    postHandle(byName);
    postHandle(byView);

    assertThat(byName.getModel()).isEmpty();
    assertThat(byView.getModel()).isEmpty();
  }

  @Test
  void anAnswerWithoutAViewIsLeftAlone() {
    postHandle(null); // the API's JSON: nothing to add to, nothing fails
  }

  private void postHandle(ModelAndView page) {
    chrome.postHandle(new MockHttpServletRequest(), new MockHttpServletResponse(), null, page);
  }
}
