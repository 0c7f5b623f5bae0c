package id.capaian.platform.web;

import id.capaian.platform.Actor;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description of {@code /api/v1} at {@code /v3/api-docs}, with Swagger UI at {@code /swagger-ui.html}:
 * every operation needs a bearer token and answers errors as RFC 9457 problem details.
 */
@Configuration(proxyBeanMethods = false)
public class OpenApiConfiguration {

    public static final String BEARER = "bearerToken";
    public static final String BASIC = "basicAuth";
    private static final String PROBLEM = "Problem";
    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String JSON = "application/json";

    static {
        // The caller is taken from the security context, not from the request.
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Actor.class);
    }

    @Bean
    OpenAPI capaianOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Capaian API").version("v1")
                        .description("""
                                Organisation data of Capaian, the performance management system for Indonesia's civil \
                                servants (ASN): agencies (instansi), units (unit kerja), positions (jabatan) and \
                                employees (pegawai) with their reporting lines; and performance planning: periods, \
                                units' performance agreements (perjanjian kinerja, IKU) and employees' plans (SKP).

                                **Authentication.** Every call needs an API token, sent as \
                                `Authorization: Bearer cap_...`. An agency administrator issues tokens in Capaian; a \
                                token acts with one role inside one agency (AGENCY_ADMIN may change data, AGENCY_HEAD \
                                may only read), or nationally. The secret is shown once. A missing, unknown, expired \
                                or revoked token gets 401; a call outside the token's agency or role gets 403 or 404.

                                **People** may also call the API as themselves with HTTP Basic: their NIP and their \
                                Capaian password (`Authorization: Basic base64(nip:password)`). They then have exactly \
                                the rights they have on the web pages; steps that need a person, such as submitting or \
                                approving a plan (SKP), work only this way. Wrong passwords count towards the same \
                                lockout as the sign-in page; a temporary password must first be changed on the web.

                                **Errors** are RFC 9457 problem details (`application/problem+json`), translated by \
                                `Accept-Language` (Indonesian by default, `en` for English). Invalid input gets 422 \
                                with an `errors` array naming each field, a code and a message. Updates carry the \
                                `version` last read; a record changed by someone else in between gets 409."""))
                .components(new Components()
                        .addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                                .bearerFormat("cap_...")
                                .description("An API token issued by an agency administrator: `cap_` and 43 characters"))
                        .addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                                .description("A person's NIP and Capaian password: they act as themselves")))
                .addSecurityItem(new SecurityRequirement().addList(BEARER))
                .addSecurityItem(new SecurityRequirement().addList(BASIC));
    }

    /** Every API operation: the bearer requirement, JSON answers, and the problem answers it can give. */
    @Bean
    OpenApiCustomizer capaianProblemResponses() {
        return openApi -> {
            if (openApi.getPaths() == null) {
                return;
            }
            if (openApi.getComponents() == null) {
                openApi.setComponents(new Components());
            }
            openApi.getComponents().addSchemas(PROBLEM, problemSchema());
            openApi.getPaths().forEach((path, item) -> {
                if (!path.startsWith("/api/")) {
                    return;
                }
                item.readOperationsMap().forEach((method, operation) -> customise(path, method, operation));
            });
        };
    }

    private static void customise(String path, PathItem.HttpMethod method, Operation operation) {
        if (operation.getSecurity() == null || operation.getSecurity().isEmpty()) {
            operation.addSecurityItem(new SecurityRequirement().addList(BEARER));
            operation.addSecurityItem(new SecurityRequirement().addList(BASIC));
        }
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        operation.setResponses(responses);
        // The API answers JSON; say so instead of the generic */*.
        responses.values().forEach(response -> {
            Content content = response.getContent();
            if (content != null && content.containsKey("*/*")) {
                content.addMediaType(JSON, content.remove("*/*"));
            }
        });
        add(responses, "400", "The request could not be read (malformed JSON or a parameter of the wrong type)");
        add(responses, "401", "No token, or an unknown, expired or revoked token, or a wrong NIP or password", false);
        add(responses, "403", "The token's role or agency does not allow this");
        add(responses, "404", "No such record in this agency");
        if (method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PUT) {
            add(responses, "422", "Invalid input: the errors array names each field with a code and a message");
        }
        if (method == PathItem.HttpMethod.PUT || path.endsWith("/move")) {
            add(responses, "409", "Someone else changed the record since the given version was read");
        }
    }

    private static void add(ApiResponses responses, String status, String description) {
        add(responses, status, description, true);
    }

    private static void add(ApiResponses responses, String status, String description, boolean body) {
        if (responses.containsKey(status)) {
            return;
        }
        ApiResponse response = new ApiResponse().description(description);
        if (body) {
            response.content(new Content().addMediaType(PROBLEM_JSON,
                    new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
        }
        responses.addApiResponse(status, response);
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema<?> problemSchema() {
        Schema error = new ObjectSchema()
                .addProperty("field", new StringSchema().description("The field in the request, e.g. nip"))
                .addProperty("code", new StringSchema().description("A stable code, e.g. nip.error.length"))
                .addProperty("message", new StringSchema().description("What to fix, in the requested language"));
        return new ObjectSchema().description("RFC 9457 problem details")
                .properties(Map.of(
                        "type", new StringSchema().example("about:blank"),
                        "title", new StringSchema(),
                        "status", new IntegerSchema(),
                        "detail", new StringSchema(),
                        "instance", new StringSchema(),
                        "errors", new ArraySchema().items(error).description("Only for 422: every invalid field")));
    }
}
