package com.agora.api;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.tags.Tag;

/**
 * The last touch on the OpenAPI document before it is served ({@code mp.openapi.filter} in
 * server-config/jvm-options.txt): one tag per area, with what the area is; an operation id unique across the API
 * (resources of one area each call their list "list");
 * every operation described and answering its success and the errors every call of this API can meet, all as
 * problem documents: 401 without a valid token, 403 for a role that may not, 400 for input that does not parse or
 * validate, 404 for an id the caller cannot see, 500 with an incident id.
 */
public class ApiDocument implements OASFilter {

    private static final Map<String, String> AREAS = new LinkedHashMap<>();

    static {
        AREAS.put("Authentication", "Bearer tokens for a user name and password");
        AREAS.put("Catalog", "Products, their variants and the category tree");
        AREAS.put("Inventory", "Stock per variant and warehouse, and its adjustments");
        AREAS.put("Orders", "Placing, reading and cancelling orders");
        AREAS.put("Payments", "Stored cards, an order's transactions and refunds");
        AREAS.put("Fraud review", "The manual review queue of Fraud Detection");
        AREAS.put("Warehouse", "Pick lists and the warehouses' daily load");
        AREAS.put("Shipments", "Parcels, carriers' tracking reports and daily pickups");
        AREAS.put("Documents", "Invoices, packing slips and shipping labels as PDF");
        AREAS.put("Customer messages", "The e-mails sent to customers about an order");
        AREAS.put("Returns", "Return authorizations from request to refund");
        AREAS.put("Platform", "The agents, live figures and dead letters (operations)");
    }

    private static final String PROBLEM = "#/components/schemas/Problem";

    @Override
    public void filterOpenAPI(OpenAPI document) {
        if (document.getInfo() != null && document.getInfo().getContact() == null) {
            document.getInfo().contact(OASFactory.createContact().name("Agora platform team")
                    .url("https://agora.local/support"));
        }
        document.tags(areas());
        Map<String, Integer> ids = new HashMap<>();
        document.getPaths().getPathItems().values().forEach(item -> item.getOperations().values()
                .forEach(operation -> ids.merge(operation.getOperationId(), 1, Integer::sum)));
        document.getPaths().getPathItems().forEach((path, item) -> item.getOperations().values().forEach(operation -> {
            if (ids.getOrDefault(operation.getOperationId(), 0) > 1) {
                operation.setOperationId(operation.getOperationId() + nouns(path));
            }
            if (operation.getDescription() == null || operation.getDescription().isBlank()) {
                operation.setDescription(operation.getSummary());
            }
            answers(path, operation);
        }));
    }

    private static List<Tag> areas() {
        List<Tag> tags = new ArrayList<>();
        AREAS.forEach((name, description) -> tags.add(OASFactory.createTag().name(name).description(description)));
        return tags;
    }

    /** {@code /v1/orders/{orderId}/documents} gives "OrdersDocuments". */
    static String nouns(String path) {
        StringBuilder nouns = new StringBuilder();
        for (String segment : path.split("[/-]")) {
            if (!segment.isEmpty() && !segment.startsWith("{") && !segment.equals("v1")) {
                nouns.append(segment.substring(0, 1).toUpperCase(Locale.ROOT)).append(segment.substring(1));
            }
        }
        return nouns.toString();
    }

    private static void answers(String path, Operation operation) {
        APIResponses responses = operation.getResponses() == null ? OASFactory.createAPIResponses()
                : operation.getResponses();
        operation.setResponses(responses);
        boolean succeeds = responses.getAPIResponses() != null && responses.getAPIResponses().keySet().stream()
                .anyMatch(code -> code.startsWith("2") || code.startsWith("3"));
        APIResponse scanned = responses.getDefaultValue();
        if (!succeeds) {
            // What the scanner filed as the "default" answer is the method's return value: JAX-RS answers it with
            // 200. Resources that answer otherwise (201, 202) say so in their own @APIResponse.
            APIResponse done = OASFactory.createAPIResponse().description("Done");
            if (scanned != null && scanned.getContent() != null) {
                done.setContent(scanned.getContent());
            }
            responses.addAPIResponse("200", done);
        }
        // Removed, not set to null: Payara's writer fails on a response that is null.
        responses.removeAPIResponse(APIResponses.DEFAULT);
        boolean open = path.endsWith("/auth/token");
        boolean takesInput = operation.getRequestBody() != null || (operation.getParameters() != null
                && operation.getParameters().stream().anyMatch(p -> p.getIn() == Parameter.In.QUERY));
        if (takesInput) {
            problem(responses, "400", "The input does not parse or is not valid; errors name each field");
        }
        if (open) {
            problem(responses, "401", "Unknown user name or wrong password");
        } else {
            problem(responses, "401", "No bearer token, or one that is expired or not signed by the platform");
            problem(responses, "403", "The caller's role may not do this");
        }
        if (path.contains("{")) {
            problem(responses, "404", "No such record among those the caller may see");
        }
        problem(responses, "500", "A fault of the platform; the problem carries the incident id of the server log");
    }

    private static void problem(APIResponses responses, String code, String description) {
        if (responses.getAPIResponses() != null && responses.getAPIResponses().containsKey(code)) {
            APIResponse known = responses.getAPIResponse(code);
            if (known.getContent() == null) {
                known.setContent(problemContent());
            }
            return;
        }
        responses.addAPIResponse(code, OASFactory.createAPIResponse().description(description)
                .content(problemContent()));
    }

    private static org.eclipse.microprofile.openapi.models.media.Content problemContent() {
        return OASFactory.createContent().addMediaType("application/problem+json", OASFactory.createMediaType()
                .schema(OASFactory.createSchema().ref(PROBLEM)));
    }
}
