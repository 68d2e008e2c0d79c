package kz.ecase.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** The matrix's own rules: an endpoint without a row is reported, a malformed row is refused. */
class AuthorizationMatrixTest {

  private static final String ONE_ROW =
      """
      # a comment
      GET /api/things/{id}  /api/things/7  | 401 200 200 200 200 200 403 403 404
      """;

  @Test
  void aNewEndpointWithoutARowIsReportedUncovered() {
    AuthorizationMatrix matrix = AuthorizationMatrix.parse(ONE_ROW);

    Set<String> endpoints = Set.of("GET /api/things/{id}", "DELETE /api/things/{id}");

    assertThat(matrix.uncovered(endpoints)).containsExactly("DELETE /api/things/{id}");
    assertThat(matrix.stale(endpoints)).isEmpty();
  }

  @Test
  void aRowForAnEndpointTheApplicationLacksIsStale() {
    AuthorizationMatrix matrix = AuthorizationMatrix.parse(ONE_ROW);

    assertThat(matrix.stale(Set.of("GET /api/other"))).containsExactly("GET /api/things/{id}");
  }

  @Test
  void theStatusesFollowTheCallersColumns() {
    AuthorizationMatrix.Row row = AuthorizationMatrix.parse(ONE_ROW).rows().get(0);

    assertThat(row.expectedFor("anonymous")).isEqualTo(401);
    assertThat(row.expectedFor("analyst")).isEqualTo(403);
    assertThat(row.expectedFor("citizen")).isEqualTo(404);
    assertThat(row.path()).isEqualTo("/api/things/7");
  }

  @Test
  void aRowWithAMissingStatusIsRefused() {
    assertThatThrownBy(() -> AuthorizationMatrix.parse("GET /a /a | 200 200"))
        .hasMessageContaining("line 1");
  }

  @Test
  void theShippedMatrixCoversEveryCaller() {
    assertThat(AuthorizationMatrix.load().rows())
        .allSatisfy(row -> assertThat(row.statuses()).hasSize(9));
  }
}
