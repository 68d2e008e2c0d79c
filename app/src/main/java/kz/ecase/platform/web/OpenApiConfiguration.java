package kz.ecase.platform.web;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.annotations.servers.Server;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description's title, its bearer-token scheme (which API controllers refer to), and
 * what every operation shares: its error responses as RFC 9457 problems ({@code Problem}) and its
 * security — an operation that names no scheme is public and says so ({@code security: []}).
 */
@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(
    info =
        @Info(
            title = "ecase API",
            version = "0.1",
            description =
                "Electronic criminal and administrative proceedings. Errors are RFC 9457"
                    + " problem+json; sign in with POST /api/auth/token."),
    servers = @Server(url = "/", description = "This ecase"))
@SecurityScheme(
    name = "bearer",
    type = SecuritySchemeType.HTTP,
    scheme = "bearer",
    bearerFormat = "JWT")
class OpenApiConfiguration {

  static final String PROBLEM_JSON = "application/problem+json";

  /** The error responses every operation may give, by status; the last two only when signed in. */
  private static final Map<String, String> ERRORS = errors();

  private static Map<String, String> errors() {
    Map<String, String> errors = new LinkedHashMap<>();
    errors.put("400", "Invalid input: the problem lists each field at fault under errors");
    errors.put("404", "No such record, or none that you may see (one answer for both)");
    errors.put("500", "Internal error: quote the requestId to support");
    errors.put("401", "Not signed in, or the token is not valid");
    errors.put("403", "Your role does not allow this");
    return errors;
  }

  @Bean
  OpenApiCustomizer problemResponsesAndSecurity() {
    return openApi -> {
      if (openApi.getComponents() == null) {
        openApi.setComponents(new Components());
      }
      Components components = openApi.getComponents();
      components.addSchemas("Problem", problemSchema());
      components.addSchemas("FieldProblem", fieldProblemSchema());
      ERRORS.forEach((status, description) -> openApiResponse(components, status, description));
      if (openApi.getPaths() == null) {
        return;
      }
      openApi
          .getPaths()
          .forEach(
              (path, item) -> {
                for (Operation operation : operations(item)) {
                  boolean secured =
                      operation.getSecurity() != null && !operation.getSecurity().isEmpty();
                  if (!secured) {
                    operation.setSecurity(new ArrayList<>());
                  }
                  ApiResponses responses = operation.getResponses();
                  if (responses == null) {
                    responses = new ApiResponses();
                    operation.setResponses(responses);
                  }
                  for (String status : ERRORS.keySet()) {
                    boolean applies =
                        switch (status) {
                          case "401", "403" -> secured;
                          default -> true;
                        };
                    if (applies && !responses.containsKey(status)) {
                      responses.addApiResponse(
                          status, new ApiResponse().$ref("#/components/responses/" + name(status)));
                    }
                  }
                }
              });
    };
  }

  private static void openApiResponse(Components components, String status, String description) {
    components.addResponses(
        name(status),
        new ApiResponse()
            .description(description)
            .content(
                new Content()
                    .addMediaType(
                        PROBLEM_JSON,
                        new MediaType()
                            .schema(new Schema<>().$ref("#/components/schemas/Problem")))));
  }

  private static String name(String status) {
    return "Problem" + status;
  }

  private static List<Operation> operations(PathItem item) {
    List<Operation> operations = new ArrayList<>();
    for (Operation operation :
        new Operation[] {
          item.getGet(),
          item.getPut(),
          item.getPost(),
          item.getDelete(),
          item.getPatch(),
          item.getHead(),
          item.getOptions(),
          item.getTrace()
        }) {
      if (operation != null) {
        operations.add(operation);
      }
    }
    return operations;
  }

  @SuppressWarnings("rawtypes")
  private static Schema problemSchema() {
    return new ObjectSchema()
        .description("An RFC 9457 problem")
        .addProperty(
            "type",
            new StringSchema()
                .format("uri")
                .description("Stable: https://ecase.kz/problems/<slug>"))
        .addProperty("title", new StringSchema())
        .addProperty("status", new IntegerSchema().description("The HTTP status, once"))
        .addProperty("detail", new StringSchema())
        .addProperty("instance", new StringSchema())
        .addProperty(
            "requestId", new StringSchema().description("Quote it to support; also a header"))
        .addProperty(
            "errors",
            new ArraySchema()
                .items(new Schema<>().$ref("#/components/schemas/FieldProblem"))
                .description("For status 400: each field at fault"))
        .required(List.of("type", "title", "status"));
  }

  @SuppressWarnings("rawtypes")
  private static Schema fieldProblemSchema() {
    return new ObjectSchema()
        .addProperty(
            "field",
            new StringSchema()
                .description("A JSON path (items[0].name), a parameter's name, or body"))
        .addProperty("message", new StringSchema())
        .required(List.of("field", "message"));
  }
}
